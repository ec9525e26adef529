// What the overview says about one region and year: who filed, the headline indicators (total, median,
// change against the year before), the biggest movers, and how many towns filed in each year. Every
// count, sum, median and change is SQL; values are bound as `$n` parameters.
import type { Qualifier, Query } from '../types';
import { filingQuery, regionReports, type FilingRow } from './filing';
import { inRegion } from './run';

export { filingQuery, type FilingRow } from './filing';

/** Proactive disclosures, requests received, administrative reviews, lawsuits (catalog ids). */
export const HEADLINE_INDICATORS = ['active.total', 'apply.received', 'review.total', 'litigation.total'] as const;
/** The indicator whose biggest movers the overview shows. */
export const MOVER_INDICATOR = 'active.total';
/** Movers shown in each direction. */
export const MOVERS_EACH_WAY = 5;

/**
 * Stated values of the indicators in `ind(id)` in region `$r`, years `$y` and `$y − 1` (town_values:
 * one per town, year and indicator, as every view reads them).
 */
const stated = (r: number, y: number) => `
stated AS (
	SELECT town_key, year, indicator, value, qualifier, report_id FROM town_values
	WHERE indicator IN (SELECT id FROM ind) AND year IN ($${y}, $${y} - 1) AND ${inRegion(r)}
)`;

/** One headline indicator in one year: its total and median over the towns stating it, and the change. */
export interface HeadlineRow {
	indicator: string;
	/** towns stating it this year (the others are not counted: missing is not zero) */
	n: number;
	total: number | null;
	median: number | null;
	/** approx among the summed values → ≈; else at_least → ≥; else exact */
	total_qualifier: Qualifier | null;
	/** approximate and at-least values among this year's */
	n_marked: number;
	prev_n: number;
	prev_total: number | null;
	/**
	 * towns stating it both this year and the year before: the like-for-like change (null: not known,
	 * the national dataset's country level has no town values for it)
	 */
	n_both: number | null;
	both_total: number | null;
	both_prev_total: number | null;
	change: number | null;
	/** change / both_prev_total × 100; null when last year's total of those towns is 0 */
	change_pct: number | null;
}

export function headlineQuery(region: string, year: number, indicators: readonly string[] = HEADLINE_INDICATORS): Query<HeadlineRow> {
	const ind = indicators.map((_, i) => `($${i + 3}, ${i})`).join(', ');
	const sql = `WITH ind AS (SELECT * FROM (VALUES ${ind}) i(id, ord)),
${stated(1, 2)},
cur AS (
	SELECT indicator, count(*) AS n, sum(value) AS total, median(value) AS median,
		count(*) FILTER (WHERE qualifier = 'approx') AS n_approx, count(*) FILTER (WHERE qualifier = 'at_least') AS n_at_least
	FROM stated WHERE year = $2 GROUP BY indicator
),
prv AS (SELECT indicator, count(*) AS n, sum(value) AS total FROM stated WHERE year = $2 - 1 GROUP BY indicator),
both_years AS (
	SELECT c.indicator, count(*) AS n, sum(c.value) AS total, sum(p.value) AS prev_total
	FROM stated c JOIN stated p ON p.town_key = c.town_key AND p.indicator = c.indicator AND p.year = $2 - 1
	WHERE c.year = $2 GROUP BY c.indicator
)
SELECT i.id AS indicator, CAST(coalesce(c.n, 0) AS INTEGER) AS n, CAST(c.total AS DOUBLE) AS total, CAST(c.median AS DOUBLE) AS median,
	CASE WHEN c.n_approx > 0 THEN 'approx' WHEN c.n_at_least > 0 THEN 'at_least' WHEN c.n > 0 THEN 'exact' END AS total_qualifier,
	CAST(coalesce(c.n_approx + c.n_at_least, 0) AS INTEGER) AS n_marked,
	CAST(coalesce(p.n, 0) AS INTEGER) AS prev_n, CAST(p.total AS DOUBLE) AS prev_total,
	CAST(coalesce(b.n, 0) AS INTEGER) AS n_both, CAST(b.total AS DOUBLE) AS both_total, CAST(b.prev_total AS DOUBLE) AS both_prev_total,
	CAST(b.total - b.prev_total AS DOUBLE) AS change,
	CASE WHEN b.prev_total > 0 THEN (b.total - b.prev_total) / b.prev_total * 100 END AS change_pct
FROM ind i LEFT JOIN cur c ON c.indicator = i.id LEFT JOIN prv p ON p.indicator = i.id LEFT JOIN both_years b ON b.indicator = i.id
ORDER BY i.ord`;
	return { sql, params: [region, year, ...indicators] };
}

/** A town whose value moved most between the year before and this year. */
export interface MoverRow {
	town_key: string;
	town: string;
	county: string | null;
	name_shared: boolean;
	value: number;
	qualifier: Qualifier | null;
	report_id: string | null;
	prev_value: number;
	prev_qualifier: Qualifier | null;
	prev_report_id: string | null;
	change: number;
	/** null when last year's value was 0 */
	change_pct: number | null;
	direction: 'up' | 'down';
}

/**
 * The movers' SQL after a CTE named `values` (town_key, year, value, qualifier, report_id of one
 * indicator): towns stating it in the year bound at `$<year>` and the year before, the largest rises
 * and falls (as many each way as bound at `$<limit>`), from the largest rise to the largest fall.
 * Shared by a region's query and the national dataset's.
 */
export const moversSql = (values: string, year: number, limit: number): string => `pairs AS (
	SELECT c.town_key, c.value, c.qualifier, c.report_id, p.value AS prev_value, p.qualifier AS prev_qualifier,
		p.report_id AS prev_report_id, c.value - p.value AS change
	FROM ${values} c JOIN ${values} p ON p.town_key = c.town_key AND p.year = $${year} - 1 WHERE c.year = $${year}
),
ranked AS (
	SELECT *, row_number() OVER (ORDER BY change DESC, town_key) AS up_rank,
		row_number() OVER (ORDER BY change ASC, town_key) AS down_rank
	FROM pairs
)
SELECT r.town_key, w.town, w.county, coalesce(w.name_shared, false) AS name_shared, CAST(r.value AS DOUBLE) AS value, r.qualifier,
	r.report_id, CAST(r.prev_value AS DOUBLE) AS prev_value, r.prev_qualifier, r.prev_report_id, CAST(r.change AS DOUBLE) AS change,
	CASE WHEN r.prev_value > 0 THEN r.change / r.prev_value * 100 END AS change_pct,
	CASE WHEN r.change > 0 THEN 'up' ELSE 'down' END AS direction
FROM ranked r JOIN towns w USING (town_key)
WHERE (r.change > 0 AND r.up_rank <= $${limit}) OR (r.change < 0 AND r.down_rank <= $${limit})
ORDER BY r.change DESC, r.town_key`;

/**
 * The `limit` largest rises and the `limit` largest falls of indicator $1 in region $2 from year
 * $3 − 1 to $3, among towns stating it both years; ordered from the largest rise to the largest fall.
 */
export function moversQuery(region: string, year: number, indicator = MOVER_INDICATOR, limit = MOVERS_EACH_WAY): Query<MoverRow> {
	return { sql: `WITH ind AS (SELECT $1 AS id),${stated(2, 3)},
${moversSql('stated', 3, 4)}`, params: [indicator, region, year, limit] };
}

/** One report year of a region: of the known towns, how many filed, and how many of those with warnings. */
export interface CoverageYearRow {
	year: number;
	known: number;
	filed: number;
	/** towns whose report that year carries at least one extraction warning (null: not known, see FilingRow) */
	warned: number | null;
}

/** Every report year of the dataset (a year the region skipped is a row with filed 0). */
export function coverageQuery(region: string): Query<CoverageYearRow> {
	return {
		sql: `WITH tr AS (${regionReports(1)}),
warned AS (SELECT DISTINCT report_id FROM warnings)
SELECT CAST(y.year AS INTEGER) AS year, CAST((SELECT count(*) FROM towns WHERE ${inRegion(1)}) AS INTEGER) AS known,
	CAST(count(DISTINCT t.town_key) AS INTEGER) AS filed,
	CAST(count(DISTINCT t.town_key) FILTER (WHERE t.report_id IN (SELECT report_id FROM warned)) AS INTEGER) AS warned
FROM (SELECT DISTINCT year FROM town_reports) y LEFT JOIN tr t USING (year)
GROUP BY y.year ORDER BY y.year`,
		params: [region]
	};
}

/** What the overview shows for one region and year (the coverage strip depends on the region only). */
export interface OverviewRows {
	filing: FilingRow;
	headline: HeadlineRow[];
	movers: MoverRow[];
}

/** Runs one typed query: the page's `query(ds, q)` or, at build time, DuckDB in Node. */
export type Ask = <R>(q: Query<R>) => Promise<R[]>;

/** The overview's queries, one after another (they share one connection anyway). */
export async function overviewRows(ask: Ask, p: { region: string; year: number }): Promise<OverviewRows> {
	const [filing] = await ask(filingQuery(p.region, p.year));
	const headline = await ask(headlineQuery(p.region, p.year));
	const movers = await ask(moversQuery(p.region, p.year));
	return { filing, headline, movers };
}
