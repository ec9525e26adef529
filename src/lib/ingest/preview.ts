// What the person sees before confirming an import, and what is written when they do.
import type { Status } from '$lib/contract/codes';
import { newImportId, type ImportKeys, type ImportRecord, type ImportTables } from '$lib/local/store';
import type { AmbiguousTown, FileLine, ImportBatch } from './batch';
import type { CsvIssue } from './csv/issues';

export interface Preview {
	lines: FileLine[];
	/** rows to be added */
	counts: { reports: number; values: number; warnings: number; texts: number };
	/** report rows to be added, by status (a CSV's rows included) */
	statuses: Partial<Record<Status, number>>;
	/** files by their line's status */
	files: Partial<Record<FileLine['status'], number>>;
	/** the first issues of the CSVs (all of them: `issuesCsv`) */
	issues: CsvIssue[];
	errors: number;
	notices: number;
	ambiguous: AmbiguousTown[];
	/** warnings by code */
	warningCodes: Partial<Record<string, number>>;
}

/** Issues shown in the page; the rest are in the downloadable list. */
export const SHOWN_ISSUES = 300;

function tally<K extends string>(keys: K[]): Partial<Record<K, number>> {
	const out: Partial<Record<K, number>> = {};
	for (const k of keys) out[k] = (out[k] ?? 0) + 1;
	return out;
}

export function previewOf(batch: ImportBatch): Preview {
	const counts = { reports: batch.out.reports.length, values: batch.out.nValues, warnings: batch.out.warnings.length, texts: batch.out.texts.size };
	return {
		lines: batch.lines,
		counts,
		statuses: tally(batch.out.reports.map((r) => String(r.status) as Status)),
		files: tally(batch.lines.map((l) => l.status)),
		issues: batch.issueList(SHOWN_ISSUES),
		errors: batch.issues.errors,
		notices: batch.issues.notices,
		ambiguous: batch.ambiguous(),
		warningCodes: tally(batch.out.warnings.map((w) => String(w.code)))
	};
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The import as it is stored: one record, the three CSV files, the texts. */
export function importParts(batch: ImportBatch, now = new Date()): {
	record: ImportRecord;
	keys: Omit<ImportKeys, 'id' | 'created'>;
	tables: Omit<ImportTables, 'id'>;
	texts: { report_id: string; text: string }[];
} {
	const csv = batch.out.tables();
	const tables = { reports: utf8(csv.reports), values: utf8(csv.values), warnings: utf8(csv.warnings) };
	const texts = [...batch.out.texts].map(([report_id, text]) => ({ report_id, text }));
	const textBytes = texts.reduce((n, t) => n + t.text.length * 2, 0);
	const record: ImportRecord = {
		id: newImportId(now.getTime()),
		created: now.toISOString(),
		files: batch.sources,
		reports: batch.out.reports.length,
		values: batch.out.nValues,
		warnings: batch.out.warnings.length,
		texts: texts.length,
		bytes: tables.reports.length + tables.values.length + tables.warnings.length + textBytes
	};
	const keys = { sha256: [...new Set(batch.hashes)], report_ids: batch.out.reports.map((r) => String(r.report_id)) };
	return { record, keys, tables, texts };
}

/** Every issue as a CSV a person can open (BOM, formula-safe cells), to fix the file by. */
export { issuesCsv } from './csv/issues-csv';
