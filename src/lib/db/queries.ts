// Every question the app asks, one typed function each. SQL owns the grain (ranks, latest year);
// values are always bound as `?` parameters, never written into SQL text.
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
	WHERE town IS NOT NULL AND year IS NOT NULL AND status IN ('ok', 'partial')`;

/**
 * Ranking of one indicator by town. Each town appears once: its latest stated value (or the
 * value of the chosen year). Towns with a report but no value come last with value/rank null —
 * "not reported", never zero. Ties share a rank (1, 2, 2, 4).
 */
export function rankingQuery(p: RankingParams): Query<RankingRow> {
	const byYear = p.year !== undefined;
	const sql = `WITH ${TOWNS_CTE}${byYear ? ' AND year = ?' : ''}
),
stated AS (
	SELECT t.town_key, t.town, t.county, t.year, v.value, v.qualifier, v.report_id,
		row_number() OVER (PARTITION BY t.town_key ORDER BY t.year DESC, v.report_id) AS pick
	FROM vals v JOIN towns_r t USING (report_id)
	WHERE v.indicator = ? AND v.value IS NOT NULL
),
latest AS (SELECT * FROM stated WHERE pick = 1),
every_town AS (
	SELECT town_key, arg_max(town, year) AS town, arg_max(county, year) AS county, max(year) AS year
	FROM towns_r GROUP BY town_key
)
SELECT e.town_key, coalesce(l.town, e.town) AS town, coalesce(l.county, e.county) AS county,
	CAST(coalesce(l.year, e.year) AS INTEGER) AS year, CAST(l.value AS DOUBLE) AS value,
	l.qualifier, l.report_id,
	CASE WHEN l.value IS NULL THEN NULL
		ELSE CAST(rank() OVER (ORDER BY l.value DESC NULLS LAST) AS INTEGER) END AS rank
FROM every_town e LEFT JOIN latest l USING (town_key)
ORDER BY rank NULLS LAST, town, town_key`;
	return { sql, params: byYear ? [p.year as number, p.indicator] : [p.indicator] };
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
