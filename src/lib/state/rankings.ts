// URL state of the ranking view: ?ds=seeds&ind=active.total&year=2018&region=…&lang=zh
import { COMMON } from './common';
import { parseState, type Specs } from './spec';

export interface RankingState {
	ds: import('$lib/db/datasets').DatasetId;
	ind: string;
	region: string;
	/** undefined = each town's latest report year */
	year: number | undefined;
	lang: import('$lib/charts/format').Lang;
}

export const RANKING_SPECS: Specs<RankingState> = {
	ds: COMMON.ds,
	ind: COMMON.ind,
	region: COMMON.region,
	// "latest year" is a choice of its own, not a default that may change: not pinned
	year: { ...COMMON.year, pinned: false },
	lang: COMMON.lang
};

export const parseRankings = (q: URLSearchParams) => parseState(RANKING_SPECS, q);
