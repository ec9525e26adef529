// The data view's questions: coverage (town × year: report filed, values found, warnings) and the
// filtered, sorted, paged values table. Filters are bound values; the sort column comes from a
// whitelist, never from the URL as text.
import type { Query } from '../types';
import { inRegion, placeholders } from './run';

export interface CoverageParams {
	/** '' = every town */
	region: string;
	/** towns per page, and the page (0-based) */
	limit: number;
	offset: number;
}

export interface CoverageRow {
	town_key: string;
	town: string;
	county: string | null;
	name_shared: boolean;
	/** the page's town count for the region (same on every row) */
	towns: number;
	/** null: the town's row has no report this page shows (a town always has one at least) */
	year: number | null;
	/** the report shown in the cell (most values first when a year has several) */
	report_id: string | null;
	/** reports the town filed that year (duplicates count) */
	reports: number;
	/** values found in that report */
	n_values: number;
	/** warnings about that report */
	n_warnings: number;
}

/** One row per town and year with a readable report, for a page of towns (by county code, then name). */
export function coverageQuery(p: CoverageParams): Query<CoverageRow> {
	return {
		sql: `WITH page AS (
	SELECT town_key, town, county, county_key, name_shared, CAST(count(*) OVER () AS INTEGER) AS towns
	FROM towns WHERE ${inRegion(1)}
	ORDER BY county_key NULLS LAST, town, town_key LIMIT $2 OFFSET $3
),
filed AS (
	SELECT t.town_key, t.year, t.report_id,
		CAST((SELECT count(*) FROM vals v WHERE v.report_id = t.report_id) AS INTEGER) AS n_values,
		CAST((SELECT count(*) FROM warnings w WHERE w.report_id = t.report_id) AS INTEGER) AS n_warnings,
		CAST(count(*) OVER (PARTITION BY t.town_key, t.year) AS INTEGER) AS reports
	FROM town_reports t JOIN page USING (town_key)
	QUALIFY row_number() OVER (PARTITION BY t.town_key, t.year ORDER BY n_values DESC, t.report_id) = 1
)
SELECT p.town_key, p.town, p.county, p.name_shared, p.towns, f.year, f.report_id, coalesce(f.reports, 0) AS reports,
	coalesce(f.n_values, 0) AS n_values, coalesce(f.n_warnings, 0) AS n_warnings
FROM page p LEFT JOIN filed f USING (town_key)
ORDER BY p.county_key NULLS LAST, p.town, p.town_key, f.year`,
		params: [p.region, p.limit, p.offset]
	};
}

export const VALUE_SORTS = ['town', 'year', 'indicator', 'value', 'qualifier', 'origin'] as const;
export type ValueSort = (typeof VALUE_SORTS)[number];

const ORDER: Record<ValueSort, string> = {
	town: 'town, county, year, ord',
	year: 'year, town, ord',
	indicator: 'ord, year, town',
	value: 'value, town, year, ord',
	qualifier: 'qualifier, town, year, ord',
	origin: 'origin, town, year, ord'
};

export interface ValueFilters {
	region: string;
	towns: string[];
	/** an indicator group, '' = all */
	group: string;
	year?: number;
	qualifier: string;
	origin: string;
}

export interface ValueRow {
	report_id: string;
	town_key: string | null;
	town: string | null;
	county: string | null;
	year: number | null;
	indicator: string;
	group: string | null;
	name_zh: string | null;
	name_en: string | null;
	unit: string | null;
	value: number | null;
	qualifier: string | null;
	origin: string | null;
	quote: string;
}

/** Every value of the filters, with its report's town and year and its catalog entry; unsorted. */
function filtered(f: ValueFilters): { sql: string; params: (string | number | null)[] } {
	const towns = f.towns.length ? `AND r.town_key IN (${placeholders(f.towns.length, 6)})` : '';
	return {
		sql: `SELECT v.report_id, r.town_key, r.town, r.county, CAST(r.year AS INTEGER) AS year, v.indicator, i."group", i.name_zh, i.name_en, i.unit,
	CAST(v.value AS DOUBLE) AS value, v.qualifier, v.origin, coalesce(v.quote, '') AS quote, coalesce(i.rowid, 1000000000) AS ord
FROM vals v JOIN reports r0 USING (report_id) LEFT JOIN town_reports r USING (report_id) LEFT JOIN indicators i ON i.id = v.indicator
WHERE ${inRegion(1, 'r.')} AND ($2 = '' OR i."group" = $2) AND ($3 IS NULL OR r0.year = $3)
	AND ($4 = '' OR v.qualifier = $4) AND ($5 = '' OR v.origin = $5) ${towns}`,
		params: [f.region, f.group, f.year ?? null, f.qualifier, f.origin, ...f.towns]
	};
}

/**
 * One page of the values table, sorted by a whitelisted column. No row count here: ORDER BY with
 * LIMIT lets DuckDB keep only the top rows instead of sorting them all (valuesCountQuery counts,
 * once per filter change).
 */
export function valuesPageQuery(f: ValueFilters, sort: ValueSort, desc: boolean, limit: number, offset: number): Query<ValueRow> {
	const base = filtered(f);
	const n = base.params.length;
	const order = ORDER[sort].replace(/^(\w+)/, `$1 ${desc ? 'DESC' : 'ASC'} NULLS LAST`);
	return {
		sql: `SELECT * EXCLUDE (ord) FROM (${base.sql}) ORDER BY ${order}, report_id, indicator LIMIT $${n + 1} OFFSET $${n + 2}`,
		params: [...base.params, limit, offset]
	};
}

/** How many values the filters keep. */
export function valuesCountQuery(f: ValueFilters): Query<{ total: number }> {
	const base = filtered(f);
	return { sql: `SELECT CAST(count(*) AS INTEGER) AS total FROM (${base.sql})`, params: base.params };
}

/** The whole filtered table, for downloads (at most `cap` rows). */
export function valuesAllQuery(f: ValueFilters, sort: ValueSort, desc: boolean, cap: number): Query<ValueRow> {
	const base = filtered(f);
	const order = ORDER[sort].replace(/^(\w+)/, `$1 ${desc ? 'DESC' : 'ASC'} NULLS LAST`);
	return {
		sql: `SELECT * EXCLUDE (ord) FROM (${base.sql}) ORDER BY ${order}, report_id, indicator LIMIT $${base.params.length + 1}`,
		params: [...base.params, cap]
	};
}
