// URL state of the trends view: /trends?ds=demo&ind=active.total&towns=…&from=2014&to=2025&mode=index&scale=log
import { oneOf } from './parse';
import { checkRange, COMMON } from './common';
import { parseState, type KeySpec, type Specs } from './spec';

export const TREND_MODES = ['abs', 'index', 'yoy'] as const;
export const TREND_SCALES = ['linear', 'log'] as const;
export type TrendMode = (typeof TREND_MODES)[number];
export type TrendScale = (typeof TREND_SCALES)[number];

export interface TrendState {
	ds: import('$lib/db/datasets').DatasetId;
	ind: string;
	region: string;
	towns: string[];
	from: number | undefined;
	to: number | undefined;
	mode: TrendMode;
	scale: TrendScale;
	lang: import('$lib/charts/format').Lang;
}

export const TREND_SPECS: Specs<TrendState> = {
	ds: COMMON.ds,
	ind: COMMON.ind,
	region: COMMON.region,
	towns: COMMON.towns,
	from: COMMON.from,
	to: COMMON.to,
	mode: { parse: oneOf(TREND_MODES), fmt: (v) => v, default: 'abs' } as KeySpec<TrendMode>,
	scale: { parse: oneOf(TREND_SCALES), fmt: (v) => v, default: 'linear' } as KeySpec<TrendScale>,
	lang: COMMON.lang
};

export function parseTrends(q: URLSearchParams) {
	const p = parseState(TREND_SPECS, q);
	return { ...p, state: checkRange(p.state, p.notices) };
}
