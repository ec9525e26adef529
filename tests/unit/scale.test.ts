// The national-scale dataset (issue 17) on one small province and three years: the command builds
// every file the manifest names, with the contract's types; facts, town list, summaries and
// per-indicator values agree with each other; the sampled texts are the facts' reports (ids,
// quotes) and the CLI reads them back into the same towns and values.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDuck, type MemoryDuck } from '../fixtures/duck/memory';
import { nationalRegion } from '../../scripts/generator/national';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { extractFiles } from '../../scripts/lib/pipeline';
import { REPORT_TABLE, SUMMARY_TABLE, TOWN_LIST_TABLE, TOWN_VALUE_TABLE, VALUE_TABLE, type Column } from '../../src/lib/contract/tables';

let dir: string;
let out: string;
let build: ReturnType<typeof spawnSync>;
let duck: MemoryDuck;

const tsx = (script: string, ...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 240_000 });

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-scale-'));
	out = join(dir, 'scale');
	// Shanghai (234 units) over three years: the smallest build that has every file
	build = tsx('scripts/scale.ts', '--out', out, '--provinces', '31', '--years', '2019-2021', '--texts', '3', '--jobs', '1');
	duck = await memoryDuck();
});

afterAll(() => {
	duck?.close();
	rmSync(dir, { recursive: true, force: true });
});

const rows = (sql: string) => duck.rows(sql);
const one = async (sql: string) => Number(Object.values((await rows(sql))[0])[0]);
// one file, read as itself: DuckDB would otherwise take `indicator=…` in its path as a column
const file = (path: string) => `read_parquet('${join(out, path)}', hive_partitioning = false)`;
const tree = (table: string) => `read_parquet('${out}/${table}/**/*.parquet', hive_partitioning = true)`;
const schema = async (from: string) => (await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${from})`)).map((r) => `${r.column_name} ${r.column_type}`);
const contract = (cols: readonly Column[]) => cols.map((c) => `${c.name} ${c.type}`);

interface FileRef {
	path: string;
	href: string;
	bytes: number;
}
const manifest = () => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

describe('npm run data:scale', () => {
	it('builds one province and says how long it took', () => {
		expect(build.stderr).toBe('');
		expect(build.status).toBe(0);
		expect(build.stdout).toMatch(/done: \d+ reports → .* MB of Parquet\); facts [\d.]+ s, layout [\d.]+ s .* total [\d.]+ s, peak memory/);
		expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual(['browser', 'manifest.json', 'reports', 'summary', 'texts', 'town_values', 'towns.parquet', 'values', 'warnings']);
		// the database files the browser attaches (src/lib/server/scale-files.ts)
		expect(readdirSync(join(out, 'browser')).sort()).toEqual(['first.duckdb', 'index.json', 'p31-detail.duckdb', 'p31.duckdb', 'tv']);
	});

	it('names every file in the manifest with its size and URL', () => {
		const m = manifest();
		const refs: FileRef[] = [m.files.towns, ...Object.values(m.files.summary), ...Object.values(m.files.town_values), ...Object.values(m.provinces[0].files)] as FileRef[];
		for (const ref of refs) {
			expect(statSync(join(out, ref.path)).size).toBe(ref.bytes);
			expect(decodeURIComponent(ref.href)).toBe(ref.path);
		}
		expect(m.provinces.map((p: { key: string; name: string }) => [p.key, p.name])).toEqual([['31', '上海市']]);
		expect(m.provinces[0].files.values.path).toBe('values/province=上海市/part-1-of-1.parquet');
		expect(Object.keys(m.files.town_values)).toContain('active.total');
	});

	it('writes the contract’s types (src/lib/contract/tables.ts) in every file', async () => {
		expect(await schema(file('towns.parquet'))).toEqual(contract(TOWN_LIST_TABLE));
		for (const level of ['country', 'province', 'city', 'county']) expect(await schema(file(`summary/${level}.parquet`))).toEqual(contract(SUMMARY_TABLE));
		expect(await schema(file('town_values/indicator=active.total/part-1-of-1.parquet'))).toEqual(contract(TOWN_VALUE_TABLE));
		expect(await schema(tree('values'))).toEqual([...contract(VALUE_TABLE), 'province VARCHAR']);
		expect(await schema(tree('reports'))).toEqual([...contract(REPORT_TABLE.filter((c) => c.name !== 'province')), 'province VARCHAR']);
	});

	it('has real gazetteer codes as town ids, one report per town and year', async () => {
		const m = manifest();
		expect(await one(`SELECT count(*) FROM ${file('towns.parquet')}`)).toBe(234);
		expect(await one(`SELECT count(*) FROM ${tree('reports')} WHERE NOT regexp_matches(town_id, '^31[0-9]{7}$')`)).toBe(0);
		expect(await one(`SELECT count(*) FROM (SELECT town_id, year FROM ${tree('reports')} GROUP BY ALL HAVING count(*) > 1)`)).toBe(0);
		expect(await one(`SELECT count(*) FROM ${tree('reports')}`)).toBe(m.counts.reports);
		expect(await one(`SELECT sum(reports) FROM ${file('towns.parquet')}`)).toBe(m.counts.reports);
		expect(await one(`SELECT count(*) FROM ${tree('values')}`)).toBe(m.counts.values);
		expect(await one(`SELECT count(*) FROM read_parquet('${out}/town_values/**/*.parquet')`)).toBe(m.counts.values);
		// the merger dynamics reach the real towns: some stop reporting before the last year
		expect(await one(`SELECT count(*) FROM ${file('towns.parquet')} WHERE last_year < 2021`)).toBeGreaterThan(0);
	});

	it('summarises each level from the same values: towns, sums, medians, coverage', async () => {
		const facts = `(SELECT v.indicator, r.town_id, r.year, v.value FROM ${tree('values')} v JOIN ${tree('reports')} r USING (report_id))`;
		const expected = await rows(`SELECT substr(town_id, 1, 6) AS key, year, count(*)::INT AS towns, sum(value) AS sum, median(value) AS median
			FROM ${facts} WHERE indicator = 'active.total' GROUP BY ALL ORDER BY key, year`);
		const county = await rows(`SELECT key, year, towns, sum, median FROM ${file('summary/county.parquet')} WHERE indicator = 'active.total' ORDER BY key, year`);
		expect(county).toEqual(expected);
		const country = await rows(`SELECT key, name, year, towns, reporting, units FROM ${file('summary/country.parquet')} WHERE indicator = 'apply.received' ORDER BY year`);
		expect(country.map((r) => [r.key, r.name, r.units])).toEqual([['', '全国', 234], ['', '全国', 234], ['', '全国', 234]]);
		for (const r of country) expect(r.reporting).toBe(await one(`SELECT count(*) FROM ${tree('reports')} WHERE year = ${r.year}`));
		// county keys are 6-digit prefixes whose parent is their city's key
		expect(await one(`SELECT count(*) FROM ${file('summary/county.parquet')} WHERE parent_key <> substr(key, 1, 4) OR province_key <> '31'`)).toBe(0);
	});

	it('ships texts whose ids, hashes and quotes are the facts’', async () => {
		const texts = readdirSync(join(out, 'texts'));
		expect(texts.length).toBeGreaterThanOrEqual(6);
		for (const name of texts) {
			const bytes = readFileSync(join(out, 'texts', name));
			const id = name.replace(/\.txt$/, '');
			expect(createHash('sha256').update(bytes).digest('hex').slice(0, 16)).toBe(id);
			const text = bytes.toString('utf8');
			const values = await rows(`SELECT quote, start, "end" FROM ${tree('values')} WHERE report_id = '${id}'`);
			expect(values.length).toBeGreaterThan(5);
			for (const v of values) expect(text.slice(Number(v.start), Number(v.end))).toBe(v.quote);
		}
	});

	it('gives the texts to the CLI and gets the same towns and every value back', async () => {
		const run = await extractFiles([join(out, 'texts')], await loadExtractor());
		const facts = await rows(`SELECT report_id, town_id FROM ${tree('reports')} WHERE report_id IN (${run.reports.map((r) => `'${r.report_id}'`).join(', ')})`);
		expect(new Map(run.reports.map((r) => [r.report_id, r.town_id]))).toEqual(new Map(facts.map((r) => [r.report_id, r.town_id])));
		const extracted = new Set(run.values.map((v) => `${v.report_id} ${v.indicator} ${Number(v.value)} ${v.qualifier}`));
		const stated = await rows(`SELECT report_id, indicator, value, qualifier FROM ${tree('values')} WHERE report_id IN (${run.reports.map((r) => `'${r.report_id}'`).join(', ')})`);
		expect(stated.filter((v) => !extracted.has(`${v.report_id} ${v.indicator} ${v.value} ${v.qualifier}`))).toEqual([]);
	});
});

describe('the national region', () => {
	it('gives a province the same towns whether it is built alone or with others', () => {
		const alone = nationalRegion({ seed: 5, from: 2014, to: 2025, provinces: ['64'] });
		const together = nationalRegion({ seed: 5, from: 2014, to: 2025, provinces: ['63', '64'] }).filter((t) => t.code!.startsWith('64'));
		const shape = (t: (typeof alone)[number]) => [t.code, t.name.name, t.size, t.diligence, t.mergedInto?.town.code, [...t.skipYears]];
		expect(together.map(shape)).toEqual(alone.map(shape));
		expect(alone.length).toBe(259);
	});

	it('refuses unknown provinces and bad values before any work (exit 2, both languages)', () => {
		for (const args of [['--provinces', '99'], ['--texts', '-1'], ['--jobs', '0'], ['--years', '2030-2014']]) {
			const run = tsx('scripts/generate.ts', '--national', '--out', join(dir, 'never'), ...args);
			expect(run.status).toBe(2);
			expect(run.stderr).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z-]/);
		}
	});
});
