// Every question the app asks, one typed function each. SQL owns the grain (ranks, latest year);
// values are always bound as parameters (`?` or `$n`), never written into SQL text.
import type { DatasetSummary, IndicatorRow, Query, RankingRow } from './types';

export interface RankingParams {
	indicator: string;
	/** Only reports of this year; undefined = each town's latest report year. */
	year?: number;
}

/** Towns that have at least one readable township report; the key is stable across years. */
const TOWNS_CTE = `
towns_r AS (
	SELECT report_id, town, county, year,
		coalesce(town_id, concat_ws('/', province, county, town)) AS town_key
	FROM reports
	WHERE town IS NOT NULL AND year IS NOT NULL AND status IN ('ok', 'partial')
)`;

/** Stated values of indicator $1, one per town and year, ranked within their year. */
const PER_YEAR_CTE = `
stated AS (
	SELECT t.town_key, t.town, t.county, t.year, v.value, v.qualifier, v.report_id,
		row_number() OVER (PARTITION BY t.town_key, t.year ORDER BY v.report_id) AS dup
	FROM vals v JOIN towns_r t USING (report_id)
	WHERE v.indicator = $1 AND v.value IS NOT NULL
),
per_year AS (
	SELECT * EXCLUDE (dup), CAST(rank() OVER (PARTITION BY year ORDER BY value DESC) AS INTEGER) AS year_rank
	FROM stated WHERE dup = 1
)`;

/** Year $2: that year's ranks, and each town's rank in the year before. */
const ONE_YEAR = `
current AS (SELECT *, year_rank AS rank FROM per_year WHERE year = $2),
prev AS (SELECT town_key, year_rank AS prev_rank FROM per_year WHERE year = $2 - 1),
every_town AS (
	SELECT town_key, any_value(town) AS town, any_value(county) AS county, max(year) AS year
	FROM towns_r WHERE year = $2 GROUP BY town_key
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
 * Ranking of one indicator by town. Each town appears once: its latest stated value (or the
 * value of the chosen year, with its rank the year before). Towns with a report but no value
 * come last with value/rank null — "not reported", never zero. Ties share a rank (1, 2, 2, 4).
 * Only the shape of the SQL depends on the parameters; their values are bound ($1, $2).
 */
export function rankingQuery(p: RankingParams): Query<RankingRow> {
	const byYear = p.year !== undefined;
	const sql = `WITH ${TOWNS_CTE},${PER_YEAR_CTE},${byYear ? ONE_YEAR : LATEST_YEAR}
SELECT e.town_key, coalesce(c.town, e.town) AS town, coalesce(c.county, e.county) AS county,
	CAST(coalesce(c.year, e.year) AS INTEGER) AS year, CAST(c.value AS DOUBLE) AS value,
	c.qualifier, c.report_id, c.rank, CASE WHEN c.rank IS NULL THEN NULL ELSE p.prev_rank END AS prev_rank
FROM every_town e LEFT JOIN current c USING (town_key) LEFT JOIN prev p USING (town_key)
ORDER BY c.rank NULLS LAST, town, e.town_key`;
	return { sql, params: byYear ? [p.indicator, p.year as number] : [p.indicator] };
}

/** The indicator catalog, in catalog order. */
export function indicatorsQuery(): Query<IndicatorRow> {
	return {
		sql: `SELECT id, "group", name_zh, name_en, unit FROM indicators`,
		params: []
	};
}

/** Indicators that have at least one value in the dataset, in catalog order (for the selector). */
export function statedIndicatorsQuery(): Query<IndicatorRow> {
	return {
		sql: `SELECT i.id, i."group", i.name_zh, i.name_en, i.unit FROM indicators i
WHERE EXISTS (SELECT 1 FROM vals v WHERE v.indicator = i.id)`,
		params: []
	};
}

/** One-line description of what the dataset holds. */
export function summaryQuery(): Query<DatasetSummary> {
	return {
		sql: `SELECT CAST(count(*) AS INTEGER) AS reports,
	CAST(count(DISTINCT CASE WHEN town IS NOT NULL
		THEN coalesce(town_id, concat_ws('/', province, county, town)) END) AS INTEGER) AS towns,
	CAST((SELECT count(*) FROM vals) AS INTEGER) AS "values",
	min(year) AS min_year, max(year) AS max_year
FROM reports`,
		params: []
	};
}

/** Runs a typed query on any runner (browser or Node). */
export async function runQuery<R>(run: import('./types').Runner, q: Query<R>): Promise<R[]> {
	return (await run(q.sql, q.params)) as R[];
}

/** Report years present in the dataset, ascending (for the year selector). */
export function yearsQuery(): Query<{ year: number }> {
	return {
		sql: `SELECT DISTINCT CAST(year AS INTEGER) AS year FROM reports WHERE year IS NOT NULL AND town IS NOT NULL ORDER BY year`,
		params: []
	};
}
