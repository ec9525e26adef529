// Issue 16, row "report text, title or file name starting with = + - @": the CLI's three CSVs are
// safe to open in a spreadsheet (OWASP CSV injection: a leading '), our readers restore the exact
// text, and the UTF-8 BOM (for Excel and WPS) does not disturb DuckDB's or papaparse's header.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '../../src/lib/contract/tables';
import { readCsv } from '../../scripts/lib/csv';
import { writeOutputs } from '../../scripts/lib/output';
import { extractFiles } from '../../scripts/lib/pipeline';
import { fixedExtractor } from '../fixtures/cli/extractor';

const TITLE = '@SUM(1+1)*cmd|" /C calc"!A0';
const QUOTE = '-2 件';
const MESSAGE = '=HYPERLINK("http://example.invalid","点击")';
const FILE = '=HYPERLINK("x").txt';
const TRIGGERS = /^[=+\-@\t\r]/;

let dir: string;
let out: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-csv-'));
	mkdirSync(join(dir, 'in'));
	writeFileSync(join(dir, 'in', FILE), '某镇政府信息公开工作年度报告\n');
	writeFileSync(join(dir, 'in', '+86 tel.txt'), '另一份报告\n');
	const extractor = fixedExtractor({
		meta: { title: TITLE, town: '\t制表符镇', year: 2020, recognized: true },
		values: [{ indicator: 'apply.received', value: -2, qualifier: 'exact', origin: 'prose', quote: QUOTE, start: 0, end: 4 }],
		warnings: [{ code: 'conflict', indicator: 'apply.received', message: MESSAGE }]
	});
	out = join(dir, 'out');
	await writeOutputs(out, await extractFiles([join(dir, 'in')], { extractor }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The cells exactly as a spreadsheet would see them: no restore. */
const rawCells = (name: string): string[][] =>
	Papa.parse<string[]>(readFileSync(join(out, `${name}.csv`), 'utf8'), { skipEmptyLines: true }).data.slice(1);

describe('formula-safe cells', () => {
	it('no cell of any of the three CSVs starts with = + - @ tab or CR, unless it is a plain number', () => {
		for (const name of ['reports', 'values', 'warnings']) {
			for (const cell of rawCells(name).flat()) {
				if (/^[+-]?\d+(\.\d+)?$/.test(cell)) continue;
				expect(cell, `${name}.csv`).not.toMatch(TRIGGERS);
			}
		}
	});

	it('prefixes the doctored title, quote, message, town and file name with an apostrophe', () => {
		const cells = ['reports', 'values', 'warnings'].flatMap((name) => rawCells(name).flat());
		for (const text of [TITLE, QUOTE, MESSAGE, FILE, '+86 tel.txt', '\t制表符镇']) expect(cells).toContain(`'${text}`);
	});

	it('leaves plain numbers alone so numeric columns stay numeric (value -2)', () => {
		const [value] = rawCells('values');
		expect(value[VALUE_COLUMNS.indexOf('value')]).toBe('-2');
	});

	it('reads back to the exact original text through the CLI reader (the round trip)', async () => {
		const reports = (await readCsv(join(out, 'reports.csv'))).rows;
		expect(reports.map((r) => r.source).sort()).toEqual(['+86 tel.txt', FILE]);
		expect(reports.every((r) => r.title === TITLE && r.town === '\t制表符镇')).toBe(true);
		const [value] = (await readCsv(join(out, 'values.csv'))).rows;
		expect(value).toMatchObject({ quote: QUOTE, value: '-2' });
		expect((await readCsv(join(out, 'warnings.csv'))).rows.map((w) => w.message)).toContain(MESSAGE);
	});

	it('Parquet holds the original text (it is data for programs, never opened by a spreadsheet)', async () => {
		const pq = join(dir, 'pq');
		await writeOutputs(pq, await extractFiles([join(dir, 'in')], { extractor: fixedExtractor({ meta: { title: TITLE } }) }), { parquet: true });
		const connection = await (await DuckDBInstance.create(':memory:')).connect();
		const rows = (await connection.runAndReadAll(`SELECT title FROM '${join(pq, 'reports.parquet')}'`)).getRowObjects();
		expect(rows).toEqual([{ title: TITLE }, { title: TITLE }]);
		connection.closeSync();
	});
});

describe('UTF-8 BOM', () => {
	it('each CSV starts with exactly one, then the header (report_id…)', () => {
		for (const name of ['reports', 'values', 'warnings']) expect([...readFileSync(join(out, `${name}.csv`)).subarray(0, 4)]).toEqual([0xef, 0xbb, 0xbf, 0x72]);
	});

	it('DuckDB (read_csv with header) reads the header names right', async () => {
		const connection = await (await DuckDBInstance.create(':memory:')).connect();
		for (const [name, columns] of [['reports', REPORT_COLUMNS], ['values', VALUE_COLUMNS], ['warnings', WARNING_COLUMNS]] as const) {
			const reader = await connection.runAndReadAll(`SELECT * FROM read_csv('${join(out, `${name}.csv`)}', header = true, all_varchar = true)`);
			expect(reader.columnNames()).toEqual([...columns]);
		}
		const [row] = (await connection.runAndReadAll(`SELECT report_id FROM read_csv('${join(out, 'values.csv')}', header = true)`)).getRowObjects();
		expect(String(row.report_id)).toMatch(/^[0-9a-f]{16}$/);
		connection.closeSync();
	});

	it('papaparse (header: true, no help from us) reads the header names right', () => {
		for (const [name, columns] of [['reports', REPORT_COLUMNS], ['values', VALUE_COLUMNS], ['warnings', WARNING_COLUMNS]] as const) {
			const parsed = Papa.parse(readFileSync(join(out, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true });
			expect(parsed.meta.fields).toEqual([...columns]);
		}
	});
});
