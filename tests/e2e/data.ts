// The shipped CSVs (static/data/<ds>/), read in Node: browser tests check the numbers a page shows
// against them, computed here without DuckDB.
import { readCsv } from './helpers';

const read = (ds: string, file: string) => readCsv(`${ds}/${file}`);

/** A readable township report (what the app's town_reports holds): its town key, year and warnings. */
export interface Filing {
	report_id: string;
	town_key: string;
	year: number;
	warnings: number;
}

export function filings(ds: string): Filing[] {
	const warned = new Map<string, number>();
	for (const w of read(ds, 'warnings.csv')) warned.set(w.report_id, (warned.get(w.report_id) ?? 0) + 1);
	return read(ds, 'reports.csv')
		.filter((r) => r.town && r.year && r.town_id && (r.status === 'ok' || r.status === 'partial'))
		.map((r) => ({ report_id: r.report_id, town_key: r.town_id, year: Number(r.year), warnings: warned.get(r.report_id) ?? 0 }));
}

export interface Stated {
	value: number;
	qualifier: string;
}

/** One indicator per town key and year: the value of the first report by id (as the SQL picks it). */
export function statedValues(ds: string, indicator: string): Map<string, Map<number, Stated>> {
	const reports = new Map(filings(ds).map((f) => [f.report_id, f]));
	const out = new Map<string, Map<number, Stated>>();
	const rows = read(ds, 'values.csv').filter((v) => v.indicator === indicator && v.value !== '' && reports.has(v.report_id));
	for (const v of rows.sort((a, b) => (a.report_id < b.report_id ? -1 : a.report_id > b.report_id ? 1 : 0))) {
		const r = reports.get(v.report_id) as Filing;
		const m = out.get(r.town_key) ?? new Map<number, Stated>();
		if (!m.has(r.year)) m.set(r.year, { value: Number(v.value), qualifier: v.qualifier });
		out.set(r.town_key, m);
	}
	return out;
}

/** Each town's value in `year` (towns without one left out). */
export function valuesIn(byTown: Map<string, Map<number, Stated>>, year: number): Map<string, number> {
	const out = new Map<string, number>();
	for (const [town, years] of byTown) {
		const s = years.get(year);
		if (s) out.set(town, s.value);
	}
	return out;
}

/** Competition ranks, highest first (1, 2, 2, 4). */
export function competitionRanks(values: Map<string, number>): Map<string, number> {
	const sorted = [...values.values()].sort((a, b) => b - a);
	return new Map([...values].map(([k, v]) => [k, sorted.indexOf(v) + 1]));
}
