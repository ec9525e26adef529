// URL state of the compare view: /compare?ds=demo&towns=<key>,<key>&year=2024&lang=en
import { COMMON } from './common';
import { townListOf } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

/** Side by side stops being readable beyond six columns (and the picker stops there too). */
export const MAX_COMPARE = 6;
export const MIN_COMPARE = 2;

export interface CompareState {
	ds: import('$lib/db/datasets').DatasetId;
	/** [] = the default pair (the two towns with the most reports); resolved by the query */
	towns: string[];
	/** undefined = the latest year all compared towns reported (resolved by the query) */
	year: number | undefined;
	lang: import('$lib/charts/format').Lang;
}

export const COMPARE_SPECS: Specs<CompareState> = {
	ds: COMMON.ds,
	towns: { ...COMMON.towns, parse: townListOf(MAX_COMPARE) } as KeySpec<string[]>,
	year: COMMON.year,
	lang: COMMON.lang
};

export const parseCompare = (q: URLSearchParams) => parseState(COMPARE_SPECS, q);
