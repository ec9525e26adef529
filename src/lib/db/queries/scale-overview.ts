// The overview of the national `scale` dataset at the country level, where no facts are loaded:
// who filed, the headline totals and medians, and the coverage strip come from the country summary;
// the biggest movers and the like-for-like change of the mover indicator from that indicator's two
// national files (the ones the national ranking reads: attachIndicator first). The rows have the
// demo overview's shapes, so the same builders draw them; what a summary cannot know (reports with
// warnings, the like-for-like change of the other indicators) is null, never 0.
import { townValuesAlias } from '../scale-sql';
import type { Query } from '../types';
import { HEADLINE_INDICATORS, MOVER_INDICATOR, MOVERS_EACH_WAY, moversSql, type Ask, type CoverageYearRow, type FilingRow, type HeadlineRow, type MoverRow, type OverviewRows } from './overview';

const COUNTRY = `level = 'country'`;

/** Towns of the country (the gazetteer's units) and how many filed in year $1, from the summary. */
export function scaleFilingQuery(year: number): Query<FilingRow> {
	return {
		sql: `SELECT CAST(coalesce(max(units), (SELECT count(*) FROM towns)) AS INTEGER) AS known,
	CAST(coalesce(max(reporting), 0) AS INTEGER) AS filed, CAST(NULL AS INTEGER) AS warned
FROM summary WHERE ${COUNTRY} AND year = $1`,
		params: [year]
	};
}

/** Both years' values of the mover indicator, from its national files (`prev`: the year before is attached too). */
const moverValues = (year: number, prev: boolean) => {
	const file = (y: number) => `SELECT town_key, year, value, qualifier, report_id FROM ${townValuesAlias(MOVER_INDICATOR, y)}.main.town_values`;
	return `SELECT * FROM (${file(year)}${prev ? ` UNION ALL ${file(year - 1)}` : ''}) WHERE value IS NOT NULL`;
};

/**
 * The headline indicators in year $1 from the country summary (towns stating each, total, median,
 * marks) and the year before; the like-for-like change only for the mover indicator, whose towns'
 * values are attached (the others' would cost a file per indicator and year: n_both is null).
 */
export function scaleHeadlineQuery(year: number, prev: boolean, indicators: readonly string[] = HEADLINE_INDICATORS): Query<HeadlineRow> {
	const ind = indicators.map((_, i) => `($${i + 2}, ${i})`).join(', ');
	const sql = `WITH ind AS (SELECT * FROM (VALUES ${ind}) i(id, ord)),
cur AS (SELECT * FROM summary WHERE ${COUNTRY} AND year = $1),
prv AS (SELECT * FROM summary WHERE ${COUNTRY} AND year = $1 - 1),
v AS (${moverValues(year, prev)}),
both_years AS (
	SELECT '${MOVER_INDICATOR}' AS indicator, count(*) AS n, sum(c.value) AS total, sum(p.value) AS prev_total
	FROM v c JOIN v p ON p.town_key = c.town_key AND p.year = $1 - 1 WHERE c.year = $1
)
SELECT i.id AS indicator, CAST(coalesce(c.towns, 0) AS INTEGER) AS n, CAST(c.sum AS DOUBLE) AS total, CAST(c.median AS DOUBLE) AS median,
	CASE WHEN c.approx > 0 THEN 'approx' WHEN c.at_least > 0 THEN 'at_least' WHEN c.towns > 0 THEN 'exact' END AS total_qualifier,
	CAST(coalesce(c.approx + c.at_least, 0) AS INTEGER) AS n_marked,
	CAST(coalesce(p.towns, 0) AS INTEGER) AS prev_n, CAST(p.sum AS DOUBLE) AS prev_total,
	CAST(b.n AS INTEGER) AS n_both, CAST(b.total AS DOUBLE) AS both_total, CAST(b.prev_total AS DOUBLE) AS both_prev_total,
	CAST(CASE WHEN b.n > 0 THEN b.total - b.prev_total END AS DOUBLE) AS change,
	CASE WHEN b.prev_total > 0 THEN (b.total - b.prev_total) / b.prev_total * 100 END AS change_pct
FROM ind i LEFT JOIN cur c ON c.indicator = i.id LEFT JOIN prv p ON p.indicator = i.id LEFT JOIN both_years b ON b.indicator = i.id
ORDER BY i.ord`;
	return { sql, params: [year, ...indicators] };
}

/** The largest rises and falls of the mover indicator over the whole country, from its two national files. */
export function scaleMoversQuery(year: number, prev: boolean, limit = MOVERS_EACH_WAY): Query<MoverRow> {
	return { sql: `WITH v AS (${moverValues(year, prev)}),\n${moversSql('v', 1, 2)}`, params: [year, limit] };
}

/** Towns that filed in each year of the country summary, of the country's towns (warnings: not summarised). */
export function scaleCoverageQuery(): Query<CoverageYearRow> {
	return {
		sql: `SELECT CAST(year AS INTEGER) AS year, CAST(max(units) AS INTEGER) AS known, CAST(max(reporting) AS INTEGER) AS filed,
	CAST(NULL AS INTEGER) AS warned
FROM summary WHERE ${COUNTRY} GROUP BY year ORDER BY year`,
		params: []
	};
}

/** The country-level overview of year `year`; `prev`: the mover indicator's file of the year before is attached. */
export async function scaleOverviewRows(ask: Ask, year: number, prev: boolean): Promise<OverviewRows> {
	const [filing] = await ask(scaleFilingQuery(year));
	const headline = await ask(scaleHeadlineQuery(year, prev));
	const movers = prev ? await ask(scaleMoversQuery(year, prev)) : [];
	return { filing, headline, movers };
}
