// Entry of a --jobs worker thread: registers tsx here (Node 20 does not pass a parent's loader
// hooks on to worker threads), then runs the TypeScript worker named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
