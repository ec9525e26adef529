// The SQL that opens the national `scale` dataset (docs/scale-layout.md) in parts: the town list and
// the summaries for the first view, then one province's facts with the very tables every view
// queries (`reports`, `vals`, `warnings`, `town_reports`, `town_values`, next to the national
// `towns`, `regions`, `summary`). DuckDB-WASM 1.32 has no Parquet reader built in (it would fetch the
// extension from the internet), so the Parquet is turned once into DuckDB database files
// (server/scale-files.ts) that the browser attaches by URL and range-reads; the Node tests open the
// same files the same way. Pure text from whitelisted names and escaped file names.
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '$lib/contract/tables';
import { factTablesSql, ident, literal, regionsSql } from './load-sql';

/** A province key of the gazetteer (two digits): the only thing that names a province schema. */
export const isProvinceKey = (key: string): boolean => /^[0-9]{2}$/.test(key);

/** The files a schema reads (DuckDB file names: paths in Node, registered names in the browser). */
export interface ScaleBaseFiles {
	towns: string;
	/** summary/country.parquet and summary/province.parquet */
	summaries: string[];
}

export interface ProvinceFiles {
	reports: string;
	values: string;
	/** absent for a province without warnings */
	warnings: string | null;
}

const parquet = (file: string) => `read_parquet(${literal(file)}, hive_partitioning = false)`;
const files = (list: string[]) => `read_parquet([${list.map(literal).join(', ')}], hive_partitioning = false, union_by_name = true)`;

/**
 * The first view's tables: `towns` (every township-level unit, keyed and sorted by code, so search
 * and lookups run in DuckDB), `regions` from it, and `summary` (country and province rows).
 */
export function scaleBaseSql(schema: string, f: ScaleBaseFiles): string[] {
	const s = ident(schema);
	return [
		`CREATE SCHEMA IF NOT EXISTS ${s}`,
		`CREATE OR REPLACE TABLE ${s}.towns AS
SELECT town_id AS town_key, town, county, city, province, province_key, city_key, county_key,
	first_year, last_year, reports, count(*) OVER (PARTITION BY town) > 1 AS name_shared
FROM ${parquet(f.towns)} ORDER BY town_key`,
		regionsSql(schema),
		`CREATE OR REPLACE TABLE ${s}.summary AS SELECT * FROM ${files(f.summaries)} ORDER BY level, key, indicator, year`
	];
}

/** The contract's columns in order; `province` is the Hive directory, so it comes from the manifest. */
function typedSelect(cols: readonly Column[], fixed: Record<string, string>): string {
	return cols.map((c) => `CAST(${fixed[c.name] ?? ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`).join(', ');
}

/** One province's facts from its Parquet files into `schema` (then written to its browser file). */
export function scaleProvinceSql(schema: string, provinceName: string, f: ProvinceFiles): string[] {
	const s = ident(schema);
	const warnings = f.warnings
		? `SELECT ${typedSelect(WARNING_TABLE, {})} FROM ${parquet(f.warnings)}`
		: `SELECT ${typedSelect(WARNING_TABLE, Object.fromEntries(WARNING_TABLE.map((c) => [c.name, 'NULL'])))} WHERE false`;
	return [
		`CREATE SCHEMA IF NOT EXISTS ${s}`,
		`CREATE OR REPLACE TABLE ${s}.reports AS SELECT ${typedSelect(REPORT_TABLE, { province: literal(provinceName) })} FROM ${parquet(f.reports)}`,
		`CREATE OR REPLACE TABLE ${s}.vals AS SELECT ${typedSelect(VALUE_TABLE, {})} FROM ${parquet(f.values)}`,
		`CREATE OR REPLACE TABLE ${s}.warnings AS ${warnings}`,
		...factTablesSql(schema)
	];
}

/**
 * The browser's files, under the dataset's folder. DuckDB-WASM 1.32 downloads an attached database
 * file whole (one GET, no range reads), so the files are cut to what one step needs: the first
 * view; a province's facts as the charts read them; its reports, values and warnings with their
 * quotes (the Data and Report views only); one indicator's values for every town in one year.
 */
export const BROWSER_FILES = {
	dir: 'browser',
	index: 'browser/index.json',
	first: 'browser/first.duckdb',
	province: (key: string) => `browser/p${key}.duckdb`,
	detail: (key: string) => `browser/p${key}-detail.duckdb`,
	townValues: (indicator: string, year: number) => `browser/tv/${encodeURIComponent(indicator)}/${year}.duckdb`
} as const;

/** What browser/index.json lists (sizes for the benchmark and the status line). */
export interface BrowserIndex {
	first: number;
	provinces: Record<string, { name: string; bytes: number; detail: number }>;
	/** indicator → year → bytes */
	town_values: Record<string, Record<string, number>>;
}

/** The tables each browser file holds (the derived ones built once, by the same SQL as the CSV datasets'). */
export const FIRST_TABLES = ['towns', 'regions', 'summary'] as const;
export const PROVINCE_TABLES = ['town_reports', 'town_values'] as const;
export const DETAIL_TABLES = ['reports', 'vals', 'warnings'] as const;

/** Statements that read a province's reports, values or warnings themselves (its detail file). */
export const DETAIL_TABLE = /\b(FROM|JOIN)\s+(reports|vals|warnings)\b/i;

/** The alias of the attached file of one indicator's values for every town in one year (the national ranking's tables). */
export function townValuesAlias(indicator: string, year: number): string {
	if (!/^[a-z][a-z0-9_.]{0,60}$/.test(indicator) || !Number.isInteger(year)) throw new Error(`invalid indicator or year: ${indicator} ${year}`);
	return `scale_tv_${indicator.replaceAll('.', '__')}_${year}`;
}

/** Attaches a browser file read-only (`file`: a path in Node, a registered name in the browser). */
export const attachSql = (alias: string, file: string): string => `ATTACH IF NOT EXISTS ${literal(file)} AS ${ident(alias)} (READ_ONLY)`;

export const detachSql = (alias: string): string => `DETACH DATABASE IF EXISTS ${ident(alias)}`;

/** The first view's tables copied into memory (a few megabytes: town search and lists never wait on the network). */
export function firstViewSql(schema: string, alias: string): string[] {
	const [s, a] = [ident(schema), ident(alias)];
	return [`CREATE SCHEMA IF NOT EXISTS ${s}`, ...FIRST_TABLES.map((t) => `CREATE OR REPLACE TABLE ${s}.${t} AS SELECT * FROM ${a}.main.${t}`)];
}

/** The attached files' aliases for province `key`: its facts, and its detail. */
export function provinceAlias(base: string, key: string): string {
	if (!isProvinceKey(key)) throw new Error(`invalid province key: ${key}`);
	return `${base}_p${key}`;
}

export const detailAlias = (base: string, key: string): string => `${provinceAlias(base, key)}_detail`;

/**
 * Where a province's statements resolve names: its attached files' tables first (the detail file
 * once a statement needs it), then the national first-view tables, then the catalog in `main`
 * (qualified: with an attached database in the path a bare schema name is read as a database).
 * A connection's search path, not a schema of copies.
 */
export const provincePath = (base: string, key: string, detail: boolean): string =>
	[`${provinceAlias(base, key)}.main`, ...(detail ? [`${detailAlias(base, key)}.main`] : []), `memory.${base}`, 'memory.main'].join(',');

/** The most provinces one view reads at once (towns chosen across provinces: a compare of six towns fits). */
export const MAX_PROVINCES = 6;

/** The schema in memory whose views unite several provinces' attached tables (`detail`: their detail files too). */
export function unionAlias(base: string, keys: readonly string[], detail: boolean): string {
	if (keys.length < 2 || keys.length > MAX_PROVINCES || !keys.every(isProvinceKey)) throw new Error(`invalid province set: ${keys.join(',')}`);
	return `${base}_m${keys.join('_')}${detail ? '_d' : ''}`;
}

/**
 * Views over several attached provinces, with the very names every view queries: a view of towns
 * from different provinces reads them as one province. Views, not copies: nothing is duplicated,
 * and a province's file is still read once.
 */
export function unionViewsSql(base: string, keys: readonly string[], detail: boolean): string[] {
	const s = `memory.${ident(unionAlias(base, keys, detail))}`;
	const from = (table: string, alias: (k: string) => string) =>
		keys.map((k) => `SELECT * FROM ${ident(alias(k))}.main.${table}`).join(' UNION ALL ');
	const facts = PROVINCE_TABLES.map((t) => [t, from(t, (k) => provinceAlias(base, k))]);
	const details = detail ? DETAIL_TABLES.map((t) => [t, from(t, (k) => detailAlias(base, k))]) : [];
	return [`CREATE SCHEMA IF NOT EXISTS ${s}`, ...[...facts, ...details].map(([t, sql]) => `CREATE OR REPLACE VIEW ${s}.${t} AS ${sql}`)];
}

/** The search path of a statement over several provinces (see provincePath). */
export const unionPath = (base: string, keys: readonly string[], detail: boolean): string =>
	[`memory.${unionAlias(base, keys, detail)}`, `memory.${base}`, 'memory.main'].join(',');

/**
 * Every town's stated value of one indicator in one year (a national ranking reads that year and the
 * one before). The layout's file names no report (TOWN_VALUE_TABLE): a bar's source sentence is
 * found once its province is chosen.
 */
export function townValuesSql(target: string, file: string, year: number): string {
	return `CREATE OR REPLACE TABLE ${target} AS
SELECT town_id AS town_key, CAST(year AS INTEGER) AS year, value, qualifier, CAST(NULL AS VARCHAR) AS report_id
FROM read_parquet(${literal(file)}, hive_partitioning = false) WHERE year = ${Math.trunc(year)} ORDER BY town_key`;
}
