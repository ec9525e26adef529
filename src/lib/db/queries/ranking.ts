// The ranking of one indicator by town. SQL owns the grain (ranks, ties, latest year, rank and value
// last year, rank change); values are bound as `$n` parameters, never written into SQL text.
import type { Qualifier, Query, TownValue } from '../types';
import { inRegion } from './run';

export interface RankingParams {
	indicator: string;
	/** Only reports of this year; undefined = each town's latest report year. */
	year?: number;
	/** a region key; '' = every town */
	region?: string;
}

/** One town in a ranking. `value` null means the town has a report but did not state the indicator. */
export interface RankingRow extends TownValue {
	/** Competition rank, highest value first (1, 2, 2, 4); null for towns that did not state the indicator. */
	rank: number | null;
	/** One-year rankings: the town's rank, value and qualifier the year before (null: no value then). */
	prev_rank: number | null;
	prev_value: number | null;
	prev_qualifier: Qualifier | null;
	/** prev_rank − rank: positive = climbed; null when not ranked last year (or a latest-year ranking) */
	rank_change: number | null;
	/** One-year rankings: ranked this year with no value the year before (新 / new). */
	is_new: boolean;
}

/**
 * Stated values of indicator $1 in region $2, one per town and year, ranked within their year
 * (`years`: a condition on `year` that keeps only the years ranked, so the others are never sorted).
 */
const perYear = (years = 'true') => `
towns_r AS (SELECT * FROM town_reports WHERE town_key IS NOT NULL AND ${inRegion(2)}),
stated AS (
	SELECT town_key, town, county, year, value, qualifier, report_id
	FROM town_values WHERE indicator = $1 AND ${inRegion(2)} AND ${years}
),
per_year AS (
	SELECT *, CAST(rank() OVER (PARTITION BY year ORDER BY value DESC) AS INTEGER) AS year_rank
	FROM stated
)`;

/** Year $3: that year's ranks, and each town's rank and value in the year before. */
const ONE_YEAR = `
current AS (SELECT *, year_rank AS rank FROM per_year WHERE year = $3),
prev AS (SELECT town_key, year_rank AS prev_rank, value AS prev_value, qualifier AS prev_qualifier FROM per_year WHERE year = $3 - 1),
every_town AS (
	SELECT town_key, any_value(town) AS town, any_value(county) AS county, max(year) AS year
	FROM towns_r WHERE year = $3 GROUP BY town_key
)`;

/** Latest stated year per town, ranked together; no previous-year comparison. */
const LATEST_YEAR = `
latest AS (SELECT * FROM per_year QUALIFY row_number() OVER (PARTITION BY town_key ORDER BY year DESC) = 1),
current AS (SELECT *, CAST(rank() OVER (ORDER BY value DESC) AS INTEGER) AS rank FROM latest),
prev AS (
	SELECT CAST(NULL AS VARCHAR) AS town_key, CAST(NULL AS INTEGER) AS prev_rank, CAST(NULL AS DOUBLE) AS prev_value,
		CAST(NULL AS VARCHAR) AS prev_qualifier WHERE false
),
every_town AS (
	SELECT town_key, arg_max(town, year) AS town, arg_max(county, year) AS county, max(year) AS year
	FROM towns_r GROUP BY town_key
)`;

/**
 * Each town appears once: its latest stated value (or the value of the chosen year, with its rank
 * and value the year before). Towns with a report but no value come last with value/rank null —
 * "not reported", never zero. Ties share a rank (1, 2, 2, 4).
 */
export function rankingQuery(p: RankingParams): Query<RankingRow> {
	const byYear = p.year !== undefined;
	const sql = `WITH ${perYear(byYear ? 'year IN ($3, $3 - 1)' : undefined)},${byYear ? ONE_YEAR : LATEST_YEAR}
SELECT e.town_key, coalesce(c.town, e.town) AS town, coalesce(c.county, e.county) AS county,
	coalesce(w.name_shared, false) AS name_shared,
	CAST(coalesce(c.year, e.year) AS INTEGER) AS year, CAST(c.value AS DOUBLE) AS value,
	c.qualifier, c.report_id, c.rank,
	CASE WHEN c.rank IS NOT NULL THEN p.prev_rank END AS prev_rank,
	CASE WHEN c.rank IS NOT NULL THEN CAST(p.prev_value AS DOUBLE) END AS prev_value,
	CASE WHEN c.rank IS NOT NULL THEN p.prev_qualifier END AS prev_qualifier,
	CASE WHEN c.rank IS NOT NULL THEN CAST(p.prev_rank - c.rank AS INTEGER) END AS rank_change,
	${byYear ? 'c.rank IS NOT NULL AND p.prev_rank IS NULL' : 'false'} AS is_new
FROM every_town e LEFT JOIN current c USING (town_key) LEFT JOIN prev p USING (town_key)
	LEFT JOIN towns w USING (town_key)
ORDER BY c.rank NULLS LAST, town, e.town_key`;
	const params = [p.indicator, p.region ?? ''];
	return { sql, params: byYear ? [...params, p.year as number] : params };
}
