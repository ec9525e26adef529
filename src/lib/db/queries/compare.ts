// Two to six towns side by side on every indicator one of them states, in one year; and each
// town's values over all years for the sparklines. SQL picks the default towns and year, marks the
// largest value of each row, and flags the groups that come from the 2019/2021 standard tables.
import type { Qualifier, Query } from '../types';
import { placeholders } from './run';

export interface CompareParams {
	/** chosen town keys in column order; fewer than 2 found in the dataset are topped up (see below) */
	towns: string[];
	/** undefined = the latest year every compared town has a report (else the latest any has) */
	year?: number;
}

/** One cell: one indicator for one town in the compared year. */
export interface CompareRow {
	town_key: string;
	/** column order, 1 = first */
	ord: number;
	town: string;
	county: string | null;
	name_shared: boolean;
	/** the town was not in the link: it was added to make a pair (or to be the default pair) */
	added: boolean;
	/** the compared year (the same on every row) */
	year: number;
	/** the town filed a readable report that year */
	has_report: boolean;
	/** null only for a town that states no indicator in any year (one row, nothing else) */
	indicator: string | null;
	group: string | null;
	/** the group holds indicators of the 2019/2021 standard tables: its empty rows collapse */
	std_group: boolean;
	/** null = not stated that year ("未报告"), never 0 */
	value: number | null;
	qualifier: Qualifier | null;
	report_id: string | null;
	/** the row's largest value, where the row's stated values differ */
	largest: boolean;
}

/** How many towns a comparison needs; fewer chosen are topped up with the default choice. */
export const MIN_TOWNS = 2;

/**
 * The towns: those of the link the dataset holds, topped up to two by the best partners for the
 * first of them — a town of its county, then one that reported in its latest year (so they share a
 * year to compare), then the most reports, the latest, the key. With no towns in the link the
 * first is the most-reported town, so the default is it and its county's next most-reported town:
 * two neighbours with the longest histories, the pair a county official compares first.
 */
const DEFAULT_ANCHOR = 'SELECT * FROM towns ORDER BY reports DESC, last_year DESC, town_key LIMIT 1';

/**
 * The province of the default comparison's first town (the national dataset loads a province's
 * facts before comparing; its town list alone names the town).
 */
export function defaultAnchorProvinceQuery(): Query<{ province_key: string }> {
	return { sql: `SELECT province_key FROM (${DEFAULT_ANCHOR})`, params: [] };
}

const chosenSql = (n: number) => `
picked AS (
	SELECT c.town_key, c.ord FROM (VALUES ${n ? Array.from({ length: n }, (_, i) => `($${i + 2}, ${i + 1})`).join(', ') : "(CAST(NULL AS VARCHAR), 0)"}) c(town_key, ord)
	JOIN towns USING (town_key)
),
anchor AS (
	SELECT county_key, last_year FROM (
		SELECT w.county_key, w.last_year, p.ord FROM picked p JOIN towns w USING (town_key)
		UNION ALL SELECT county_key, last_year, 1000000 FROM (${DEFAULT_ANCHOR})
	) ORDER BY ord LIMIT 1
),
partners AS (
	SELECT w.town_key, 1000 + row_number() OVER (
		ORDER BY w.county_key IS NOT DISTINCT FROM a.county_key DESC,
			EXISTS (SELECT 1 FROM town_reports t WHERE t.town_key = w.town_key AND t.year = a.last_year) DESC,
			w.reports DESC, w.last_year DESC, w.town_key) AS ord
	FROM towns w CROSS JOIN anchor a WHERE w.town_key NOT IN (SELECT town_key FROM picked)
),
chosen AS (
	SELECT town_key, CAST(row_number() OVER (ORDER BY o) AS INTEGER) AS ord, o >= 1000 AS added FROM (
		SELECT town_key, ord AS o FROM picked
		UNION ALL SELECT town_key, ord FROM partners WHERE ord - 1000 <= ${MIN_TOWNS} - (SELECT count(*) FROM picked)
	)
)`;

const STATED = `
stated AS (
	SELECT c.town_key, t.year, v.indicator, v.value, v.qualifier, v.report_id
	FROM chosen c JOIN town_reports t USING (town_key) JOIN vals v USING (report_id)
	WHERE v.value IS NOT NULL
	QUALIFY row_number() OVER (PARTITION BY c.town_key, t.year, v.indicator ORDER BY v.report_id) = 1
)`;

export function compareQuery(p: CompareParams): Query<CompareRow> {
	const sql = `WITH ${chosenSql(p.towns.length)},
${STATED},
town_years AS (SELECT DISTINCT c.town_key, t.year FROM chosen c JOIN town_reports t USING (town_key)),
common AS (SELECT year FROM town_years GROUP BY year HAVING count(*) = (SELECT count(*) FROM chosen)),
the_year AS (SELECT coalesce(CAST($1 AS INTEGER), (SELECT max(year) FROM common), (SELECT max(year) FROM town_years)) AS year),
groups AS (
	SELECT "group", bool_or(contains(coalesce(formats, ''), 'std2019') OR contains(coalesce(formats, ''), 'std2021')) AS std_group
	FROM indicators GROUP BY "group"
),
inds AS (SELECT DISTINCT s.indicator, i."group" FROM stated s JOIN indicators i ON i.id = s.indicator),
cells AS (
	SELECT c.town_key, c.ord, c.added, i.indicator, i."group", s.value, s.qualifier, s.report_id
	FROM chosen c LEFT JOIN inds i ON true
	LEFT JOIN stated s ON s.town_key = c.town_key AND s.indicator = i.indicator AND s.year = (SELECT year FROM the_year)
),
marked AS (
	SELECT *, max(value) OVER (PARTITION BY indicator) AS hi, min(value) OVER (PARTITION BY indicator) AS lo FROM cells
)
SELECT m.town_key, m.ord, w.town, w.county, w.name_shared, m.added, CAST(y.year AS INTEGER) AS year,
	EXISTS (SELECT 1 FROM town_years ty WHERE ty.town_key = m.town_key AND ty.year = y.year) AS has_report,
	m.indicator, m."group", coalesce(g.std_group, false) AS std_group,
	CAST(m.value AS DOUBLE) AS value, m.qualifier, m.report_id,
	coalesce(m.value = m.hi AND m.lo < m.hi, false) AS largest
FROM marked m JOIN towns w USING (town_key) CROSS JOIN the_year y LEFT JOIN groups g ON g."group" = m."group"
ORDER BY m.indicator, m.ord`;
	return { sql, params: [p.year ?? null, ...p.towns] };
}

/** One stated value of a compared town: a point of its sparkline. */
export interface ComparePoint {
	indicator: string;
	town_key: string;
	year: number;
	value: number;
	qualifier: Qualifier;
}

/** Every value the towns state, in every year (one per town, year and indicator). */
export function compareHistoryQuery(towns: string[]): Query<ComparePoint> {
	if (towns.length === 0) return { sql: `SELECT NULL AS indicator WHERE false`, params: [] };
	const sql = `SELECT v.indicator, t.town_key, CAST(t.year AS INTEGER) AS year, CAST(v.value AS DOUBLE) AS value, v.qualifier
FROM town_reports t JOIN vals v USING (report_id)
WHERE t.town_key IN (${placeholders(towns.length, 1)}) AND v.value IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY t.town_key, t.year, v.indicator ORDER BY v.report_id) = 1
ORDER BY v.indicator, t.town_key, t.year`;
	return { sql, params: towns };
}

/** What the compare view shows: the cells, then every value of the towns they name (resolved by the first query). */
export interface CompareData {
	rows: CompareRow[];
	points: ComparePoint[];
}

/** Both queries on any runner (the browser's dataset, or DuckDB in Node at build time). */
export async function compareData(run: <R>(q: Query<R>) => Promise<R[]>, p: CompareParams): Promise<CompareData> {
	const rows = await run(compareQuery(p));
	const keys = [...new Set(rows.map((r) => r.town_key))];
	return { rows, points: await run(compareHistoryQuery(keys)) };
}
