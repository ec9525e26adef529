// The three CSV files of DESIGN.md §3: column order, writing and reading back (papaparse).
// Written for people as much as for programs, so:
//   - UTF-8 with a BOM: Excel and WPS on a Chinese Windows read a CSV without one as GBK (mojibake);
//     DuckDB, papaparse, pandas and R's readr skip it.
//   - every cell that a spreadsheet would run as a formula gets a leading ' (safeCell, OWASP CSV
//     injection); our readers undo exactly that (restoreCell), so scores and round trips are unchanged.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import Papa from 'papaparse';

import { restoreCell, safeCell } from '../../src/lib/contract/csv-cell';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';

export { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS };

export const BOM = '\uFEFF';

export type Row<C extends readonly string[]> = Record<C[number], string | number>;
export type ReportRow = Row<typeof REPORT_COLUMNS>;
export type ValueRow = Row<typeof VALUE_COLUMNS>;
export type WarningRow = Row<typeof WARNING_COLUMNS>;

const cell = (value: string | number | null | undefined): string => safeCell(value === null || value === undefined ? '' : String(value));

/** CSV lines (each ending in \n) for the rows, cells made formula-safe; no header. */
export function csvLines<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
	if (rows.length === 0) return '';
	const data = rows.map((row) => columns.map((column) => cell(row[column as C[number]])));
	return Papa.unparse(data, { newline: '\n', quotes: false }) + '\n';
}

/** A whole file: BOM, header, rows. */
export function toCsv<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
	return BOM + Papa.unparse([[...columns]], { newline: '\n', quotes: false }) + '\n' + csvLines(columns, rows);
}

/** A CSV file written a few rows at a time, so a run never holds every row in memory. */
export class CsvFile<C extends readonly string[]> {
	private constructor(
		private readonly handle: FileHandle,
		private readonly columns: C
	) {}

	static async create<C extends readonly string[]>(path: string, columns: C): Promise<CsvFile<C>> {
		const file = new CsvFile(await open(path, 'w'), columns);
		await file.handle.appendFile(toCsv(columns, []), 'utf8');
		return file;
	}

	async append(rows: Row<C>[]): Promise<void> {
		if (rows.length > 0) await this.handle.appendFile(csvLines(this.columns, rows), 'utf8');
	}

	async close(): Promise<void> {
		await this.handle.close();
	}
}

/**
 * Parses CSV text with a header line into string records: BOM tolerated (expected files may be
 * edited in Excel), formula-safe cells restored.
 */
export function parseCsv(text: string): { fields: string[]; rows: Record<string, string>[] } {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true,
		transform: (value) => restoreCell(value)
	});
	return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

export async function readCsv(path: string): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
	return parseCsv(await readFile(path, 'utf8'));
}
