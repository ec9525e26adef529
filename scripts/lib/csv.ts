// The CSV files of one CLI run on disk. What a file holds and how it is written or read back is the
// contract's (src/lib/contract/csv-text.ts, shared with the browser import); this adds the file I/O.
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { csvLines, parseCsv, toCsv, type Row } from '../../src/lib/contract/csv-text';

export { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';
export { BOM, csvLines, parseCsv, toCsv, type ReportRow, type Row, type ValueRow, type WarningRow } from '../../src/lib/contract/csv-text';

/** The size of a CsvFile's write buffer: one write per ~64 KB, not one per report (a megabyte at a time made the heap, not the speed, grow). */
const BUFFER_BYTES = 1 << 16;
/** UTF-8 takes at most 3 bytes for one UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_UTF8_PER_UNIT = 3;

/**
 * A CSV file written a few rows at a time, so a run never holds every row in memory. Each report's
 * lines are encoded straight into one reused buffer, written synchronously when full: a report's
 * rows are a few kilobytes, and an asynchronous append per report cost more CPU (a thread-pool
 * round trip, an encoding pass, a syscall) than writing its rows did; gathering strings and
 * encoding them at flush time cost a join and a fresh Buffer per flush.
 */
export class CsvFile<C extends readonly string[]> {
	private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
	private used = 0;

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
		const bound = text.length * MAX_UTF8_PER_UNIT;
		if (this.used + bound > this.buffer.length) {
			this.flush();
			// larger than the whole buffer (a report with thousands of values): written on its own
			if (bound > this.buffer.length) return this.writeAll(Buffer.from(text, 'utf8'));
		}
		this.used += this.buffer.write(text, this.used, 'utf8');
	}

	private flush(): void {
		this.writeAll(this.buffer.subarray(0, this.used));
		this.used = 0;
	}

	private writeAll(bytes: Uint8Array): void {
		for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
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
