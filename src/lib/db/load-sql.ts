// The SQL that turns a dataset's CSVs into typed tables and the derived town tables. Pure text
// from whitelisted names, shared by the browser loader and the Node query tests, so both query
// the same tables. CSV cells were written formula-safe (contract/csv-cell); text columns are
// restored here, once, at load.
import { restoreCellSql } from '$lib/contract/csv-cell';
import { READABLE_STATUSES } from '$lib/contract/codes';
import type { Column } from '$lib/contract/tables';
import { sqlPlace, TOWN_KEY_SQL } from '$lib/contract/town-key';
import { SCHEMAS, type TableName } from './schema';

/**
 * A dataset's tables live in their own schema, so several datasets stay loaded side by side. A
 * merged dataset (`seeds,local`) is schema `ds_seeds_local`.
 */
export const schemaOf = (ds: string): string => {
	const name = ds.replaceAll(',', '_');
	if (!/^[a-z][a-z0-9_]{0,30}$/.test(name)) throw new Error(`invalid dataset id: ${ds}`);
	return `ds_${name}`;
};

export class SchemaError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh} / ${en}`);
	}
}

export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
export const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Text columns that may hold free text (a quote, a title, a file name): restored from their safe form. */
const FREE_TEXT = new Set(['source', 'title', 'body', 'town', 'county', 'city', 'province', 'quote', 'message', 'name_zh', 'name_en', 'definition']);

function selectList(cols: readonly Column[], present: Set<string>): string {
	return cols
		.map((c) => {
			if (!present.has(c.name)) return `CAST(NULL AS ${c.type}) AS ${ident(c.name)}`;
			return FREE_TEXT.has(c.name) ? `${restoreCellSql(ident(c.name))} AS ${ident(c.name)}` : ident(c.name);
		})
		.join(', ');
}

/**
 * One typed statement per table: read_csv with the contract's column types (no sniffing, no
 * all-varchar pass), so a malformed cell fails loudly with its line and column. Columns the file
 * has beyond the contract are read as text and dropped; a missing required column is an error.
 */
export function createTableSql(target: string, table: TableName, fileRef: string | readonly string[], header: string[], fileName: string): string {
	const cols = SCHEMAS[table];
	const byName = new Map(cols.map((c) => [c.name, c]));
	const present = new Set(header);
	const missing = cols.filter((c) => c.required && !present.has(c.name)).map((c) => c.name);
	if (missing.length > 0) {
		throw new SchemaError(`${fileName} 缺少列：${missing.join(', ')}`, `${fileName} is missing columns: ${missing.join(', ')}`);
	}
	const types = header.map((h, i) => `${literal(h || `column${i}`)}: ${literal(byName.get(h)?.type ?? 'VARCHAR')}`).join(', ');
	// several files of one header (a local dataset's imports) are read as one table
	const files = typeof fileRef === 'string' ? literal(fileRef) : `[${fileRef.map(literal).join(', ')}]`;
	return (
		`CREATE OR REPLACE TABLE ${target} AS SELECT ${selectList(cols, present)} FROM read_csv(${files}, ` +
		`header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${types}})`
	);
}

/**
 * A merged dataset's tables (`seeds,local`): the shipped rows, then the local rows of reports the
 * shipped dataset does not already hold (the same file imported again has the same report id, and
 * would count twice). Run before derivedTablesSql on the merged schema.
 */
export function mergedTablesSql(target: string, shipped: string, local: string): string[] {
	const [t, a, b] = [target, shipped, local].map(ident);
	const fresh = `report_id NOT IN (SELECT report_id FROM ${a}.reports)`;
	return (['reports', 'vals', 'warnings'] as const).map(
		(table) => `CREATE OR REPLACE TABLE ${t}.${table} AS SELECT * FROM ${a}.${table} UNION ALL SELECT * FROM ${b}.${table} WHERE ${fresh}`
	);
}

const codeOf = `regexp_matches(coalesce(town_id, ''), '^[0-9]{9}([0-9]{3})?$')`;

/**
 * Derived tables every view queries: `town_reports` (readable township reports with the town key
 * and region keys), `town_values` (their stated values) and `towns` (one row per town key, its
 * latest name and place). Region keys are
 * gazetteer code prefixes (2/4/6 digits) for coded towns, else name paths (DESIGN.md §5).
 */
export function derivedTablesSql(schema: string): string[] {
	return [...factTablesSql(schema), ...townTablesSql(schema)];
}

/** `town_reports` and `town_values` from a schema's `reports` and `vals` (a scale province's too). */
export function factTablesSql(schema: string): string[] {
	const s = ident(schema);
	const statuses = READABLE_STATUSES.map(literal).join(', ');
	return [
		`CREATE OR REPLACE TABLE ${s}.town_reports AS
SELECT report_id, year, town, county, city, province, format, status, level, published, source,
	${TOWN_KEY_SQL} AS town_key,
	CASE WHEN ${codeOf} THEN substr(town_id, 1, 2) ELSE ${sqlPlace('province')} END AS province_key,
	CASE WHEN ${codeOf} THEN substr(town_id, 1, 4) ELSE concat(${sqlPlace('province')}, '/', ${sqlPlace('city')}) END AS city_key,
	CASE WHEN ${codeOf} THEN substr(town_id, 1, 6) ELSE concat(${sqlPlace('province')}, '/', ${sqlPlace('county')}) END AS county_key
FROM ${s}.reports
WHERE town IS NOT NULL AND year IS NOT NULL AND status IN (${statuses})`,
		// one stated value per town × year × indicator (the first report of a year, should a town file
		// twice), with the town's keys: the facts the charts ask about, joined once at load and kept in
		// indicator order so a query for one indicator reads only its own row groups
		`CREATE OR REPLACE TABLE ${s}.town_values AS
SELECT v.indicator, t.town_key, t.year, v.value, v.qualifier, v.report_id, t.town, t.county,
	t.province_key, t.city_key, t.county_key
FROM ${s}.vals v JOIN ${s}.town_reports t USING (report_id)
WHERE v.value IS NOT NULL AND t.town_key IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY v.indicator, t.town_key, t.year ORDER BY v.report_id) = 1
ORDER BY v.indicator, t.town_key, t.year`
	];
}

/** `towns` (one row per town key) from `town_reports`, then `regions`. */
function townTablesSql(schema: string): string[] {
	const s = ident(schema);
	return [
		`CREATE OR REPLACE TABLE ${s}.towns AS
SELECT *, count(*) OVER (PARTITION BY town) > 1 AS name_shared FROM (
	SELECT town_key, arg_max(town, year) AS town, arg_max(county, year) AS county, arg_max(city, year) AS city,
		arg_max(province, year) AS province, arg_max(province_key, year) AS province_key,
		arg_max(city_key, year) AS city_key, arg_max(county_key, year) AS county_key,
		CAST(min(year) AS INTEGER) AS first_year, CAST(max(year) AS INTEGER) AS last_year, CAST(count(*) AS INTEGER) AS reports
	FROM ${s}.town_reports WHERE town_key IS NOT NULL GROUP BY town_key
)`,
		regionsSql(schema)
	];
}

/** `regions` (provinces, cities, counties with their town counts) from a schema's `towns`. */
export function regionsSql(schema: string): string {
	const s = ident(schema);
	return `CREATE OR REPLACE TABLE ${s}.regions AS
SELECT level, key, arg_max(name, last_year) AS name, arg_max(parent, last_year) AS parent, CAST(count(*) AS INTEGER) AS towns FROM (
	SELECT 'province' AS level, province_key AS key, province AS name, NULL AS parent, coalesce(last_year, 0) AS last_year FROM ${s}.towns
	UNION ALL SELECT 'city', city_key, city, province_key, coalesce(last_year, 0) FROM ${s}.towns
	UNION ALL SELECT 'county', county_key, county, city_key, coalesce(last_year, 0) FROM ${s}.towns
) WHERE key IS NOT NULL AND key <> '' AND name IS NOT NULL GROUP BY level, key`;
}
