// --shard, --jobs and --partition (issue 17): a run split into shards, or spread over worker threads,
// gives the same rows as one run; the partitioned Parquet reads back in DuckDB (hive_partitioning)
// with the CSVs' rows and the contract's types; bad values are usage errors before any work.
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryDuck, type MemoryDuck } from '../fixtures/duck/memory';
import { generateCorpus } from '../../scripts/generator/index';
import { readGazetteerExtra } from '../../scripts/lib/gazetteer-extra';
import { loadExtractor, type LoadedExtractor } from '../../scripts/lib/load-extractor';
import { RunOutputs } from '../../scripts/lib/output';
import { runPipeline, type RunOptions } from '../../scripts/lib/pipeline';
import { hiveSegment } from '../../scripts/lib/partition';
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE } from '../../src/lib/contract/tables';
import type { GazetteerTown } from '../../src/lib/extract/types';
import { cli } from '../fixtures/cli/spawn';

let dir: string;
let corpus: string;
let extra: GazetteerTown[];
let loaded: LoadedExtractor;
let duck: MemoryDuck;

const TABLES = ['reports', 'values', 'warnings'] as const;
const CONTRACT = { reports: REPORT_TABLE, values: VALUE_TABLE, warnings: WARNING_TABLE };

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-shard-'));
	corpus = join(dir, 'corpus');
	await generateCorpus({ towns: 4, from: 2016, to: 2021, seed: 1717, outDir: corpus });
	const reports = join(corpus, 'reports');
	// inputs a shard must place as the unsharded run does: a copy (the duplicate check), an empty
	// file (keyed by its path), a binary file (unreadable, keyed by its bytes)
	const first = readdirSync(reports).sort()[0];
	copyFileSync(join(reports, first), join(reports, `zz-copy-of-${first}`));
	writeFileSync(join(reports, 'zz-empty.txt'), '');
	writeFileSync(join(reports, 'zz-binary.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
	const towns = await readGazetteerExtra(join(corpus, 'gazetteer-extra.csv'));
	if (!towns.ok) throw new Error(towns.error);
	extra = towns.towns;
	loaded = await loadExtractor(extra);
	duck = await memoryDuck();
});

afterAll(() => {
	duck?.close();
	rmSync(dir, { recursive: true, force: true });
});

const rows = (sql: string) => duck.rows(sql);
const count = async (from: string) => Number((await rows(`SELECT count(*) AS n FROM ${from}`))[0].n);
const csvOf = (path: string) => `read_csv('${path}', header = true, all_varchar = true)`;
const hive = (out: string, table: string, file = '*') =>
	`read_parquet('${out}/${table}/**/${file}.parquet', hive_partitioning = true, hive_types = {'year': INTEGER})`;
/** rows in one and not the other, both ways (multisets: a duplicated row counts) */
const difference = async (a: string, b: string) => (await count(`(FROM ${a} EXCEPT ALL FROM ${b})`)) + (await count(`(FROM ${b} EXCEPT ALL FROM ${a})`));

async function run(out: string, options: Partial<RunOptions> & { partition?: boolean } = {}): Promise<void> {
	const { partition, ...runOptions } = options;
	const outputs = await RunOutputs.open(out, { parquet: partition, partition: partition ? ['province', 'year'] : [], shard: runOptions.shard });
	await runPipeline([join(corpus, 'reports')], { ...loaded, ...runOptions }, outputs);
	await outputs.finish();
}

describe('--shard i/n', () => {
	it('4 shards in one folder give the rows of the unsharded run, each input once', async () => {
		const whole = join(dir, 'whole');
		const shards = join(dir, 'shards');
		await run(whole, { partition: true });
		for (let index = 1; index <= 4; index++) await run(shards, { shard: { index, count: 4 }, partition: true });
		expect(readdirSync(shards).filter((f) => f.startsWith('reports')).sort()).toEqual([
			'reports', 'reports.part-1-of-4.csv', 'reports.part-2-of-4.csv', 'reports.part-3-of-4.csv', 'reports.part-4-of-4.csv'
		]);
		const sizes = await Promise.all([1, 2, 3, 4].map((i) => count(csvOf(join(shards, `reports.part-${i}-of-4.csv`)))));
		expect(sizes.every((n) => n > 0)).toBe(true);
		for (const table of TABLES) {
			const one = csvOf(join(whole, `${table}.csv`));
			expect(await count(one)).toBeGreaterThan(table === 'warnings' ? 2 : 20);
			expect(await difference(one, csvOf(join(shards, `${table}.part-*-of-4.csv`)))).toBe(0);
			expect(await difference(hive(whole, table), hive(shards, table))).toBe(0);
		}
		// the copy and the unreadable inputs are there once, as in the unsharded run
		const reports = await rows(`SELECT source, status FROM ${csvOf(join(shards, 'reports.part-*-of-4.csv'))} WHERE source LIKE 'zz-%' ORDER BY source`);
		expect(reports.map((r) => r.status)).toEqual(['unreadable', 'ok', 'unreadable']);
	});

	it('a later run replaces the folder’s earlier outputs, sharded or not, and keeps its sibling shards', async () => {
		const out = join(dir, 'replace');
		await run(out, { partition: true });
		await run(out, { shard: { index: 1, count: 2 }, partition: true });
		await run(out, { shard: { index: 2, count: 2 }, partition: true });
		const files = readdirSync(out, { recursive: true }).map(String);
		expect(files.some((f) => f.endsWith('part-1-of-1.parquet') || f === 'reports.csv')).toBe(false);
		expect(files.filter((f) => /^reports\.part-\d-of-2\.csv$/.test(f))).toHaveLength(2);
		expect(await count(hive(out, 'reports'))).toBe(await count(csvOf(join(dir, 'whole', 'reports.csv'))));
		await run(out);
		expect(readdirSync(out).sort()).toEqual(['reports.csv', 'values.csv', 'warnings.csv']);
	});
});

describe('--jobs N', () => {
	it('--jobs 2 (the main thread and a worker thread) writes the rows of 1, in the same order', async () => {
		const one = join(dir, 'jobs1');
		const two = join(dir, 'jobs2');
		await run(one);
		await run(two, { workers: { jobs: 2, extraTowns: extra } });
		for (const table of TABLES) {
			const [a, b] = [one, two].map((o) => rows(`SELECT * FROM ${csvOf(join(o, `${table}.csv`))}`));
			expect(await b).toEqual(await a);
		}
	});

	it('the command with --shard, --jobs and --partition writes the same shard as the library', async () => {
		const out = join(dir, 'cli-shard');
		const child = cli(join(corpus, 'reports'), '--out', out, '--shard', '3/4', '--jobs', '2', '--format', 'parquet', '--partition', 'province,year', '--gazetteer-extra', join(corpus, 'gazetteer-extra.csv'));
		expect(child.stderr).toBe('');
		expect([0, 1]).toContain(child.status); // 1 when the empty or the binary file falls in this shard
		expect(child.stdout).toMatch(/\[part-3-of-4\] .*files/);
		expect(child.stdout).toMatch(/\d+ reports\/s \(2 threads; \d+ per CPU-second\), peak memory [\d.]+ GB/);
		for (const table of TABLES) {
			expect(await difference(hive(out, table), hive(join(dir, 'shards'), table, 'part-3-of-4'))).toBe(0);
			expect(await difference(csvOf(join(out, `${table}.part-3-of-4.csv`)), csvOf(join(dir, 'shards', `${table}.part-3-of-4.csv`)))).toBe(0);
		}
	});

	it.each([
		[['--shard', '3/2'], '--shard'],
		[['--shard', 'x'], '--shard'],
		[['--shard', '0/4'], '--shard'],
		[['--jobs', '0'], '--jobs'],
		[['--jobs', '1.5'], '--jobs'],
		[['--partition', 'county', '--format', 'parquet'], '--partition'],
		[['--partition', 'province'], '--format parquet']
	])('%j is a usage error before any work (exit 2, both languages)', (args, names) => {
		const out = join(dir, `never-${args.join('')}`.replace(/[^\w-]/g, '_'));
		const child = cli(corpus, '--out', out, ...args);
		expect(child.status).toBe(2);
		expect(child.stderr).toContain(names);
		expect(child.stderr).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z-]/);
		expect(existsSync(out)).toBe(false);
	});
});

describe('--partition province,year', () => {
	it('reads back in DuckDB (hive_partitioning) with the CSVs’ rows and the contract’s types', async () => {
		const out = join(dir, 'whole');
		for (const table of TABLES) {
			const described = await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${hive(out, table)})`);
			// the files hold the contract's other columns; the partition columns come from the path, last
			const inFiles = CONTRACT[table].filter((c) => c.name !== 'province' && c.name !== 'year');
			expect(described).toEqual([
				...inFiles.map((c) => ({ column_name: c.name, column_type: c.type })),
				{ column_name: 'province', column_type: 'VARCHAR' },
				{ column_name: 'year', column_type: 'INTEGER' }
			]);
			const contract = CONTRACT[table].map((c) => `TRY_CAST(NULLIF("${c.name}", '') AS ${c.type}) AS "${c.name}"`).join(', ');
			const typedCsv = `(SELECT ${contract} FROM ${csvOf(join(out, `${table}.csv`))})`;
			const columns = CONTRACT[table].map((c) => `"${c.name}"`).join(', ');
			expect(await count(hive(out, table))).toBe(await count(typedCsv));
			expect(await difference(`(SELECT ${columns} FROM ${hive(out, table)})`, typedCsv)).toBe(0);
		}
		// every partition is a raw UTF-8 Hive directory, unreadable inputs under the default partition
		const dirs = readdirSync(join(out, 'reports'));
		expect(dirs).toContain('province=__HIVE_DEFAULT_PARTITION__');
		expect(dirs.filter((d) => d !== 'province=__HIVE_DEFAULT_PARTITION__').every((d) => /^province=[\u4e00-\u9fff]+省$/.test(d))).toBe(true);
	});

	it('writes an empty table as one empty file with the table’s columns', async () => {
		const out = join(dir, 'no-warnings');
		const outputs = await RunOutputs.open(out, { parquet: true, partition: ['province', 'year'] });
		await runPipeline([join(corpus, 'reports', readdirSync(join(corpus, 'reports')).sort()[1])], loaded, outputs);
		await outputs.finish();
		expect(await count(hive(out, 'warnings'))).toBe(0);
		const described = await rows(`SELECT column_name FROM (DESCRIBE SELECT * FROM ${hive(out, 'warnings')})`);
		expect(described.map((c) => c.column_name)).toEqual(['report_id', 'code', 'indicator', 'message', 'province', 'year']);
		expect(await count(hive(out, 'values'))).toBeGreaterThan(5);
	});

	it('names directories as Hive and Spark do: raw UTF-8, with Hive’s escapes', () => {
		expect(hiveSegment('province=%E6%B1%9F%E8%A5%BF%E7%9C%81')).toBe('province=江西省');
		expect(hiveSegment('province=a%2Fb%3Dc')).toBe('province=a%2Fb%3Dc');
		expect(hiveSegment('province=50%25')).toBe('province=50%25');
		expect(hiveSegment('year=__HIVE_DEFAULT_PARTITION__')).toBe('year=__HIVE_DEFAULT_PARTITION__');
	});
});
