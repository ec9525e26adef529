// From the national facts (scale/facts.ts) to the `scale` dataset the browser and cluster engines
// read (docs/scale-layout.md): the contract's tables as Hive trees by province (one file per
// province and table: the browser fetches one province at a time, Spark and DuckDB read the tree as
// one table), the gazetteer's towns, summaries per region level, and each indicator's values for
// every town. Every derived file's columns and types come from src/lib/contract/tables.ts.
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SUMMARY_TABLE, TOWN_LIST_TABLE, TOWN_VALUE_TABLE, type Column } from '../../src/lib/contract/tables';
import { READABLE_STATUSES } from '../../src/lib/contract/codes';
import { toCsv } from '../lib/csv';
import { readGazetteerData } from '../lib/gazetteer-node';
import { sqlString, withDuckDb } from '../lib/parquet';
import { hiveValue, installPartitioned, PARTITIONED_TABLES, writePartitioned } from '../lib/partition';
import { nationalRegions } from './regions';

export const FACTS_TAG = 'part-1-of-1';
export const LEVELS = ['country', 'province', 'city', 'county'] as const;
type Level = (typeof LEVELS)[number];

/** the SQL expression of each level's key over a town code column */
const keyOf = (level: Level, code: string): string =>
	level === 'country' ? "''" : `substr(${code}, 1, ${{ province: 2, city: 4, county: 6 }[level]})`;

/** `expr AS name` for each column, cast to the contract's type, in the contract's order. */
const typedSelect = (columns: readonly Column[], exprs: Record<string, string> = {}) =>
	columns.map((c) => `CAST(${exprs[c.name] ?? `"${c.name}"`} AS ${c.type}) AS "${c.name}"`).join(', ');

const parquet = (path: string, rowGroup?: number) => `${sqlString(path)} (FORMAT parquet${rowGroup ? `, ROW_GROUP_SIZE ${rowGroup}` : ''})`;

/** Writes the gazetteer's towns where DuckDB reads them (CSV; an empty city, as the extractor gives it, reads as NULL). */
async function writeGazetteerCsv(staging: string): Promise<void> {
	const towns = readGazetteerData().towns.map((t) => ({ code: t.code, name: t.name, county: t.county, city: t.city, province: t.province }));
	await writeFile(join(staging, 'gazetteer.csv'), toCsv(['code', 'name', 'county', 'city', 'province'] as const, towns));
}

async function loadTables(db: DuckDBConnection, out: string, staging: string, provinces: readonly string[]): Promise<void> {
	const text = (file: string) => `read_csv(${sqlString(join(staging, file))}, header = true, all_varchar = true)`;
	// the built provinces' towns only: a partial build counts its own units
	await db.run(`CREATE TABLE gaz AS SELECT * FROM ${text('gazetteer.csv')} WHERE substr(code, 1, 2) IN (${provinces.map(sqlString).join(', ')})`);
	// inserted as values, not read from CSV: the country's key is '' (the prefix of every code), not NULL
	const regions = nationalRegions().map((r) => `(${[r.level, r.key, r.name, r.parent_key, r.province_key].map(sqlString).join(', ')})`);
	await db.run(`CREATE TABLE regions AS SELECT * FROM (VALUES ${regions.join(', ')}) t(level, key, name, parent_key, province_key)`);
	await db.run(`UPDATE regions SET parent_key = NULL, province_key = NULL WHERE level = 'country'`);
	const tree = (table: string) => `read_parquet(${sqlString(join(out, table, '**', '*.parquet'))}, hive_partitioning = true)`;
	const readable = READABLE_STATUSES.map(sqlString).join(', ');
	await db.run(`CREATE TABLE rep AS SELECT report_id, town_id, year FROM ${tree('reports')} WHERE status IN (${readable}) AND town_id IS NOT NULL`);
	// every stated value with its town and year, in indicator order: each indicator's file and each
	// summary group then reads contiguous rows
	await db.run(`CREATE TABLE tv AS SELECT v.indicator, r.town_id, r.year, v.value, v.qualifier
		FROM ${tree('values')} v JOIN rep r USING (report_id) WHERE v.value IS NOT NULL ORDER BY v.indicator, r.year, r.town_id`);
	const texts = (await readdir(join(out, 'texts')).catch(() => [] as string[])).map((f) => f.replace(/\.txt$/, ''));
	await db.run('CREATE TABLE shipped (report_id VARCHAR)');
	if (texts.length > 0) await db.run(`INSERT INTO shipped VALUES ${texts.map((id) => `(${sqlString(id)})`).join(', ')}`);
}

async function writeTownList(db: DuckDBConnection, out: string): Promise<void> {
	const select = typedSelect(TOWN_LIST_TABLE, {
		town_id: 'g.code', town: 'g.name', county_key: 'substr(g.code, 1, 6)', city_key: 'substr(g.code, 1, 4)', province_key: 'substr(g.code, 1, 2)',
		county: 'g.county', city: 'g.city', province: 'g.province', first_year: 'r.first_year', last_year: 'r.last_year',
		reports: 'coalesce(r.reports, 0)', texts: 'coalesce(r.texts, 0)'
	});
	await db.run(`COPY (SELECT ${select} FROM gaz g LEFT JOIN (
		SELECT town_id, min(year) AS first_year, max(year) AS last_year, count(*) AS reports, count(s.report_id) AS texts
		FROM rep LEFT JOIN shipped s USING (report_id) GROUP BY town_id) r ON r.town_id = g.code ORDER BY g.code) TO ${parquet(join(out, 'towns.parquet'))}`);
}

async function writeSummary(db: DuckDBConnection, out: string, level: Level): Promise<void> {
	const select = typedSelect(SUMMARY_TABLE, {
		level: 'n.level', key: 's.key', name: 'n.name', parent_key: 'n.parent_key', province_key: 'n.province_key', year: 's.year',
		indicator: 's.indicator', towns: 's.towns', reporting: 'coalesce(c.reporting, 0)', units: 'u.units', sum: 's.sum',
		mean: 's.sum / s.towns', min: 's.min', p25: 's.p25', median: 's.median', p75: 's.p75', max: 's.max',
		approx: 's.approx', at_least: 's.at_least', zero: 's.zero'
	});
	await db.run(`COPY (
		SELECT ${select} FROM (
			SELECT ${keyOf(level, 'town_id')} AS key, year, indicator, count(*) AS towns, sum(value) AS sum, min(value) AS min,
				quantile_cont(value, 0.25) AS p25, median(value) AS median, quantile_cont(value, 0.75) AS p75, max(value) AS max,
				count(*) FILTER (qualifier = 'approx') AS approx, count(*) FILTER (qualifier = 'at_least') AS at_least,
				count(*) FILTER (value = 0) AS zero
			FROM tv GROUP BY ALL) s
		JOIN regions n ON n.level = ${sqlString(level)} AND n.key = s.key
		JOIN (SELECT ${keyOf(level, 'code')} AS key, count(*) AS units FROM gaz GROUP BY ALL) u ON u.key = s.key
		LEFT JOIN (SELECT ${keyOf(level, 'town_id')} AS key, year, count(DISTINCT town_id) AS reporting FROM rep GROUP BY ALL) c
			ON c.key = s.key AND c.year = s.year
		ORDER BY s.key, s.indicator, s.year
	) TO ${parquet(join(out, 'summary', `${level}.parquet`), 20_480)}`);
}

async function writeTownValues(db: DuckDBConnection, out: string): Promise<string[]> {
	const indicators = (await (await db.runAndReadAll('SELECT DISTINCT indicator FROM tv ORDER BY 1')).getRowObjectsJS()).map((r) => String(r.indicator));
	for (const id of indicators) {
		// one file per indicator, years in order: a ranking reads one file, a year's rows sit together
		const dir = join(out, 'town_values', `indicator=${hiveValue(id)}`);
		await mkdir(dir, { recursive: true });
		await db.run(`COPY (SELECT ${typedSelect(TOWN_VALUE_TABLE)} FROM tv WHERE indicator = ${sqlString(id)} ORDER BY year, town_id) TO ${parquet(join(dir, `${FACTS_TAG}.parquet`), 51_200)}`);
	}
	return indicators;
}

/** Builds the dataset in `out` from the facts in `factsDir`; returns each step's seconds. */
export async function buildLayout(factsDir: string, out: string, provinces: readonly string[]): Promise<Record<string, number>> {
	const timings: Record<string, number> = {};
	let clock = performance.now();
	const lap = (name: string) => {
		timings[name] = (performance.now() - clock) / 1000;
		clock = performance.now();
	};
	const staging = join(out, '.staging');
	await rm(staging, { recursive: true, force: true });
	for (const dir of [...PARTITIONED_TABLES, 'summary', 'town_values', 'towns.parquet']) await rm(join(out, dir), { recursive: true, force: true });
	await rm(join(out, 'texts'), { recursive: true, force: true });
	await rename(join(factsDir, 'texts'), join(out, 'texts')).catch(() => undefined);
	const csv = (table: string) => provinces.map((code) => join(factsDir, 'provinces', code, `${table}.csv`));
	await mkdir(join(staging, 'trees'), { recursive: true });
	await writePartitioned({ reports: csv('reports'), values: csv('values'), warnings: csv('warnings') }, join(staging, 'trees'), ['province'], FACTS_TAG, '4GB');
	await installPartitioned(join(staging, 'trees'), out, FACTS_TAG);
	lap('facts → Parquet');
	await writeGazetteerCsv(staging);
	await mkdir(join(out, 'summary'), { recursive: true });
	await withDuckDb(
		async (db) => {
			await loadTables(db, out, staging, provinces);
			lap('load');
			await writeTownList(db, out);
			for (const level of LEVELS) await writeSummary(db, out, level);
			lap('towns + summaries');
			await writeTownValues(db, out);
			lap('town_values');
		},
		{ memoryLimit: '6GB', tempDir: join(staging, 'spill') }
	);
	await rm(staging, { recursive: true, force: true });
	return timings;
}

/** Bytes of a file, for the manifest. */
export const sizeOf = async (path: string): Promise<number> => (await stat(path)).size;
