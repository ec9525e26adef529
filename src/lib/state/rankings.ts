// URL state of the ranking view: ?ds=seeds&ind=active.total&year=2018&region=…&lang=zh
import { COMMON } from './common';
import { bad, ok } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

export interface RankingState {
	ds: import('$lib/db/datasets').DatasetId;
	ind: string;
	region: string;
	/** undefined = each town's latest report year */
	year: number | undefined;
	/** the user's towns: a long ranking (the national dataset) shows them wherever they rank */
	towns: string[];
	/** page of a long ranking (the national dataset), 1-based */
	page: number;
	lang: import('$lib/charts/format').Lang;
}

/** `page=2`…: a whole number from 1 (page 1 is not written). */
const rankingPage: KeySpec<number> = {
	parse: (raw) => (/^[1-9][0-9]{0,3}$/.test(raw) ? ok(Number(raw)) : bad(raw, '1–9999')),
	fmt: (v) => (v === 1 ? undefined : String(v)),
	default: 1
};

export const RANKING_SPECS: Specs<RankingState> = {
	ds: COMMON.ds,
	ind: COMMON.ind,
	region: COMMON.region,
	// "latest year" is a choice of its own, not a default that may change: not pinned
	year: { ...COMMON.year, pinned: false },
	towns: COMMON.towns,
	page: rankingPage,
	lang: COMMON.lang
};

export const parseRankings = (q: URLSearchParams) => parseState(RANKING_SPECS, q);
