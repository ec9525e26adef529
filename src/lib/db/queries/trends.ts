// One indicator over years for several towns: the year grid with gaps, the index (first year with a
// value in the range = 100) and year-on-year change, all in SQL (window functions, bound values).
import type { Query, TrendRow } from '../types';
import { inRegion } from './run';

export interface TrendParams {
	indicator: string;
	/** chosen town keys, in legend order; [] = the default: the top `auto` towns by latest value */
	towns: string[];
	/** year range; undefined ends = the dataset's first / last report year */
	from?: number;
	to?: number;
	/** limits the default selection (also used when none of `towns` is in the dataset); '' = every town */
	region?: string;
}

/** How many towns a first visit (no towns in the link) shows. */
export const DEFAULT_TREND_TOWNS = 5;

/**
 * Where a trend's numbers come from: `stated`, the SQL of (town_key, year, value, qualifier,
 * report_id) of the indicator bound at $1; `years`, the SQL of the years a default range spans.
 */
export interface TrendSource {
	stated: string;
	years: string;
}

/** A dataset's own facts. */
const FACTS: TrendSource = {
	stated: 'SELECT town_key, year, value, qualifier, report_id FROM town_values WHERE indicator = $1',
	years: 'SELECT year FROM town_reports'
};

/** The chosen towns the dataset holds; when it holds none of them, the default selection stands in. */
const chosenExplicit = (n: number) => `
picked AS (
	SELECT c.town_key, c.ord FROM (VALUES ${Array.from({ length: n }, (_, i) => `($${i + 5}, ${i + 1})`).join(', ')}) c(town_key, ord)
	JOIN towns USING (town_key)
),
chosen AS (SELECT * FROM picked UNION ALL SELECT * FROM auto WHERE NOT EXISTS (SELECT 1 FROM picked))`;

const AUTO = `
auto AS (
	SELECT town_key, CAST(row_number() OVER (ORDER BY value DESC, town_key) AS INTEGER) AS ord FROM (
		SELECT s.town_key, arg_max(s.value, s.year) AS value
		FROM stated s JOIN towns w USING (town_key) WHERE ${inRegion(4, 'w.')} GROUP BY s.town_key
	) QUALIFY ord <= ${DEFAULT_TREND_TOWNS}
)`;

export function trendQuery(p: TrendParams, source: TrendSource = FACTS): Query<TrendRow> {
	const sql = `WITH
stated AS (${source.stated}),
${AUTO},
${p.towns.length ? chosenExplicit(p.towns.length) : 'chosen AS (SELECT * FROM auto)'},
bounds AS (SELECT coalesce(CAST($2 AS INTEGER), min(year)) AS lo, coalesce(CAST($3 AS INTEGER), max(year)) AS hi FROM (${source.years})),
years AS (SELECT CAST(unnest(generate_series(lo, hi)) AS INTEGER) AS year FROM bounds),
joined AS (
	SELECT c.town_key, c.ord, y.year, s.value, s.qualifier, s.report_id
	FROM chosen c CROSS JOIN years y LEFT JOIN stated s ON s.town_key = c.town_key AND s.year = y.year
),
calc AS (
	SELECT *,
		first_value(value IGNORE NULLS) OVER (PARTITION BY town_key ORDER BY year
			ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS base,
		min(year) FILTER (WHERE value IS NOT NULL) OVER (PARTITION BY town_key) AS base_year,
		lag(value) OVER (PARTITION BY town_key ORDER BY year) AS prev
	FROM joined
)
SELECT c.town_key, CAST(c.ord AS INTEGER) AS ord, w.town, w.county, w.name_shared, c.year,
	CAST(c.value AS DOUBLE) AS value, c.qualifier, c.report_id,
	CAST(c.base AS DOUBLE) AS base, CAST(c.base_year AS INTEGER) AS base_year, CAST(c.prev AS DOUBLE) AS prev,
	CASE WHEN c.value IS NOT NULL AND c.base > 0 THEN c.value / c.base * 100 END AS index_value,
	CASE WHEN c.value IS NOT NULL AND c.prev > 0 THEN (c.value - c.prev) / c.prev * 100 END AS yoy
FROM calc c JOIN towns w USING (town_key)
ORDER BY c.ord, c.year`;
	return { sql, params: [p.indicator, p.from ?? null, p.to ?? null, p.region ?? '', ...p.towns] };
}
