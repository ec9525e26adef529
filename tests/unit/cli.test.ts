// The CLI core and the command: every input gets a row, unreadable files say why, encodings and
// formats reach the extractor as the same text, exit codes follow DESIGN.md §3.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../src/lib/extract/types';
import { readCsv } from '../../scripts/lib/csv';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { extractFiles, type RunResult } from '../../scripts/lib/pipeline';
import { makeDocx } from '../fixtures/cli/docx';
import { recordingExtractor } from '../fixtures/cli/extractor';
import { encodeGb18030 } from '../../scripts/fuzz/gb18030';
import { cli } from '../fixtures/cli/spawn';

const SEED = readFileSync('data/reports/seeds/000_32b32ec86887132c.txt', 'utf8').replace(/^\uFEFF/, '');
const NOT_A_REPORT = '周末天气晴朗，公园里有三百多名游客。\n门票10元，儿童半价，开放时间为上午8点到下午6点。\n';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let dir: string;
const MISSING = 'no-such-dir-城镇/';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-cli-'));
	writeFileSync(join(dir, 'a-empty.txt'), '');
	writeFileSync(join(dir, 'b-binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
	writeFileSync(join(dir, 'c-huge.txt'), '');
	truncateSync(join(dir, 'c-huge.txt'), 50 * 1024 * 1024);
	writeFileSync(join(dir, 'd-gb18030.txt'), encodeGb18030(SEED));
	writeFileSync(join(dir, 'e-bom.txt'), '\uFEFF' + SEED);
	writeFileSync(join(dir, 'f-report.html'), `<html><body>${SEED.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</body></html>`);
	writeFileSync(join(dir, 'g-report.docx'), await makeDocx(SEED.split('\n')));
	writeFileSync(join(dir, 'h-not-a-report.txt'), NOT_A_REPORT);
	writeFileSync(join(dir, 'i-notes.md'), '# notes\n');
	writeFileSync(join(dir, 'i-scan.pdf'), '%PDF-1.4\n');
	mkdirSync(join(dir, 'j-sub'));
	writeFileSync(join(dir, 'j-sub', 'seed.txt'), SEED);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const statusOf = (run: RunResult) => Object.fromEntries(run.reports.map((r) => [r.source, r.status]));
const warningsOf = (run: RunResult, source: string) => {
	const id = run.reports.find((r) => r.source === source)?.report_id;
	return run.warnings.filter((w) => w.report_id === id);
};
const compact = (s: string) => s.replace(/\s+/g, '');

describe('extractFiles (reading and accounting, any extractor)', () => {
	it('gives every input one row, sorted, with unreadable ones explained in both languages', async () => {
		const run = await extractFiles([dir, MISSING], { extractor: recordingExtractor(new Map()) });
		expect(run.reports.map((r) => r.source)).toEqual([
			'a-empty.txt', 'b-binary.txt', 'c-huge.txt', 'd-gb18030.txt', 'e-bom.txt', 'f-report.html', 'g-report.docx',
			'h-not-a-report.txt', 'i-scan.pdf', 'j-sub/seed.txt', MISSING
		]);
		// notes and data files beside the reports are skipped and counted, not read as reports
		expect(run.skipped.map((p) => p.slice(p.lastIndexOf('/') + 1))).toEqual(['i-notes.md']);
		const unreadable = ['a-empty.txt', 'b-binary.txt', 'c-huge.txt', 'i-scan.pdf', MISSING];
		for (const source of unreadable) {
			expect(statusOf(run)[source]).toBe('unreadable');
			const [warning] = warningsOf(run, source);
			expect(warning.code).toBe('unreadable');
			expect(warning.message).toMatch(/[\u4e00-\u9fff].*\/ [a-z]/);
		}
		expect(warningsOf(run, 'c-huge.txt')[0].message).toContain('20 MB');
		expect(new Set(run.reports.map((r) => r.report_id)).size).toBe(run.reports.length);
		expect(run.clean).toBe(false);
	});

	it('hands the extractor the same text from GB18030, BOM, HTML and docx files', async () => {
		const seen = new Map<string, string>();
		const run = await extractFiles([dir], { extractor: recordingExtractor(seen) });
		expect(seen.get('d-gb18030.txt')).toBe(SEED);
		expect(seen.get('e-bom.txt')).toBe(SEED);
		expect(compact(seen.get('f-report.html')!)).toBe(compact(SEED));
		expect(compact(seen.get('g-report.docx')!)).toBe(compact(SEED));
		expect(warningsOf(run, 'd-gb18030.txt').map((w) => w.code)).toEqual(['encoding_guessed']);
		expect(warningsOf(run, 'e-bom.txt')).toEqual([]);
	});

	it('keeps every other row when the extractor throws on one file', async () => {
		const recording = recordingExtractor(new Map());
		const extractor = (text: string, options: ExtractOptions) => {
			if (options.source === 'e-bom.txt') throw new Error('boom');
			return recording(text, options);
		};
		const run = await extractFiles([dir], { extractor });
		expect(run.reports).toHaveLength(10);
		expect(statusOf(run)['e-bom.txt']).toBe('unrecognized');
		expect(warningsOf(run, 'e-bom.txt')[0]).toMatchObject({ code: 'extract_error' });
		expect(statusOf(run)['d-gb18030.txt']).toBe('partial');
	});

	it('gives identical files distinct report ids and flags the copy', async () => {
		const run = await extractFiles([join(dir, 'e-bom.txt'), join(dir, 'e-bom.txt')], { extractor: recordingExtractor(new Map()) });
		expect(run.reports[0].report_id).not.toBe(run.reports[1].report_id);
		expect(run.reports[0].sha256).toBe(run.reports[1].sha256);
		const copyWarnings = run.warnings.filter((w) => w.report_id === run.reports[1].report_id);
		expect(copyWarnings.map((w) => w.code)).toContain('duplicate');
	});
});

describe('extractFiles with the real extractor', () => {
	const valueSet = (run: RunResult, source: string) => {
		const id = run.reports.find((r) => r.source === source)?.report_id;
		return run.values.filter((v) => v.report_id === id).map((v) => `${v.indicator}=${v.value}/${v.qualifier}`).sort();
	};

	it('reads the same values from the text in every encoding and format', async () => {
		const { extractor, gazetteer } = await loadExtractor();
		const run = await extractFiles([dir], { extractor, gazetteer });
		const reference = valueSet(run, 'j-sub/seed.txt');
		expect(reference.length).toBeGreaterThan(5);
		for (const source of ['d-gb18030.txt', 'e-bom.txt', 'f-report.html', 'g-report.docx']) {
			expect(valueSet(run, source), source).toEqual(reference);
			expect(statusOf(run)[source]).toBe('ok');
		}
	});

	it('marks a text that is not a report unrecognized, with no values', async () => {
		const { extractor, gazetteer } = await loadExtractor();
		const run = await extractFiles([join(dir, 'h-not-a-report.txt')], { extractor, gazetteer });
		expect(run.reports[0]).toMatchObject({ status: 'unrecognized', n_values: 0 });
		expect(run.values).toEqual([]);
	});
});

describe('npm run extract (child process)', () => {
	it.each([[[]], [['data/reports/seeds']], [['data/reports/seeds', '--out']], [['x', '--out', 'y', '--frobnicate']], [['x', '--out', 'y', '--format', 'xlsx']]])(
		'exits 2 with a bilingual usage on %j',
		(args) => {
			const run = cli(...args);
			expect(run.status).toBe(2);
			expect(run.stderr).toContain('用法 / usage');
		}
	);

	it('exits 0 on the seeds and writes the three CSVs with a summary line', async () => {
		const out = join(dir, 'out-seeds');
		const run = cli('data/reports/seeds', '--out', out);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/5 files .* values, \d+ warnings, [\d.]+ s/);
		expect((await readCsv(join(out, 'reports.csv'))).rows).toHaveLength(5);
		expect((await readCsv(join(out, 'values.csv'))).rows.length).toBeGreaterThan(50);
	});

	it('exits 1 when some files are unreadable, still writing every row', async () => {
		const out = join(dir, 'out-mixed');
		const run = cli(join(dir, 'h-not-a-report.txt'), join(dir, 'a-empty.txt'), join(dir, 'j-sub'), MISSING, join(dir, 'i-notes.md'), '--out', out);
		expect(run.status).toBe(1);
		const reports = (await readCsv(join(out, 'reports.csv'))).rows;
		// a file named on the command line is always accounted for, whatever its type
		expect(reports.map((r) => [r.source, r.status])).toEqual([
			['h-not-a-report.txt', 'unrecognized'], ['a-empty.txt', 'unreadable'], ['seed.txt', 'ok'], [MISSING, 'unreadable'], ['i-notes.md', 'unreadable']
		]);
		const values = (await readCsv(join(out, 'values.csv'))).rows;
		expect(values.length).toBeGreaterThan(5);
		expect(new Set(values.map((v) => v.report_id))).toEqual(new Set([reports[2].report_id]));
	});
});

describe('CSV and Parquet outputs', () => {
	it('round-trips commas, quotes, newlines and Chinese through the CSV writer', async () => {
		const { toCsv, parseCsv, WARNING_COLUMNS } = await import('../../scripts/lib/csv');
		const row = { report_id: 'r1', code: 'conflict', indicator: 'apply.received', message: '正文“未收到”, 表格 "110"\n第二行' };
		const text = toCsv(WARNING_COLUMNS, [row]);
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(parseCsv(text).rows).toEqual([row]);
	});

	it('writes Parquet copies with the same rows and typed numeric columns', async () => {
		const { writeOutputs } = await import('../../scripts/lib/output');
		const { DuckDBInstance } = await import('@duckdb/node-api');
		const out = join(dir, 'out-parquet');
		const run = await extractFiles([join(dir, 'j-sub'), join(dir, 'a-empty.txt')], { extractor: recordingExtractor(new Map()) });
		run.values.push({ report_id: '0123456789012345', indicator: 'active.total', value: 12.5, qualifier: 'exact', origin: 'prose', quote: 'a,"b"\nc', start: 3, end: 9 });
		await writeOutputs(out, run, { parquet: true });
		const instance = await DuckDBInstance.create(':memory:');
		const connection = await instance.connect();
		const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjects();
		expect(await query(`SELECT count(*)::INT AS n FROM '${join(out, 'reports.parquet')}'`)).toEqual([{ n: 2 }]);
		const [value] = await query(`SELECT report_id, value, quote, "end" FROM '${join(out, 'values.parquet')}'`);
		expect(value).toEqual({ report_id: '0123456789012345', value: 12.5, quote: 'a,"b"\nc', end: 9 });
		connection.closeSync();
		instance.closeSync();
	});
});

describe('town_id', () => {
	it('is the gazetteer code when the town resolved', async () => {
		const { townId } = await import('../../src/lib/contract/town-key');
		expect(townId({ town: '松山镇', county: '磐石市', province: '吉林省', town_code: '220284108' })).toBe('220284108');
	});

	it('else joins province/county/town without 人民政府 or 办事处, and is empty without a town', async () => {
		const { townId } = await import('../../src/lib/contract/town-key');
		expect(townId({ town: '青石镇人民政府', county: '某 县', province: '某省', town_code: '' })).toBe('某省/某县/青石镇');
		expect(townId({ town: '城关街道办事处', county: '', province: '', town_code: '' })).toBe('//城关街道');
		expect(townId({ town: '', county: '某县', province: '某省', town_code: '' })).toBe('');
	});
});
