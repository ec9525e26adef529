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
}

const reportId = (raw: string): Parsed<string> => (isReportId(raw) ? ok(raw) : bad(raw, '16 hex digits, e.g. 5198ef47f88390fb'));

export const REPORT_SPECS: Specs<ReportState> = {
	ds: COMMON.ds,
	id: { parse: reportId, fmt: (v) => v || undefined, default: '', pinned: true, always: true } as KeySpec<string>,
	lang: COMMON.lang,
	region: COMMON.region
};

export const parseReport = (q: URLSearchParams) => parseState(REPORT_SPECS, q);
