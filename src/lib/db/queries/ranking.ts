// The ranking of one indicator by town. SQL owns the grain (ranks, latest year, rank last year);
// values are bound as `$n` parameters, never written into SQL text.
import type { Query, RankingRow } from '../types';
import { inRegion } from './run';

export interface RankingParams {
	indicator: string;
	/** Only reports of this year; undefined = each town's latest report year. */
	year?: number;
	/** a region key; '' = every town */
	region?: string;
}

/** Stated values of indicator $1 in region $2, one per town and year, ranked within their year. */
const PER_YEAR_CTE = `
towns_r AS (SELECT * FROM town_reports WHERE town_key IS NOT NULL AND ${inRegion(2)}),
stated AS (
	SELECT town_key, town, county, year, value, qualifier, report_id
	FROM town_values WHERE indicator = $1 AND ${inRegion(2)}
),
per_year AS (
	SELECT *, CAST(rank() OVER (PARTITION BY year ORDER BY value DESC) AS INTEGER) AS year_rank
	FROM stated
)`;

/** Year $3: that year's ranks, and each town's rank in the year before. */
const ONE_YEAR = `
current AS (SELECT *, year_rank AS rank FROM per_year WHERE year = $3),
prev AS (SELECT town_key, year_rank AS prev_rank FROM per_year WHERE year = $3 - 1),
every_town AS (
	SELECT town_key, any_value(town) AS town, any_value(county) AS county, max(year) AS year
	FROM towns_r WHERE year = $3 GROUP BY town_key
)`;

/** Latest stated year per town, ranked together; no previous-year comparison. */
const LATEST_YEAR = `
latest AS (SELECT * FROM per_year QUALIFY row_number() OVER (PARTITION BY town_key ORDER BY year DESC) = 1),
current AS (SELECT *, CAST(rank() OVER (ORDER BY value DESC) AS INTEGER) AS rank FROM latest),
prev AS (SELECT CAST(NULL AS VARCHAR) AS town_key, CAST(NULL AS INTEGER) AS prev_rank WHERE false),
every_town AS (
	SELECT town_key, arg_max(town, year) AS town, arg_max(county, year) AS county, max(year) AS year
	FROM towns_r GROUP BY town_key
)`;

/**
 * Each town appears once: its latest stated value (or the value of the chosen year, with its rank
 * the year before). Towns with a report but no value come last with value/rank null — "not
 * reported", never zero. Ties share a rank (1, 2, 2, 4).
 */
export function rankingQuery(p: RankingParams): Query<RankingRow> {
	const byYear = p.year !== undefined;
	const sql = `WITH ${PER_YEAR_CTE},${byYear ? ONE_YEAR : LATEST_YEAR}
SELECT e.town_key, coalesce(c.town, e.town) AS town, coalesce(c.county, e.county) AS county,
	CAST(coalesce(c.year, e.year) AS INTEGER) AS year, CAST(c.value AS DOUBLE) AS value,
	c.qualifier, c.report_id, c.rank, CASE WHEN c.rank IS NULL THEN NULL ELSE p.prev_rank END AS prev_rank
FROM every_town e LEFT JOIN current c USING (town_key) LEFT JOIN prev p USING (town_key)
ORDER BY c.rank NULLS LAST, town, e.town_key`;
	const params = [p.indicator, p.region ?? ''];
	return { sql, params: byYear ? [...params, p.year as number] : params };
}
