import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { safeCell } from './csv-cell';
import { csvCell, csvLines, parseCsv, toCsv } from './csv-text';

/** Deterministic strings over the characters that matter to CSV quoting and formula safety. */
function samples(count: number): string[] {
	const alphabet = ['a', '1', ' ', ',', '"', '\n', '\r', '\uFEFF', '=', '+', '-', '@', '\t', "'", '条', '，', '.'];
	const out = ['', ' ', '""', '-2', '+3.5', '=SUM(A1)', "'=x", ' lead', 'trail ', '含"引号"的,文本'];
	let state = 42;
	for (let i = 0; i < count; i++) {
		let s = '';
		const length = i % 7;
		for (let k = 0; k < length; k++) {
			state = (state * 1103515245 + 12345) >>> 0;
			s += alphabet[state % alphabet.length];
		}
		out.push(s);
	}
	return out;
}

describe('csvCell', () => {
	it('writes every cell as papaparse unparse does', () => {
		for (const s of samples(5000)) expect(csvCell(s)).toBe(Papa.unparse([[s]], { newline: '\n', quotes: false }));
	});

	it('writes whole lines as papaparse does, and they read back', () => {
		const columns = ['a', 'b', 'c'] as const;
		const texts = samples(600);
		const rows = Array.from({ length: 200 }, (_, i) => ({ a: texts[3 * i], b: i - 100, c: texts[3 * i + 2] }));
		const expected = rows.map((r) => Papa.unparse([[r.a, String(r.b), r.c].map(safeCell)], { newline: '\n', quotes: false }) + '\n');
		expect(csvLines(columns, rows)).toBe(expected.join(''));
		const back = parseCsv(toCsv(columns, rows)).rows;
		expect(back.map((r) => [r.a, r.b, r.c])).toEqual(rows.map((r) => [r.a, String(r.b), r.c]));
	});
});
