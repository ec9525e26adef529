// One report as the Report view shows it. Built at build time from the shipped CSVs (Node,
// papaparse: src/lib/server/report-files.ts) and at run time from DuckDB (db/queries/report.ts):
// both produce this shape, so one component renders either.
import type { Origin, Qualifier } from '$lib/contract/codes';

export interface ReportMeta {
	report_id: string;
	source: string;
	title: string | null;
	body: string | null;
	level: string | null;
	town: string | null;
	county: string | null;
	city: string | null;
	province: string | null;
	year: number | null;
	format: string | null;
	published: string | null;
	status: string | null;
	n_values: number | null;
}

/** A value of the report with its catalog entry (group, names, unit); catalog order. */
export interface ReportValue {
	indicator: string;
	value: number | null;
	qualifier: Qualifier | null;
	origin: Origin | null;
	quote: string;
	start: number | null;
	end: number | null;
	/** from the catalog; null for an indicator the catalog lacks */
	group: string | null;
	name_zh: string | null;
	name_en: string | null;
	unit: string | null;
}

export interface ReportWarning {
	code: string;
	/** '' / null: about the whole report */
	indicator: string | null;
	message: string;
}

export interface ReportData {
	/** the dataset the report belongs to */
	ds: string;
	meta: ReportMeta;
	values: ReportValue[];
	warnings: ReportWarning[];
	/** the normalised text the quotes point into; null when the dataset ships none for it */
	text: string | null;
}
