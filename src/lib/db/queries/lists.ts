// The lists the filter bar and the dataset context need: catalog, years, regions, towns. Each
// list comes from DuckDB; search and lookups take bound parameters.
import type { DatasetSummary, Query, RegionRow, Runner, TownRow } from '../types';
import { inRegion, placeholders, runQuery } from './run';

/** The catalog indicators this dataset states at least once, in catalog order (names come from the shipped catalog). */
export function statedQuery(): Query<{ id: string }> {
	return {
		sql: `SELECT i.id FROM indicators i WHERE EXISTS (SELECT 1 FROM vals v WHERE v.indicator = i.id)`,
		params: []
	};
}

/** Report years of township reports, ascending. */
export function yearsQuery(): Query<{ year: number }> {
	return { sql: `SELECT DISTINCT year FROM town_reports ORDER BY year`, params: [] };
}

/** One-line description of what the dataset holds. */
export function summaryQuery(): Query<DatasetSummary> {
	return {
		sql: `SELECT CAST((SELECT count(*) FROM reports) AS INTEGER) AS reports,
	CAST((SELECT count(*) FROM towns) AS INTEGER) AS towns,
	CAST((SELECT count(*) FROM vals) AS INTEGER) AS "values",
	(SELECT min(year) FROM town_reports) AS min_year, (SELECT max(year) FROM town_reports) AS max_year`,
		params: []
	};
}

/** Provinces, cities and counties of the dataset's towns, for the cascading region filter. */
export function regionsQuery(): Query<RegionRow> {
	return {
		sql: `SELECT level, key, name, parent, towns FROM regions
ORDER BY CASE level WHEN 'province' THEN 0 WHEN 'city' THEN 1 ELSE 2 END, key`,
		params: []
	};
}

const TOWN_COLUMNS = `town_key, town, county, city, province, name_shared, first_year, last_year, reports`;

/**
 * Towns whose name, county or key contains `text` (case-insensitive), within a region, most
 * recently reporting first; `exclude` keys (already chosen) left out. At most `limit` rows.
 */
export function townSearchQuery(text: string, region: string, exclude: string[], limit = 20): Query<TownRow> {
	const ex = exclude.length ? `AND town_key NOT IN (${placeholders(exclude.length, 4)})` : '';
	return {
		sql: `SELECT ${TOWN_COLUMNS} FROM towns
WHERE ${inRegion(2)} AND ($1 = '' OR contains(lower(town || ' ' || coalesce(county, '') || ' ' || town_key), lower($1))) ${ex}
ORDER BY starts_with(town, $1) DESC, last_year DESC, town, town_key LIMIT $3`,
		params: [text.trim(), region, limit, ...exclude]
	};
}

/** The towns with these keys, in the order given (unknown keys simply return no row). */
export function townsByKeyQuery(keys: string[]): Query<TownRow & { ord: number }> {
	if (keys.length === 0) return { sql: `SELECT ${TOWN_COLUMNS}, 0 AS ord FROM towns WHERE false`, params: [] };
	const list = keys.map((_, i) => `($${i + 1}, ${i})`).join(', ');
	return {
		sql: `SELECT ${TOWN_COLUMNS}, k.ord FROM towns JOIN (VALUES ${list}) k(town_key, ord) USING (town_key) ORDER BY k.ord`,
		params: keys
	};
}

/** Every town of a region (for "add every town of this county"), by name. */
export function townsInRegionQuery(region: string, limit: number): Query<TownRow> {
	return {
		sql: `SELECT ${TOWN_COLUMNS} FROM towns WHERE ${inRegion(1)} ORDER BY town, town_key LIMIT $2`,
		params: [region, limit]
	};
}

/** Counties whose name contains `text`, with their town counts (offered as "add every town of …"). */
export function countySearchQuery(text: string, limit = 5): Query<RegionRow> {
	return {
		sql: `SELECT level, key, name, parent, towns FROM regions WHERE level = 'county' AND $1 <> '' AND contains(name, $1)
ORDER BY towns DESC, key LIMIT $2`,
		params: [text.trim(), limit]
	};
}

/** What the filter bar lists and the page summarises: plain data, so a build-time prerender can ship it. */
export interface ContextLists {
	/** ids of the indicators the dataset states */
	stated: string[];
	years: number[];
	regions: RegionRow[];
	summary: DatasetSummary;
}

/** The lists of a dataset, on any runner (the browser's, or DuckDB in Node at build time). */
export async function contextLists(run: Runner): Promise<ContextLists> {
	// one connection per dataset: the queries queue on it anyway, so run them in order
	const stated = (await runQuery(run, statedQuery())).map((r) => r.id);
	const years = (await runQuery(run, yearsQuery())).map((y) => y.year);
	const regions = await runQuery(run, regionsQuery());
	const [summary] = await runQuery(run, summaryQuery());
	return { stated, years, regions, summary };
}

