// One input file → its rows of the three CSVs (DESIGN.md §3). Shared by the CLI
// (scripts/lib/pipeline.ts) and the browser import worker, so the same file gives the same rows:
// the same report id (SHA-256 of the bytes), statuses, values, warnings and town id. Whatever
// happens, the input gets its row: one bad file never stops a run.
import { townId } from '../contract/town-key';
import type { ReportRow, ValueRow, WarningRow } from '../contract/csv-text';
import type { ExtractOptions, Extraction, Gazetteer, Status } from '../extract/types';
import { identityHash, idOf, sha256Hex } from './hash';
import type { ReadOutcome } from './read';

export type Extractor = (text: string, options: ExtractOptions) => Extraction;

export interface ExtractorOptions {
	extractor: Extractor;
	gazetteer?: Gazetteer;
}

/** One input's rows, and the decoded text its quotes point into (null when unreadable). */
export interface FileRows {
	report: ReportRow;
	values: ValueRow[];
	warnings: WarningRow[];
	text: string | null;
}

function emptyReport(reportId: string, source: string, status: Status, hash: string): ReportRow {
	return {
		report_id: reportId, source, title: '', body: '', level: '', town: '', county: '', city: '', province: '',
		year: '', format: '', published: '', status, n_values: 0, sha256: hash, town_id: ''
	};
}

/**
 * `path`: where the input was found (the CLI's path, the browser's relative path). Without content
 * it is the only stable identity: empty files all share one content hash.
 */
export async function unreadableRows(path: string, source: string, outcome: { message: string; bytes: Uint8Array | null }): Promise<FileRows> {
	const identity = await identityHash(outcome.bytes, path);
	const hash = identity.content ? identity.hash : '';
	const id = idOf(identity.hash);
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

export async function extractedRows(source: string, outcome: Extract<ReadOutcome, { ok: true }>, options: ExtractorOptions): Promise<FileRows> {
	const hash = await sha256Hex(outcome.bytes);
	const id = idOf(hash);
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

/** A file's rows from what reading it gave: extracted, or unreadable with the reason. */
export function rowsOf(path: string, source: string, outcome: ReadOutcome, options: ExtractorOptions): Promise<FileRows> {
	return outcome.ok ? extractedRows(source, outcome, options) : unreadableRows(path, source, outcome);
}

/**
 * Identical files would share a report_id; the later copy gets an id that also hashes its name, and
 * a warning. `seen` maps the ids so far to their sources (in input order).
 */
export async function deduplicate(rows: FileRows, seen: Map<string, string>): Promise<void> {
	const original = seen.get(String(rows.report.report_id));
	if (original === undefined) {
		seen.set(String(rows.report.report_id), String(rows.report.source));
		return;
	}
	// stable for the same inputs: content and name, rehashed only if the same file is named twice
	let id = idOf(await sha256Hex(`${rows.report.sha256}:${rows.report.source}`));
	while (seen.has(id)) id = idOf(await sha256Hex(id));
	rows.report.report_id = id;
	for (const row of [...rows.values, ...rows.warnings]) row.report_id = id;
	rows.warnings.push({ report_id: id, code: 'duplicate', indicator: '', message: `与 ${original} 内容相同 / same content as ${original}` });
	seen.set(id, String(rows.report.source));
}
