// Queries of the national `scale` dataset that the CSV datasets do not need: its lists come from the
// summaries and the town list (no facts are loaded at the country level), the national ranking reads
// one indicator's two years of every town's values, and a long ranking is cut into pages that always
// keep the user's own towns.
import type { DatasetSummary, Query, Runner } from '../types';
import type { RankingRow } from './ranking';
import { literal } from '../load-sql';
import { townValuesAlias } from '../scale-sql';
import type { TrendSource } from './trends';
import { regionsQuery, type ContextLists } from './lists';
import { placeholders, runQuery } from './run';

/** The catalog indicators some town states, in catalog order (from the country summary). */
export function scaleStatedQuery(): Query<{ id: string }> {
	return {
		sql: `SELECT i.id FROM indicators i WHERE EXISTS (SELECT 1 FROM summary s WHERE s.level = 'country' AND s.indicator = i.id)`,
		params: []
	};
}

export function scaleYearsQuery(): Query<{ year: number }> {
	return { sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM summary WHERE level = 'country' ORDER BY year`, params: [] };
}

/** Reports, reporting towns and stated values of the whole country, from the town list and the summary. */
export function scaleSummaryQuery(): Query<DatasetSummary> {
	return {
		sql: `SELECT CAST((SELECT coalesce(sum(reports), 0) FROM towns) AS INTEGER) AS reports,
	CAST((SELECT count(*) FROM towns WHERE reports > 0) AS INTEGER) AS towns,
	CAST((SELECT coalesce(sum(towns), 0) FROM summary WHERE level = 'country') AS INTEGER) AS "values",
	(SELECT min(first_year) FROM towns) AS min_year, (SELECT max(last_year) FROM towns) AS max_year`,
		params: []
	};
}

export async function scaleContextLists(run: Runner): Promise<ContextLists> {
	const stated = (await runQuery(run, scaleStatedQuery())).map((r) => r.id);
	const years = (await runQuery(run, scaleYearsQuery())).map((y) => y.year);
	const regions = await runQuery(run, regionsQuery());
	const [summary] = await runQuery(run, scaleSummaryQuery());
	return { stated, years, regions, summary };
}

/**
 * Every town's value of `indicator` in `year`, ranked nationally, with its rank and value the year
 * before (when `prev`, that year's file is attached too), from the indicator's attached files
 * (attachIndicator first). Rows have the ranking view's shape.
 */
export function nationalRankingQuery(indicator: string, year: number, prev: boolean): Query<NationalRankingRow> {
	const file = (y: number) => `SELECT town_key, year, value, qualifier, report_id FROM ${townValuesAlias(indicator, y)}.main.town_values`;
	return {
		sql: `WITH v AS (
	SELECT * FROM (${file(year)}${prev ? ` UNION ALL ${file(year - 1)}` : ''}) WHERE value IS NOT NULL AND year IN ($1, $1 - 1)
),
r AS (SELECT *, CAST(rank() OVER (PARTITION BY year ORDER BY value DESC) AS INTEGER) AS year_rank FROM v),
c AS (SELECT * FROM r WHERE year = $1),
p AS (SELECT town_key, year_rank AS prev_rank, value AS prev_value, qualifier AS prev_qualifier FROM r WHERE year = $1 - 1)
SELECT c.town_key, t.town, t.county, coalesce(t.name_shared, false) AS name_shared, CAST(c.year AS INTEGER) AS year,
	CAST(c.value AS DOUBLE) AS value, c.qualifier, c.report_id, c.year_rank AS rank, p.prev_rank,
	CAST(p.prev_value AS DOUBLE) AS prev_value, p.prev_qualifier, CAST(p.prev_rank - c.year_rank AS INTEGER) AS rank_change,
	p.prev_rank IS NULL AS is_new
FROM c LEFT JOIN p USING (town_key) LEFT JOIN towns t USING (town_key)`,
		params: [year]
	};
}

/**
 * A trend over the whole country: one indicator's national files of `years` (attachIndicatorYears
 * first) stand in for the facts, so towns of any provinces draw without loading a province. Their
 * rows name no report: a point links to its report by town and year.
 */
export function nationalTrendSource(indicator: string, years: readonly number[]): TrendSource {
	if (!years.length) throw new Error(`no national files of ${indicator}`);
	const files = years.map((y) => `SELECT town_key, year, value, qualifier, report_id FROM ${townValuesAlias(indicator, y)}.main.town_values`).join(' UNION ALL ');
	// $1 (the indicator) names the files already; it is still bound, so the statement states it
	return { stated: `SELECT * FROM (${files}) WHERE CAST($1 AS VARCHAR) = ${literal(indicator)}`, years: `SELECT unnest([${years.map(Math.trunc).join(', ')}]) AS year` };
}

/** One province in one year: the gazetteer's towns of it and how many filed (the data view at the country level). */
export interface ProvinceCoverageRow {
	key: string;
	name: string;
	year: number;
	known: number;
	filed: number;
}

/** Towns that filed, per province and year, from the province summary (every indicator's row carries the same counts). */
export function provinceCoverageQuery(): Query<ProvinceCoverageRow> {
	return {
		sql: `SELECT key, any_value(name) AS name, CAST(year AS INTEGER) AS year, CAST(max(units) AS INTEGER) AS known,
	CAST(coalesce(max(reporting), 0) AS INTEGER) AS filed
FROM summary WHERE level = 'province' GROUP BY key, year ORDER BY key, year`,
		params: []
	};
}

/** The ranking view's own row: a national ranking draws with the same chart. */
export type NationalRankingRow = RankingRow;

export interface RankingPage {
	/** 0-based page */
	page: number;
	size: number;
	/** the user's towns: always in the rows, wherever they rank */
	own: readonly string[];
	/** desc (default): rank 1 on the first page; asc: the last ranks first (unranked towns last either way) */
	order?: 'desc' | 'asc';
}

/** Where a row stands in the whole ranking, and how many towns it ranks (for "page k of n"). */
export interface Paged {
	pos: number;
	ranked: number;
	total: number;
}

/**
 * One page of any ranking query (rows with `rank`, `town`, `town_key`): positions by rank (unranked
 * towns last), the page's rows plus the user's own towns, and the totals; SQL does the cutting, so a
 * 40,000-town ranking sends the page only.
 */
export function rankingPageQuery<R>(inner: Query<R>, p: RankingPage): Query<R & Paged> {
	const n = inner.params.length;
	const own = p.own.length ? `OR town_key IN (${placeholders(p.own.length, n + 3)})` : '';
	return {
		sql: `SELECT * FROM (
	SELECT *, CAST(row_number() OVER (ORDER BY rank ${p.order === 'asc' ? 'DESC' : 'ASC'} NULLS LAST, town, town_key) AS INTEGER) AS pos,
		CAST(count(rank) OVER () AS INTEGER) AS ranked, CAST(count(*) OVER () AS INTEGER) AS total
	FROM (${inner.sql}) q
) WHERE (pos > $${n + 1} AND pos <= $${n + 1} + $${n + 2}) ${own}
ORDER BY pos`,
		params: [...inner.params, Math.max(0, p.page) * p.size, p.size, ...p.own]
	};
}
