// The views the navigation offers, in order. A view is listed only once it exists: no dead links.
// `carries` are the shared URL keys (state/common.ts) the view reads, so moving between views keeps
// the dataset, language, indicator, towns and years where the target uses them. They are written
// out here rather than read from each view's spec so the navigation does not load every view's
// parsers; the types check them against each view's state, and a test against its spec.
import type { Dict } from '$lib/i18n';
import type { ChannelState } from '$lib/state/channels';
import type { COMMON } from '$lib/state/common';
import type { CompareState } from '$lib/state/compare';
import type { DataState } from '$lib/state/data';
import type { ImportState } from '$lib/state/import';
import type { OverviewState } from '$lib/state/overview';
import type { RankingState } from '$lib/state/rankings';
import { readable } from '$lib/state/spec';
import type { TrendState } from '$lib/state/trends';

type Shared<S> = readonly (keyof S & keyof typeof COMMON)[];

export interface ViewDef {
	id: keyof Dict['views'];
	/** route path without the base */
	path: string;
	carries: readonly string[];
}

export const VIEWS: readonly ViewDef[] = [
	{ id: 'overview', path: '/', carries: ['ds', 'lang', 'region', 'year'] satisfies Shared<OverviewState> },
	{ id: 'trends', path: '/trends', carries: ['ds', 'lang', 'ind', 'region', 'towns', 'from', 'to'] satisfies Shared<TrendState> },
	{ id: 'rankings', path: '/rankings', carries: ['ds', 'lang', 'ind', 'region', 'year', 'towns'] satisfies Shared<RankingState> },
	{ id: 'channels', path: '/channels', carries: ['ds', 'lang', 'region', 'year'] satisfies Shared<ChannelState> },
	{ id: 'compare', path: '/compare', carries: ['ds', 'lang', 'towns', 'year'] satisfies Shared<CompareState> },
	{ id: 'data', path: '/data', carries: ['ds', 'lang', 'region', 'towns', 'year'] satisfies Shared<DataState> },
	{ id: 'import', path: '/import', carries: ['ds', 'lang'] satisfies Shared<ImportState> }
];

/** The view a path belongs to (trailing slashes and the base already removed). */
export const viewOf = (path: string): ViewDef | undefined => VIEWS.find((v) => v.path === (path.replace(/\/+$/, '') || '/'));

/** The link to `target` from the current query: the shared keys the target reads are kept as they are. */
export function viewHref(target: ViewDef, current: URLSearchParams, base: string): string {
	const q = new URLSearchParams();
	for (const [k, v] of current) if (target.carries.includes(k) && !q.has(k)) q.set(k, v);
	const s = readable(q);
	return `${base}${target.path}${s ? `?${s}` : ''}`;
}
