// URL state of the ranking view: /rankings?ds=seeds&ind=active.total&year=2018&region=…&order=asc&all=1&lang=zh
import { COMMON } from './common';
import { bad, ok, oneOf } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

export const RANKING_ORDERS = ['desc', 'asc'] as const;
export type RankingOrder = (typeof RANKING_ORDERS)[number];

export interface RankingState {
	ds: import('$lib/db/datasets').DatasetId;
	ind: string;
	region: string;
	/** undefined = each town's latest report year */
	year: number | undefined;
	/** desc: most first (rank 1 on top); asc: least first. Ranks are always "most = 1". */
	order: RankingOrder;
	/** every ranked town as a bar, not only the top TOP_BARS */
	all: boolean;
	/** the user's towns: a long ranking (the national dataset) shows them wherever they rank */
	towns: string[];
	/** page of a long ranking (the national dataset), 1-based */
	page: number;
	lang: import('$lib/charts/format').Lang;
}

/** `all=1` shows every bar; only 1 (and 0, the default written out) are read. */
const allBars: KeySpec<boolean> = {
	parse: (raw) => (raw === '1' ? ok(true) : raw === '0' ? ok(false) : bad(raw, '1')),
	fmt: (v) => (v ? '1' : undefined),
	default: false
};

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
	order: { parse: oneOf(RANKING_ORDERS), fmt: (v) => v, default: 'desc', pinned: true } as KeySpec<RankingOrder>,
	all: allBars,
	towns: COMMON.towns,
	page: rankingPage,
	lang: COMMON.lang
};

export const parseRankings = (q: URLSearchParams) => parseState(RANKING_SPECS, q);
