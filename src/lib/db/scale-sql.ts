// The SQL that opens the national `scale` dataset (docs/scale-layout.md) in parts: the town list and
// the summaries for the first view, then one province's facts into a schema of its own with the very
// tables every view queries (`reports`, `vals`, `warnings`, `town_reports`, `town_values`, and views
// of the national `towns`, `regions`, `summary`). Pure text from whitelisted names and escaped file
// names, shared by the browser loader (files registered by URL, range-read) and the Node tests.
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '$lib/contract/tables';
import { factTablesSql, ident, literal, regionsSql } from './load-sql';

/** A province key of the gazetteer (two digits): the only thing that names a province schema. */
export const isProvinceKey = (key: string): boolean => /^[0-9]{2}$/.test(key);

/** The schema of one province's facts: `ds_scale` + `_p11`. */
export function provinceSchema(base: string, key: string): string {
	if (!isProvinceKey(key)) throw new Error(`invalid province key: ${key}`);
	return `${base}_p${key}`;
}

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

/**
 * One province's facts in `schema` (provinceSchema), next to the national tables of `base`: the
 * views then run their own SQL there unchanged.
 */
export function scaleProvinceSql(schema: string, base: string, provinceName: string, f: ProvinceFiles): string[] {
	const [s, b] = [ident(schema), ident(base)];
	const warnings = f.warnings
		? `SELECT ${typedSelect(WARNING_TABLE, {})} FROM ${parquet(f.warnings)}`
		: `SELECT ${typedSelect(WARNING_TABLE, Object.fromEntries(WARNING_TABLE.map((c) => [c.name, 'NULL'])))} WHERE false`;
	return [
		`CREATE SCHEMA IF NOT EXISTS ${s}`,
		`CREATE OR REPLACE TABLE ${s}.reports AS SELECT ${typedSelect(REPORT_TABLE, { province: literal(provinceName) })} FROM ${parquet(f.reports)}`,
		`CREATE OR REPLACE TABLE ${s}.vals AS SELECT ${typedSelect(VALUE_TABLE, {})} FROM ${parquet(f.values)}`,
		`CREATE OR REPLACE TABLE ${s}.warnings AS ${warnings}`,
		...factTablesSql(schema),
		...['towns', 'regions', 'summary'].map((t) => `CREATE OR REPLACE VIEW ${s}.${t} AS SELECT * FROM ${b}.${t}`)
	];
}

/** Frees a province's facts (the browser keeps a few provinces at a time). */
export const dropProvinceSql = (schema: string): string => `DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`;
