// Issue 17 on the shipped demo corpus (data/reports/demo, 690 reports; the small fixture `npm test`
// partitions, not the national dataset): four `--shard i/4` runs into one folder hold the very
// lines of the unsharded run (same bytes once each file's lines are sorted), and the partitioned
// Parquet, read back with hive_partitioning, has the rows and types of the CSVs as the browser
// loads them (src/lib/server/duckdb-node.ts, the browser's own load SQL).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGazetteerExtra } from '../../scripts/lib/gazetteer-extra';
import { loadExtractor, type LoadedExtractor } from '../../scripts/lib/load-extractor';
import { RunOutputs } from '../../scripts/lib/output';
import { runPipeline } from '../../scripts/lib/pipeline';
import type { Shard } from '../../scripts/lib/cli-flags';
import { openDataset, type NodeDb } from '../../src/lib/server/duckdb-node';
import { CSV_FILE, DATASET_TABLES, SCHEMAS } from '../../src/lib/db/schema';

const DEMO = 'data/reports/demo';
const TABLES = ['reports', 'values', 'warnings'] as const;

let dir: string;
let loaded: LoadedExtractor;
let db: NodeDb;

async function run(out: string, shard?: Shard): Promise<void> {
	const outputs = await RunOutputs.open(out, { parquet: true, partition: ['province', 'year'], shard });
	await runPipeline([join(DEMO, 'reports')], { ...loaded, shard }, outputs);
	await outputs.finish();
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-demo-shards-'));
	const extra = await readGazetteerExtra(join(DEMO, 'gazetteer-extra.csv'));
	if (!extra.ok) throw new Error(extra.error);
	loaded = await loadExtractor(extra.towns);
	await run(join(dir, 'whole'));
	for (let index = 1; index <= 4; index++) await run(join(dir, 'shards'), { index, count: 4 });
	db = await openDataset(join(dir, 'whole'), 'data/indicators.csv', 'demo');
}, 240_000);

afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** A CSV's data lines (BOM and header off), sorted: the bytes a row order cannot change. */
const sortedLines = (...paths: string[]): string =>
	paths
		.flatMap((p) => readFileSync(p, 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1))
		.filter((line) => line !== '')
		.sort()
		.join('\n');

const rows = async (sql: string) => db.run(sql, []);
const count = async (from: string) => Number((await rows(`SELECT count(*) AS n FROM ${from}`))[0].n);
const tree = (table: string) =>
	`read_parquet('${join(dir, 'whole', table)}/**/*.parquet', hive_partitioning = true, hive_types = {'year': INTEGER})`;

describe('the demo corpus in 4 shards', () => {
	it.each(TABLES)('%s: the shards’ lines are the unsharded run’s, byte for byte after sorting', (table) => {
		const shards = [1, 2, 3, 4].map((i) => join(dir, 'shards', `${table}.part-${i}-of-4.csv`));
		const whole = sortedLines(join(dir, 'whole', `${table}.csv`));
		expect(whole.split('\n').length).toBeGreaterThan(table === 'warnings' ? 10 : 600);
		expect(sortedLines(...shards)).toBe(whole);
	});

	it('splits the reports between the shards, every shard its share', () => {
		const sizes = [1, 2, 3, 4].map((i) => sortedLines(join(dir, 'shards', `reports.part-${i}-of-4.csv`)).split('\n').length);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(690);
		// a hash split of 690 inputs: each share is far from empty and far from all
		for (const n of sizes) expect(n).toBeGreaterThan(100);
	});
});

describe('the demo corpus as Hive-partitioned Parquet', () => {
	it.each(DATASET_TABLES)('%s reads back with the rows and types of the CSV as the browser loads it', async (table) => {
		const file = CSV_FILE[table].replace(/\.csv$/, '');
		const columns = SCHEMAS[table].map((c) => `"${c.name}"`).join(', ');
		const parquet = `(SELECT ${columns} FROM ${tree(file)})`;
		expect(await count(parquet)).toBe(await count(table));
		expect(await count(table)).toBeGreaterThan(10);
		const typesOf = async (from: string) => (await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${from})`)).map((r) => `${r.column_name} ${r.column_type}`);
		expect(await typesOf(parquet)).toEqual(await typesOf(table));
		expect(await typesOf(table)).toEqual(SCHEMAS[table].map((c) => `${c.name} ${c.type}`));
		// the same rows both ways, as multisets
		expect(await count(`(FROM ${parquet} EXCEPT ALL FROM ${table})`)).toBe(0);
		expect(await count(`(FROM ${table} EXCEPT ALL FROM ${parquet})`)).toBe(0);
	});

	it('prunes to one province and year by the directory names alone', async () => {
		const [{ province, year, n }] = await rows(`SELECT province, year, count(*) AS n FROM reports WHERE status = 'ok' GROUP BY ALL ORDER BY n DESC, province, year LIMIT 1`);
		const one = `read_parquet('${join(dir, 'whole', 'reports', `province=${province}`, `year=${year}`)}/*.parquet')`;
		expect(await count(one)).toBe(Number(n));
		expect(await count(`${tree('reports')} WHERE province = '${province}' AND year = ${year}`)).toBe(Number(n));
	});
});
