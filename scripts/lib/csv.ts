// The three CSV files of DESIGN.md §3: column order, writing (papaparse, UTF-8 without BOM) and reading back.
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';

import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';

export { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS };

export type Row<C extends readonly string[]> = Record<C[number], string | number>;
export type ReportRow = Row<typeof REPORT_COLUMNS>;
export type ValueRow = Row<typeof VALUE_COLUMNS>;
export type WarningRow = Row<typeof WARNING_COLUMNS>;

export function toCsv<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
	const data = rows.map((row) => columns.map((column) => row[column as C[number]]));
	return Papa.unparse({ fields: [...columns], data }, { newline: '\n', quotes: false }) + '\n';
}

export async function writeCsv<C extends readonly string[]>(path: string, columns: C, rows: Row<C>[]): Promise<void> {
	await writeFile(path, toCsv(columns, rows), 'utf8');
}

/** Parses CSV text with a header line into string records (BOM tolerated: expected files may be edited in Excel). */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	});
	return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

export async function readCsv(path: string): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
	return parseCsv(await readFile(path, 'utf8'));
}
