// One imported CSV file: refused by size before a byte is read, its encoding and header read from
// its first 64 KB, its content hash taken (the same file twice is recognised), then its records
// streamed to the importer of its shape. Every refusal is an issue of the file.
import Papa from 'papaparse';
import { idOf, sha256Hex } from '../hash';
import type { Issues } from '../collect';
import { issue, SAY } from './issues';
import { sniffEncoding, streamRecords, UnclosedQuote, type CsvEncoding } from './read';
import { shapeOf, type CsvShape } from './shape';
import { TooManyValues } from './wide';

/** A CSV larger than this is refused before it is read (the values of 100 MB of CSV are millions of rows). */
export const MAX_CSV_BYTES = 100 * 1024 * 1024;

/** Values one import may hold: beyond, the browser's storage and DuckDB's load would take minutes. */
export const MAX_VALUES = 2_000_000;

export interface CsvPlan {
	name: string;
	file: Blob;
	encoding: CsvEncoding;
	header: string[];
	shape: CsvShape;
	hash: string;
}

function headerOf(text: string): string[] {
	const res = Papa.parse<string[]>(text, { preview: 1 });
	return (res.data[0] ?? []).map((c) => c.replace(/^\uFEFF/, ''));
}

/** Everything known before the records are read, or null (with the issue) when the file is refused. */
export async function planCsv(file: Blob, name: string, issues: Issues, maxBytes = MAX_CSV_BYTES): Promise<CsvPlan | null> {
	const refuse = (say: ReturnType<typeof SAY.empty>) => {
		issues.push(issue(name, 0, '', say));
		return null;
	};
	if (file.size > maxBytes) return refuse(SAY.tooLarge(file.size, maxBytes));
	const encoding = await sniffEncoding(file);
	if (encoding === 'empty') return refuse(SAY.empty());
	if (encoding === 'binary') return refuse(SAY.binary());
	const head = new TextDecoder(encoding.encoding).decode(await file.slice(0, 64 * 1024).arrayBuffer());
	const header = headerOf(head);
	const shape = shapeOf(header);
	if (!shape) return refuse(SAY.unknownShape(header.slice(0, 6).join(',') + (header.length > 6 ? ',…' : '')));
	if (encoding.guessed) issues.push(issue(name, 0, '', SAY.encodingGuessed(encoding.encoding)));
	const hash = await sha256Hex(new Uint8Array(await file.arrayBuffer()));
	return { name, file, encoding, header, shape, hash };
}

/** 8 hex digits that name the file inside its rows' report ids. */
export const fileIdOf = (plan: CsvPlan): string => idOf(plan.hash).slice(0, 8);

/**
 * Streams the data records (the header skipped) to `each`; parse errors, an unclosed quote and
 * the value limit become issues. Returns the number of data rows read.
 */
export async function readCsvRecords(plan: CsvPlan, issues: Issues, each: (records: string[][], rows: number[]) => void, onBytes?: (fraction: number) => void): Promise<number> {
	let n = 0;
	try {
		await streamRecords(plan.file, plan.encoding.encoding, (chunk) => {
			for (const e of chunk.errors) issues.push(issue(plan.name, e.row, '', SAY.parse(e.message)));
			const start = chunk.rows[0] === 1 ? 1 : 0;
			n += chunk.records.length - start;
			each(chunk.records.slice(start), chunk.rows.slice(start));
			onBytes?.(chunk.bytes / plan.file.size);
		});
	} catch (e) {
		if (e instanceof UnclosedQuote) issues.push(issue(plan.name, e.row, '', SAY.unclosedQuote()));
		else if (e instanceof TooManyValues) issues.push(issue(plan.name, 0, '', SAY.tooManyValues(MAX_VALUES)));
		else throw e;
	}
	return n;
}
