// Who filed in a region and year: the overview's first line and the ranking's "did not file" note,
// in a module of its own so the ranking page does not load the overview's other queries.
import type { Query } from '../types';
import { inRegion } from './run';

/** Readable township reports of region `$n` (with a town key). */
export const regionReports = (n: number) => `SELECT * FROM town_reports WHERE town_key IS NOT NULL AND ${inRegion(n)}`;

/** Towns of a region and how many of them filed a readable report in `year`. */
export interface FilingRow {
	/** towns of the region with a report in any year of the dataset */
	known: number;
	filed: number;
	/** reports of that year with at least one extraction warning (null: not known, a national summary does not count them) */
	warned: number | null;
}

/** How many towns of region $1 filed a report in year $2, of how many known; reports with warnings. */
export function filingQuery(region: string, year: number): Query<FilingRow> {
	return {
		sql: `WITH tr AS (${regionReports(1)} AND year = $2)
SELECT CAST((SELECT count(*) FROM towns WHERE ${inRegion(1)}) AS INTEGER) AS known,
	CAST((SELECT count(DISTINCT town_key) FROM tr) AS INTEGER) AS filed,
	CAST((SELECT count(DISTINCT report_id) FROM tr WHERE report_id IN (SELECT report_id FROM warnings)) AS INTEGER) AS warned`,
		params: [region, year]
	};
}

