// Streams a CSV file as records without holding its text: the bytes are decoded by a
// TextDecoderStream (a character split between two chunks stays whole — papaparse's own file
// reader decodes each slice alone and breaks them) and cut into records by papaparse's parser,
// which carries a record cut by a chunk boundary over to the next chunk. Runs in the import worker
// (and in Node for the tests: Blob, TextDecoderStream and papaparse are in both).
import Papa from 'papaparse';
import { decodeBytes } from '../decode';
import { restoreCell } from '$lib/contract/csv-cell';

export interface CsvEncoding {
	encoding: string;
	/** not UTF-8 (or a UTF-16 without BOM): the file did not say, we guessed */
	guessed: boolean;
}

const SNIFF_BYTES = 64 * 1024;

/**
 * The file's encoding from its first 64 KB (cut at the last line break, so a multi-byte character
 * is never split), with the CLI's own decoder: UTF-8, UTF-16 or GB18030; null = binary or empty.
 */
export async function sniffEncoding(blob: Blob): Promise<CsvEncoding | 'empty' | 'binary'> {
	if (blob.size === 0) return 'empty';
	let head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
	if (blob.size > SNIFF_BYTES) {
		const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || head.includes(0);
		// UTF-16 keeps whole code units (an even length); the others end at a line break
		const cut = utf16 ? head.length - (head.length % 2) : head.lastIndexOf(10) + 1;
		if (cut > 0) head = head.subarray(0, cut);
	}
	const d = decodeBytes(head);
	if (!d.ok) return d.reason;
	return { encoding: d.encoding, guessed: d.guessed };
}

/** The separator of the header line: comma, or tab / semicolon when the header has more of those. */
function delimiterOf(headerLine: string): string {
	const count = (c: string) => headerLine.split(c).length - 1;
	const [best] = [',', '\t', ';'].sort((a, b) => count(b) - count(a));
	return count(best) > 0 ? best : ',';
}

function newlineOf(text: string): '\n' | '\r' | '\r\n' {
	const n = text.indexOf('\n');
	if (n === -1) return text.includes('\r') ? '\r' : '\n';
	return n > 0 && text[n - 1] === '\r' ? '\r\n' : '\n';
}

export interface RecordChunk {
	/** cells, formula-safe apostrophes restored */
	records: string[][];
	/** the spreadsheet row number of each record (the header is row 1) */
	rows: number[];
	/** parse errors of this chunk, with their row numbers */
	errors: { row: number; message: string }[];
	/** bytes of the file read so far (for progress) */
	bytes: number;
}

/** One record longer than this is a quote that never closes, not data: the rest of the file is not read. */
const MAX_RECORD_CHARS = 1 << 20;

export class UnclosedQuote extends Error {
	constructor(readonly row: number) {
		super(`unclosed quote at row ${row}`);
	}
}

/**
 * Calls `each` with the records of `blob`, chunk by chunk, in order (awaiting it: back-pressure).
 * Empty lines are counted as rows but not passed on. Throws UnclosedQuote when a quoted field runs
 * on for a megabyte (re-reading it with every chunk would take quadratic time).
 */
export async function streamRecords(blob: Blob, encoding: string, each: (chunk: RecordChunk) => Promise<void> | void): Promise<void> {
	let bytes = 0;
	const counted = blob.stream().pipeThrough(
		new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
			transform(chunk, controller) {
				bytes += chunk.length;
				controller.enqueue(chunk);
			}
		})
	);
	const reader = counted.pipeThrough(new TextDecoderStream(encoding)).getReader();
	let parser: Papa.Parser | null = null;
	let partial = '';
	let row = 1;
	const emit = async (text: string, last: boolean) => {
		if (!parser) parser = new Papa.Parser({ delimiter: delimiterOf(text.slice(0, text.search(/\r|\n|$/))), newline: newlineOf(text), quoteChar: '"' });
		const res = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
		partial = last ? '' : text.slice(res.meta.cursor);
		if (partial.length > MAX_RECORD_CHARS) {
			await reader.cancel().catch(() => undefined);
			throw new UnclosedQuote(row + res.data.length);
		}
		const chunk: RecordChunk = { records: [], rows: [], errors: [], bytes };
		for (const [i, r] of res.data.entries()) {
			if (r.length === 1 && r[0] === '') continue;
			chunk.records.push(r.map((c) => restoreCell(c)));
			chunk.rows.push(row + i);
		}
		for (const e of res.errors) chunk.errors.push({ row: row + (e.row ?? 0), message: e.message });
		row += res.data.length;
		if (chunk.records.length || chunk.errors.length) await each(chunk);
	};
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		await emit(partial + value, false);
	}
	if (partial !== '') await emit(partial, true);
}
