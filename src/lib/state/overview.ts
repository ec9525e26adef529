// URL state of the overview (the home page): /?ds=demo&region=990001&year=2024&lang=en
import { COMMON } from './common';
import { parseState, type Specs } from './spec';

export interface OverviewState {
	ds: import('$lib/db/datasets').DatasetId;
	region: string;
	/** undefined = the latest year with reports in the dataset (a copied link pins the year shown) */
	year: number | undefined;
	lang: import('$lib/charts/format').Lang;
}

export const OVERVIEW_SPECS: Specs<OverviewState> = {
	ds: COMMON.ds,
	region: COMMON.region,
	year: COMMON.year,
	lang: COMMON.lang
};

export const parseOverview = (q: URLSearchParams) => parseState(OVERVIEW_SPECS, q);
