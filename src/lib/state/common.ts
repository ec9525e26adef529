// The keys every view shares (DESIGN.md §5), one spec each: ds, lang, ind, year, from, to, towns, region.
import { DATASETS, DEFAULT_DATASET, type DatasetId } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import { indicatorId, oneOf, regionKey, townList, year, type Notice, type Parsed } from './parse';
import type { KeySpec } from './spec';

export const DEFAULT_INDICATOR = 'active.total';

const text = (v: string) => v;
const optionalYear: KeySpec<number | undefined> = {
	parse: year as (raw: string) => Parsed<number | undefined>,
	fmt: (v) => (v === undefined ? undefined : String(v)),
	default: undefined,
	pinned: true
};

export const COMMON = {
	ds: { parse: oneOf(DATASETS.map((d) => d.id)), fmt: text, default: DEFAULT_DATASET, pinned: true, always: true } as KeySpec<DatasetId>,
	lang: { parse: oneOf(['zh', 'en'] as const), fmt: text, default: 'zh' } as KeySpec<Lang>,
	ind: { parse: indicatorId, fmt: text, default: DEFAULT_INDICATOR, pinned: true, always: true } as KeySpec<string>,
	/** one report year; undefined = the view's own default (latest) */
	year: optionalYear,
	/** a year range; undefined ends = the data's first / last year */
	from: optionalYear,
	to: optionalYear,
	/** town keys (town_id); [] = the view's default selection */
	towns: { parse: townList, fmt: (v) => (v.length ? v.join(',') : undefined), default: [], pinned: true } as KeySpec<string[]>,
	/** a region key; '' = every town in the dataset */
	region: { parse: regionKey, fmt: (v) => (v === '' ? undefined : v), default: '' } as KeySpec<string>
};

/** The UI language of any URL (every view reads `lang` the same way). */
export function langOf(q: URLSearchParams): Lang {
	const p = COMMON.lang.parse(q.get('lang') ?? '');
	return p?.ok ? p.v : COMMON.lang.default;
}

/** A range whose ends are swapped is not guessed at: both ends fall back, with a notice each. */
export function checkRange<S extends { from?: number; to?: number }>(s: S, notices: Notice[]): S {
	if (s.from === undefined || s.to === undefined || s.from <= s.to) return s;
	notices.push({ param: 'from', raw: String(s.from), kind: 'bad', expected: `≤ to (${s.to})` });
	notices.push({ param: 'to', raw: String(s.to), kind: 'bad', expected: `≥ from (${s.from})` });
	return { ...s, from: undefined, to: undefined };
}
