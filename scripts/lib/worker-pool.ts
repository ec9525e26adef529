// --jobs N: processInput in N worker threads. Each worker loads its own extractor and gazetteer
// (neither can cross a thread boundary) and extracts the inputs it is sent; the main thread hands
// the results on in input order, so the outputs are the same rows in the same order as with one
// thread. At most WINDOW × jobs inputs are in flight or waiting for an earlier one, so memory stays
// flat however many reports the run has.
import { Worker } from 'node:worker_threads';
import type { GazetteerTown } from '../../src/lib/extract/types';
import type { FileRows } from './pipeline';
import type { InputEntry } from './walk';

export interface WorkerOptions {
	jobs: number;
	/** the --gazetteer-extra towns, so each worker builds the same gazetteer as the main thread */
	extraTowns: GazetteerTown[];
}

/** What every worker is told once, when it starts (workerData). */
export interface WorkerSetup {
	/** the TypeScript module worker-boot.mjs runs */
	entry: string;
	extraTowns: GazetteerTown[];
	/** send each input's text back with its rows (only when the sink writes the texts) */
	withText: boolean;
}

export interface WorkerRequest {
	index: number;
	input: InputEntry;
}

export type WorkerReply = { index: number; rows: FileRows } | { index: number; error: string };

// a plain .mjs entry: tsx's loader hooks do not reach worker threads on Node 20, so the worker
// registers tsx itself and then imports the TypeScript module
const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;
/** inputs a worker has at once: one being extracted, one queued behind it */
const PER_WORKER = 2;
/** how far results may run ahead of the oldest unfinished input (a slow file holds the line) */
const WINDOW = 16;

/** Results of every input, in input order, extracted by `jobs` worker threads. */
export async function* inWorkers(inputs: InputEntry[], options: WorkerOptions, replies: { withText: boolean }): AsyncGenerator<FileRows> {
	const count = Math.max(1, Math.min(options.jobs, inputs.length));
	const setup: WorkerSetup = { entry: ENTRY, extraTowns: options.extraTowns, withText: replies.withText };
	const workers = Array.from({ length: count }, () => new Worker(BOOT, { workerData: setup }));
	const done = new Map<number, FileRows>();
	const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
	let failure: Error | undefined;
	let wake: (() => void) | undefined;
	let next = 0;
	let emitted = 0;
	const notify = () => {
		wake?.();
		wake = undefined;
	};
	/** sends inputs to every worker with a free slot, as far as the window allows */
	const feed = () => {
		for (const worker of workers) {
			while (next < inputs.length && busy.get(worker)! < PER_WORKER && next - emitted < WINDOW * count) {
				busy.set(worker, busy.get(worker)! + 1);
				worker.postMessage({ index: next, input: inputs[next++] } satisfies WorkerRequest);
			}
		}
	};
	for (const worker of workers) {
		worker.on('message', (reply: WorkerReply) => {
			busy.set(worker, busy.get(worker)! - 1);
			if ('error' in reply) failure ??= new Error(reply.error);
			else done.set(reply.index, reply.rows);
			feed();
			notify();
		});
		worker.on('error', (error) => {
			failure ??= error;
			notify();
		});
		worker.on('exit', (code) => {
			failure ??= new Error(`工作线程意外退出（${code}）/ a worker thread exited unexpectedly (${code})`);
			notify();
		});
	}
	try {
		feed();
		while (emitted < inputs.length) {
			while (!done.has(emitted)) {
				if (failure) throw failure;
				await new Promise<void>((resolve) => (wake = resolve));
			}
			const rows = done.get(emitted)!;
			done.delete(emitted++);
			feed();
			yield rows;
		}
	} finally {
		for (const worker of workers) worker.removeAllListeners('exit');
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
