// One --jobs worker thread: the same processInput as the main thread, with its own extractor and
// gazetteer, answering each request with the input's rows (worker-pool.ts puts them in order).
import { parentPort, workerData } from 'node:worker_threads';
import { loadExtractor } from './load-extractor';
import { processInput } from './pipeline';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-pool';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const loaded = loadExtractor(setup.extraTowns);
// the pool sends inputs once the worker can extract them; until then the main thread extracts them
void loaded.then(() => port.postMessage({ ready: true } satisfies WorkerReply));

port.on('message', async ({ index, input }: WorkerRequest) => {
	let reply: WorkerReply;
	try {
		const rows = await processInput(input, await loaded);
		if (!setup.withText) rows.text = null;
		reply = { index, rows };
	} catch (error) {
		// processInput turns every input failure into a row; this is a bug, and it stops the run
		reply = { index, error: error instanceof Error ? error.message : String(error) };
	}
	port.postMessage(reply);
});
