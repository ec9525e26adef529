// One --jobs worker thread: the same processInput as the main thread, with its own extractor and
// gazetteer, answering each request with the input's rows (worker-pool.ts puts them in order).
import { parentPort, workerData } from 'node:worker_threads';
import type { GazetteerTown } from '../../src/lib/extract/types';
import { loadExtractor } from './load-extractor';
import { processInput } from './pipeline';
import type { WorkerReply, WorkerRequest } from './worker-pool';

const port = parentPort!;
const loaded = loadExtractor((workerData as { extraTowns: GazetteerTown[] }).extraTowns);

port.on('message', async ({ index, input }: WorkerRequest) => {
	let reply: WorkerReply;
	try {
		reply = { index, rows: await processInput(input, await loaded) };
	} catch (error) {
		// processInput turns every input failure into a row; this is a bug, and it stops the run
		reply = { index, error: error instanceof Error ? error.message : String(error) };
	}
	port.postMessage(reply);
});
