// The CLI's core, shared by `npm run extract`, `npm run data`, accuracy, bench and the tests:
// files in → the three CSV row sets out, one file at a time. One bad file becomes one row; it never
// stops the run. Rows stream to a sink (the CSV writer) as each file is done, so memory does not
// grow with the corpus. What a file's bytes become is src/lib/ingest (shared with the browser
// import); this module walks the disk and reads the files.
//
// processInput is a function of one input alone (its path, the extractor, the gazetteer), so with
// --jobs it runs on worker threads as well as on the main thread (worker-pool.ts); only the
// duplicate check and the writing are sequential, in runPipeline, in input order whatever the
// number of threads.
import './node-hash';
import type { ReportRow, ValueRow, WarningRow } from './csv';
import { deduplicate, rowsOf, unreadableRows, type ExtractorOptions, type FileRows } from '../../src/lib/ingest/rows';
import { readInput } from './read';
import { collectInputs, type InputEntry } from './walk';
import type { Shard } from './cli-flags';
import { selectShard } from './shard';
import { inWorkers, type WorkerOptions } from './worker-pool';

export type { Extractor, ExtractorOptions, FileRows } from '../../src/lib/ingest/rows';

export interface RunOptions extends ExtractorOptions {
	onProgress?: (done: number, total: number) => void;
	/** only this share of the inputs (by identityHash); all when absent */
	shard?: Shard;
	/**
	 * with jobs > 1, extract on the main thread and jobs − 1 worker threads, each worker with its own
	 * extractor and gazetteer (rebuilt from the extra towns)
	 */
	workers?: WorkerOptions;
}

export interface RowSink {
	add(rows: FileRows): Promise<void> | void;
	/**
	 * Whether add() reads `rows.text` (the report texts of `npm run data`). When it does not, worker
	 * threads leave the text out of their replies: copying it to the main thread was a third of
	 * what passing a report's rows cost.
	 */
	readonly usesText?: boolean;
}

export interface RunSummary {
	nFiles: number;
	/** unreadable or unrecognised */
	nFailed: number;
	nValues: number;
	nWarnings: number;
	/** files inside the walked directories that are clearly not reports (.csv, .md …), not read */
	skipped: string[];
	/** true when every input was read and recognised as a report (exit code 0) */
	clean: boolean;
}

/** Every row in memory: for tests and scoring (a few hundred files), never for the CLI's corpus. */
export interface RunResult extends RunSummary {
	reports: ReportRow[];
	values: ValueRow[];
	warnings: WarningRow[];
}

/** Reads and extracts one input: a function of the input alone. Whatever happens, the input gets its row. */
export async function processInput(input: InputEntry, options: ExtractorOptions): Promise<FileRows> {
	if (input.error !== undefined) return unreadableRows(input.path, input.source, { message: input.error, bytes: null });
	try {
		return await rowsOf(input.path, input.source, await readInput(input.path), options);
	} catch (error) {
		// the readers catch what they know; this is for what nobody foresaw (the fuzz harness counts it)
		const why = error instanceof Error ? error.message : String(error);
		return unreadableRows(input.path, input.source, { message: `读取时出错 / failed while reading: ${why}`, bytes: null });
	}
}

/** Walks the inputs (this shard's share of them) and hands each file's rows to the sink in input order; returns the counts. */
export async function runPipeline(paths: string[], options: RunOptions, sink: RowSink): Promise<RunSummary> {
	const collected = await collectInputs(paths);
	const inputs = options.shard && options.shard.count > 1 ? await selectShard(collected.entries, options.shard) : collected.entries;
	const summary: RunSummary = { nFiles: 0, nFailed: 0, nValues: 0, nWarnings: 0, skipped: collected.skipped, clean: true };
	const seen = new Map<string, string>();
	const results = options.workers && options.workers.jobs > 1
		? inWorkers(inputs, options.workers, { extractHere: (input) => processInput(input, options), withText: sink.usesText === true })
		: (async function* () {
				for (const input of inputs) yield await processInput(input, options);
			})();
	for await (const rows of results) {
		await deduplicate(rows, seen);
		await sink.add(rows);
		summary.nFiles++;
		summary.nValues += rows.values.length;
		summary.nWarnings += rows.warnings.length;
		if (rows.report.status === 'unreadable' || rows.report.status === 'unrecognized') {
			summary.nFailed++;
			summary.clean = false;
		}
		options.onProgress?.(summary.nFiles, inputs.length);
	}
	return summary;
}

/** The whole run in memory (tests, scoring): every row, in input order. */
export async function extractFiles(paths: string[], options: RunOptions): Promise<RunResult> {
	const rows = { reports: [] as ReportRow[], values: [] as ValueRow[], warnings: [] as WarningRow[] };
	const summary = await runPipeline(paths, options, {
		add(file) {
			rows.reports.push(file.report);
			rows.values.push(...file.values);
			rows.warnings.push(...file.warnings);
		}
	});
	return { ...summary, ...rows };
}
