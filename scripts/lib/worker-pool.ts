// --jobs N: processInput on N threads, the main thread and N − 1 worker threads. Each worker loads
// its own extractor and gazetteer (neither can cross a thread boundary) and extracts the inputs it
// is sent; the main thread, which has both loaded already, extracts inputs too between writing the
// results, which it hands on in input order, so the outputs are the same rows in the same order as
// with one thread. (A worker costs ~0.5 s of CPU to start — tsx, the extraction library, the
// gazetteer — and every report it extracts is copied back to the main thread: a main thread that
// only waited cost one more of each.) At most WINDOW × jobs inputs are in flight or waiting for an
// earlier one, so memory stays flat however many reports the run has.
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

/** `ready`: the worker has loaded its extractor; inputs sent before would only wait in its queue. */
export type WorkerReply = { ready: true } | { index: number; rows: FileRows } | { index: number; error: string };

// a plain .mjs entry: tsx's loader hooks do not reach worker threads on Node 20, so the worker
// registers tsx itself and then imports the TypeScript module
const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./extract-worker.ts', import.meta.url).href;
/** inputs a thread has at once: one being extracted, one queued behind it */
const PER_LANE = 2;
/** how far results may run ahead of the oldest unfinished input (a slow file holds the line) */
const WINDOW = 16;

/** A thread that extracts inputs: a worker, or the main thread itself. */
interface Lane {
	send(request: WorkerRequest): void;
	/** false while a worker is still loading */
	ready: boolean;
	/** inputs sent and not answered yet */
	busy: number;
	stop(): Promise<unknown>;
}

type Answer = (lane: Lane, reply: WorkerReply) => void;

function workerLane(setup: WorkerSetup, answer: Answer, fail: (error: Error) => void): Lane {
	const worker = new Worker(BOOT, { workerData: setup });
	const lane: Lane = {
		send: (request) => worker.postMessage(request),
		ready: false,
		busy: 0,
		stop: () => {
			worker.removeAllListeners('exit');
			return worker.terminate();
		}
	};
	worker.on('message', (reply: WorkerReply) => answer(lane, reply));
	worker.on('error', fail);
	worker.on('exit', (code) => fail(new Error(`工作线程意外退出（${code}）/ a worker thread exited unexpectedly (${code})`)));
	return lane;
}

/** What the main thread does with an input: processInput with the extractor it has loaded. */
export type ExtractHere = (input: InputEntry) => Promise<FileRows>;

/** The main thread's own lane: each input is extracted in a later turn of the event loop, so replies stay asynchronous. */
function mainThreadLane(extractHere: ExtractHere, answer: Answer): Lane {
	const lane: Lane = {
		send: ({ index, input }) =>
			setImmediate(() =>
				extractHere(input).then(
					(rows) => answer(lane, { index, rows }),
					(error: unknown) => answer(lane, { index, error: error instanceof Error ? error.message : String(error) })
				)
			),
		ready: true,
		busy: 0,
		stop: async () => undefined
	};
	return lane;
}

/** Results of every input, in input order, extracted by the main thread (`extractHere`) and `jobs` − 1 worker threads. */
export async function* inWorkers(inputs: InputEntry[], options: WorkerOptions, main: { extractHere: ExtractHere; withText: boolean }): AsyncGenerator<FileRows> {
	const count = Math.max(1, Math.min(options.jobs, inputs.length));
	const setup: WorkerSetup = { entry: ENTRY, extraTowns: options.extraTowns, withText: main.withText };
	const done = new Map<number, FileRows>();
	let failure: Error | undefined;
	let wake: (() => void) | undefined;
	let next = 0;
	let emitted = 0;
	const notify = () => {
		wake?.();
		wake = undefined;
	};
	const fail = (error: Error) => {
		failure ??= error;
		notify();
	};
	const answer: Answer = (lane, reply) => {
		if ('ready' in reply) lane.ready = true;
		else {
			lane.busy--;
			if ('error' in reply) failure ??= new Error(reply.error);
			else done.set(reply.index, reply.rows);
		}
		feed();
		notify();
	};
	// workers first, so that each ready worker is kept busy before the main thread takes more
	const lanes = [...Array.from({ length: count - 1 }, () => workerLane(setup, answer, fail)), mainThreadLane(main.extractHere, answer)];
	/** sends inputs to every ready lane with a free slot, as far as the window allows */
	function feed(): void {
		for (const lane of lanes) {
			while (lane.ready && lane.busy < PER_LANE && next < inputs.length && next - emitted < WINDOW * count) {
				lane.busy++;
				lane.send({ index: next, input: inputs[next++] });
			}
		}
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
		await Promise.all(lanes.map((lane) => lane.stop()));
	}
}
