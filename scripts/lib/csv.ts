// The CSV files of one CLI run on disk. What a file holds and how it is written or read back is the
// contract's (src/lib/contract/csv-text.ts, shared with the browser import); this adds the file I/O.
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { csvLines, parseCsv, toCsv, type Row } from '../../src/lib/contract/csv-text';

export { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';
export { BOM, csvLines, parseCsv, toCsv, type ReportRow, type Row, type ValueRow, type WarningRow } from '../../src/lib/contract/csv-text';

/** How much text a CsvFile gathers before writing it: one write per ~64 K characters, not one per report (a megabyte at a time made the heap, not the speed, grow). */
const FLUSH_CHARS = 1 << 16;

/**
 * A CSV file written a few rows at a time, so a run never holds every row in memory. Rows gather
 * in a small buffer written synchronously when full: a report's rows are a few kilobytes, and an
 * asynchronous append per report cost more CPU (a thread-pool round trip, an encoding pass, a
 * syscall) than writing its rows did.
 */
export class CsvFile<C extends readonly string[]> {
	private pending: string[] = [];
	private size = 0;

	private constructor(
		private readonly fd: number,
		private readonly columns: C
	) {}

	static async create<C extends readonly string[]>(path: string, columns: C): Promise<CsvFile<C>> {
		const file = new CsvFile(openSync(path, 'w'), columns);
		file.push(toCsv(columns, []));
		return file;
	}

	async append(rows: Row<C>[]): Promise<void> {
		if (rows.length > 0) this.push(csvLines(this.columns, rows));
	}

	private push(text: string): void {
		this.pending.push(text);
		this.size += text.length;
		if (this.size >= FLUSH_CHARS) this.flush();
	}

	private flush(): void {
		if (this.size === 0) return;
		const bytes = Buffer.from(this.pending.join(''), 'utf8');
		for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
		this.pending = [];
		this.size = 0;
	}

	async close(): Promise<void> {
		try {
			this.flush();
		} finally {
			closeSync(this.fd);
		}
	}
}

export async function readCsv(path: string): Promise<{ fields: string[]; rows: Record<string, string>[] }> {
	return parseCsv(await readFile(path, 'utf8'));
}
