// URL state of the browser-rendered Report page: /report?ds=demo&id=<report_id>&lang=en#indicator
// (a national dataset's report also names its province: &region=<2 digits>).
// (The prerendered /report/<id> pages read only `lang`, and `ds` for the navigation.)
import { isReportId } from '$lib/contract/texts';
import type { DatasetId } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import { COMMON } from './common';
import { bad, ok, type Parsed } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

export interface ReportState {
	ds: DatasetId;
	id: string;
	lang: Lang;
	/** the province whose files hold the report (the national dataset); '' elsewhere */
	region: string;
	/** without an id: the report of this town (one key) in `year` (a national ranking's row names no report) */
	towns: string[];
	year?: number;
}

const reportId = (raw: string): Parsed<string> => (isReportId(raw) ? ok(raw) : bad(raw, '16 hex digits, e.g. 5198ef47f88390fb'));

export const REPORT_SPECS: Specs<ReportState> = {
	ds: COMMON.ds,
	id: { parse: reportId, fmt: (v) => v || undefined, default: '', pinned: true, always: true } as KeySpec<string>,
	lang: COMMON.lang,
	region: COMMON.region,
	towns: COMMON.towns,
	year: COMMON.year
};

/** The town and year a link names instead of a report id (one town), if it does. */
export const reportOfTown = (s: ReportState): { town: string; year: number } | undefined =>
	!s.id && s.towns.length === 1 && s.year !== undefined ? { town: s.towns[0], year: s.year } : undefined;

export const parseReport = (q: URLSearchParams) => parseState(REPORT_SPECS, q);
