// The data view as a pure function: state + the dataset context → what the page shows around its
// tables (the group filter as applied, the filters of the values query, titles, file names, the
// notice about an unknown group). The page and the build-time prerender
// both use it; the coverage grid itself is drawn by CoverageMatrix from the same rows.
import { CATALOG } from '$lib/catalog';
import { fileStem } from '$lib/charts/export';
import type { DatasetContext } from '$lib/db/dataset';
import { atCountryLevel, type DatasetId } from '$lib/db/datasets';
import { coverageQuery, type ValueFilters } from '$lib/db/queries/data';
import { withWords, type Dict } from '$lib/i18n';
import { dataText } from '$lib/i18n/data';
import type { Notice } from '$lib/state/parse';
import type { DataState } from '$lib/state/data';

/** Towns per page of the coverage grid, rows per page of the values table. */
export const TOWNS_PAGE = 60;
export const ROWS_PAGE = 100;

export const GROUPS = [...new Set(CATALOG.map((i) => i.group))];

export interface CoverageKey {
	ds: DatasetId;
	region: string;
	offset: number;
}

/** What the coverage query needs (only on its tab): also the key under which its rows are reused. */
export const coverageParams = (s: DataState, offset: number): CoverageKey | undefined =>
	s.tab === 'coverage' ? { ds: s.ds, region: s.region, offset } : undefined;

/** The coverage page a key names. */
export const coveragePage = (p: CoverageKey) => coverageQuery({ region: p.region, limit: TOWNS_PAGE, offset: p.offset });

export interface DataInput {
	s: DataState;
	/** the dataset context of `s.ds` (undefined while it loads) */
	ctx: DatasetContext | undefined;
	t: Dict;
}

export function dataView({ s, ctx, t }: DataInput) {
	const td = dataText[s.lang];
	/** a group the catalog lacks falls back to every group (with a notice) */
	const bad = s.grp !== '' && !GROUPS.includes(s.grp);
	const grp = ctx && bad ? '' : s.grp;
	const filters: ValueFilters = { region: s.region, towns: s.towns, group: grp, year: s.year, qualifier: s.qual, origin: s.origin };
	const regionName = s.region ? (ctx?.regions.find((r) => r.key === s.region)?.name ?? '') : '';
	const notices: Notice[] = ctx && bad ? [{ param: 'grp', raw: s.grp, kind: 'not_in_data', expected: t.inCatalog }] : [];
	return {
		/** the shared dictionary with the view's own words */
		t: withWords(t, 'data', td),
		grp,
		filters,
		regionName,
		notices,
		/** the national dataset as a whole: coverage is province × year from its summary, not 40,000 towns */
		byProvince: atCountryLevel(s),
		coverageTitle: atCountryLevel(s) ? td.provinceCoverageTitle : td.coverageTitle(regionName),
		coverageHint: atCountryLevel(s) ? td.provinceCoverageHint : td.coverageHint,
		coverageStem: fileStem(['coverage', regionName || s.ds]),
		valuesStem: fileStem(['values', regionName || s.ds, grp, s.year])
	};
}
