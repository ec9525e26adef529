// The three CSV files of DESIGN.md §3 as text: row types, writing and reading back (papaparse).
// The CLI writes its files with these, the browser import stores its datasets and exports its zip
// with them, so a file from either is byte for byte the same. Written for people as much as for
// programs, so:
//   - UTF-8 with a BOM: Excel and WPS on a Chinese Windows read a CSV without one as GBK (mojibake);
//     DuckDB, papaparse, pandas and R's readr skip it.
//   - every cell that a spreadsheet would run as a formula gets a leading ' (safeCell, OWASP CSV
//     injection); our readers undo exactly that (restoreCell), so scores and round trips are unchanged.
import Papa from 'papaparse';
import { restoreCell, safeCell } from './csv-cell';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from './tables';

export const BOM = '\uFEFF';

export type Row<C extends readonly string[]> = Record<C[number], string | number>;
export type ReportRow = Row<typeof REPORT_COLUMNS>;
export type ValueRow = Row<typeof VALUE_COLUMNS>;
export type WarningRow = Row<typeof WARNING_COLUMNS>;

/** What papaparse quotes: its "bad delimiters" (CR, LF, ", BOM), the comma, a leading or trailing space. */
const QUOTED = /[\r\n",\uFEFF]|^ | $/;

/**
 * One cell exactly as papaparse's unparse writes it (quotes: false): as it is, or in quotes with
 * its quotes doubled. Calling papaparse per line was most of the CLI's CSV cost on a corpus of
 * 50 values a report; a test holds the two to the same output.
 */
export function csvCell(text: string): string {
	return QUOTED.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * One value as a formula-safe CSV cell. A finite number's text (`7`, `-2`, `1.5e-7`) is a plain
 * number, which safeCell leaves alone and csvCell never quotes: it skips both checks (three of the
 * eight cells of every value row are numbers).
 */
function cellText(value: string | number | null | undefined): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return csvCell(safeCell(value === null || value === undefined ? '' : String(value)));
}

/** CSV lines (each ending in \n) for the rows, cells made formula-safe; no header. */
export function csvLines<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
	let out = '';
	const cells: string[] = [];
	for (const row of rows) {
		for (let i = 0; i < columns.length; i++) cells[i] = cellText(row[columns[i] as C[number]]);
		// joined, not concatenated cell by cell: a flat line holds no slice of the report's text, so the
		// text can go before the buffered lines are written
		out += cells.join(',') + '\n';
	}
	return out;
}

/** A whole file: BOM, header, rows. */
export function toCsv<C extends readonly string[]>(columns: C, rows: Row<C>[]): string {
	return BOM + Papa.unparse([[...columns]], { newline: '\n', quotes: false }) + '\n' + csvLines(columns, rows);
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
