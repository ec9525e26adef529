// Imported for its effect by the CLI's pipeline (main thread and worker threads alike): report ids
// hashed by Node's synchronous SHA-256, the same digest as the browser's WebCrypto one.
import { createHash } from 'node:crypto';
import { useSha256 } from '../../src/lib/ingest/hash';

useSha256((bytes) => createHash('sha256').update(bytes).digest('hex'));
