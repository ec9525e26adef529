// The CLI's core, shared by `npm run extract`, `npm run data`, accuracy, bench and the tests:
// files in → the three CSV row sets out, one file at a time. One bad file becomes one row; it never
// stops the run. Rows stream to a sink (the CSV writer) as each file is done, so memory does not
// grow with the corpus.
//
// processInput is a function of one input alone (its path, the extractor, the gazetteer), so it can
// move to worker threads; only the duplicate check and the writing are sequential, in runPipeline.
import { createHash } from 'node:crypto';
import type { ExtractOptions, Extraction, Gazetteer, Status } from '../../src/lib/extract/types';
import type { ReportRow, ValueRow, WarningRow } from './csv';
import { readInput, type ReadOutcome } from './read';
import { townId } from '../../src/lib/contract/town-key';
import { collectInputs, type InputEntry } from './walk';

export type Extractor = (text: string, options: ExtractOptions) => Extraction;

export interface ExtractorOptions {
	extractor: Extractor;
	gazetteer?: Gazetteer;
}

export interface RunOptions extends ExtractorOptions {
	onProgress?: (done: number, total: number) => void;
}

/** One input's rows, and the decoded text its quotes point into (null when unreadable). */
export interface FileRows {
	report: ReportRow;
	values: ValueRow[];
	warnings: WarningRow[];
	text: string | null;
}

export interface RowSink {
	add(rows: FileRows): Promise<void> | void;
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

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

function emptyReport(reportId: string, source: string, status: Status, hash: string): ReportRow {
	return {
		report_id: reportId, source, title: '', body: '', level: '', town: '', county: '', city: '', province: '',
		year: '', format: '', published: '', status, n_values: 0, sha256: hash, town_id: ''
	};
}

function unreadableRows(path: string, source: string, outcome: { message: string; bytes: Uint8Array | null }): FileRows {
	const hash = outcome.bytes && outcome.bytes.length > 0 ? sha256(outcome.bytes) : '';
	// without content the path is the only stable identity (empty files all share one content hash)
	const id = hash ? hash.slice(0, 16) : sha256(`unreadable:${path}`).slice(0, 16);
	return {
		report: emptyReport(id, source, 'unreadable', hash),
		values: [],
		warnings: [{ report_id: id, code: 'unreadable', indicator: '', message: outcome.message }],
		text: null
	};
}

function statusOf(extraction: Extraction): Status {
	const { meta, values } = extraction;
	if (!meta.recognized) return 'unrecognized';
	return values.length === 0 || meta.year === null || meta.town === '' ? 'partial' : 'ok';
}

function runExtractor(text: string, source: string, options: ExtractorOptions): Extraction | Error {
	try {
		return options.extractor(text, { source, gazetteer: options.gazetteer });
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

function extractedRows(source: string, outcome: Extract<ReadOutcome, { ok: true }>, options: ExtractorOptions): FileRows {
	const hash = sha256(outcome.bytes);
	const id = hash.slice(0, 16);
	const warnings: WarningRow[] = [];
	if (outcome.encodingGuessed) {
		warnings.push({ report_id: id, code: 'encoding_guessed', indicator: '', message: `文件不是 UTF-8，按 ${outcome.encoding.toUpperCase()} 解码 / not UTF-8; decoded as ${outcome.encoding.toUpperCase()}` });
	}
	const extraction = runExtractor(outcome.text, source, options);
	if (extraction instanceof Error) {
		warnings.push({ report_id: id, code: 'extract_error', indicator: '', message: `抽取失败 / extraction failed: ${extraction.message}` });
		return { report: emptyReport(id, source, 'unrecognized', hash), values: [], warnings, text: outcome.text };
	}
	const status = statusOf(extraction);
	const values = status === 'unrecognized' ? [] : extraction.values;
	for (const w of extraction.warnings) warnings.push({ report_id: id, code: w.code, indicator: w.indicator, message: w.message });
	if (status === 'unrecognized' && !warnings.some((w) => w.code === 'not_a_report')) {
		warnings.push({ report_id: id, code: 'not_a_report', indicator: '', message: '未识别为政务公开年度报告 / not recognised as a disclosure annual report' });
	}
	const { meta } = extraction;
	const report: ReportRow = {
		report_id: id, source, title: meta.title, body: meta.body, level: meta.level, town: meta.town,
		county: meta.county, city: meta.city, province: meta.province, year: meta.year ?? '', format: meta.format,
		published: meta.published, status, n_values: values.length, sha256: hash, town_id: townId(meta)
	};
	const valueRows = values.map((v): ValueRow => ({
		report_id: id, indicator: v.indicator, value: v.value, qualifier: v.qualifier, origin: v.origin,
		quote: v.quote, start: v.start, end: v.end
	}));
	return { report, values: valueRows, warnings, text: outcome.text };
}

/** Identical files would share a report_id; the later copy gets an id that also hashes its name, and a warning. */
function deduplicate(rows: FileRows, seen: Map<string, string>): void {
	const original = seen.get(String(rows.report.report_id));
	if (original === undefined) {
		seen.set(String(rows.report.report_id), String(rows.report.source));
		return;
	}
	// stable for the same inputs: content and name, rehashed only if the same file is named twice
	let id = sha256(`${rows.report.sha256}:${rows.report.source}`).slice(0, 16);
	while (seen.has(id)) id = sha256(id).slice(0, 16);
	rows.report.report_id = id;
	for (const row of [...rows.values, ...rows.warnings]) row.report_id = id;
	rows.warnings.push({ report_id: id, code: 'duplicate', indicator: '', message: `与 ${original} 内容相同 / same content as ${original}` });
	seen.set(id, String(rows.report.source));
}

/** Reads and extracts one input: a function of the input alone. Whatever happens, the input gets its row. */
export async function processInput(input: InputEntry, options: ExtractorOptions): Promise<FileRows> {
	if (input.error !== undefined) return unreadableRows(input.path, input.source, { message: input.error, bytes: null });
	try {
		const outcome = await readInput(input.path);
		return outcome.ok ? extractedRows(input.source, outcome, options) : unreadableRows(input.path, input.source, outcome);
	} catch (error) {
		// the readers catch what they know; this is for what nobody foresaw (the fuzz harness counts it)
		const why = error instanceof Error ? error.message : String(error);
		return unreadableRows(input.path, input.source, { message: `读取时出错 / failed while reading: ${why}`, bytes: null });
	}
}

/** Walks the inputs and hands each file's rows to the sink in input order; returns the counts. */
export async function runPipeline(paths: string[], options: RunOptions, sink: RowSink): Promise<RunSummary> {
	const { entries: inputs, skipped } = await collectInputs(paths);
	const summary: RunSummary = { nFiles: 0, nFailed: 0, nValues: 0, nWarnings: 0, skipped, clean: true };
	const seen = new Map<string, string>();
	for (const [index, input] of inputs.entries()) {
		const rows = await processInput(input, options);
		deduplicate(rows, seen);
		await sink.add(rows);
		summary.nFiles++;
		summary.nValues += rows.values.length;
		summary.nWarnings += rows.warnings.length;
		if (rows.report.status === 'unreadable' || rows.report.status === 'unrecognized') {
			summary.nFailed++;
			summary.clean = false;
		}
		options.onProgress?.(index + 1, inputs.length);
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
