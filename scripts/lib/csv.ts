// The CSV files of one CLI run on disk. What a file holds and how it is written or read back is the
// contract's (src/lib/contract/csv-text.ts, shared with the browser import); this adds the file I/O.
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { csvLines, parseCsv, toCsv, type Row } from '../../src/lib/contract/csv-text';

export { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';
export { BOM, csvLines, parseCsv, toCsv, type ReportRow, type Row, type ValueRow, type WarningRow } from '../../src/lib/contract/csv-text';

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

export async function readCsv(path: string): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
	return parseCsv(await readFile(path, 'utf8'));
}
