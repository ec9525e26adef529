// URL state of the home (ranking) page: ?ds=seeds&ind=active.total&year=2018&lang=zh
import { DATASETS, DEFAULT_DATASET, type DatasetId } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import { indicatorId, oneOf, valueOr, year, type Notice } from './parse';

export interface HomeState {
	ds: DatasetId;
	ind: string;
	/** undefined = each town's latest report year. */
	year: number | undefined;
	lang: Lang;
}

export const DEFAULT_INDICATOR = 'active.total';

export const HOME_DEFAULTS: HomeState = { ds: DEFAULT_DATASET, ind: DEFAULT_INDICATOR, year: undefined, lang: 'zh' };

const KEYS = ['ds', 'ind', 'year', 'lang'] as const;

const one = (q: URLSearchParams, k: string) => q.get(k) ?? undefined;

export function parseHome(q: URLSearchParams): { state: HomeState; notices: Notice[] } {
	const notices: Notice[] = [];
	for (const k of new Set(q.keys())) {
		if (!(KEYS as readonly string[]).includes(k)) notices.push({ param: k, raw: q.get(k) ?? '', kind: 'unknown' });
	}
	const state: HomeState = {
		ds: valueOr('ds', oneOf(DATASETS.map((d) => d.id))(one(q, 'ds')), HOME_DEFAULTS.ds, notices),
		ind: valueOr('ind', indicatorId(one(q, 'ind')), HOME_DEFAULTS.ind, notices),
		year: valueOr<number | undefined>('year', year(one(q, 'year')), undefined, notices),
		lang: valueOr('lang', oneOf(['zh', 'en'] as const)(one(q, 'lang')), HOME_DEFAULTS.lang, notices)
	};
	return { state, notices };
}

/**
 * The query string for a state. Dataset and indicator define the view, so they are always
 * written (a shared link keeps showing the same chart after defaults change); lang and year
 * only when they differ from the default.
 */
export function homeQuery(s: HomeState): string {
	const q = new URLSearchParams();
	q.set('ds', s.ds);
	q.set('ind', s.ind);
	if (s.year !== undefined) q.set('year', String(s.year));
	if (s.lang !== HOME_DEFAULTS.lang) q.set('lang', s.lang);
	return q.toString();
}

/** An indicator that parses but is not in the catalog falls back to the default, with a notice. */
export function checkIndicator(s: HomeState, catalog: readonly string[]): { state: HomeState; notice?: Notice } {
	if (catalog.length === 0 || catalog.includes(s.ind)) return { state: s };
	return { state: { ...s, ind: DEFAULT_INDICATOR }, notice: { param: 'ind', raw: s.ind, kind: 'not_in_catalog' } };
}
