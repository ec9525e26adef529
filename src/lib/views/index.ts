// The views the navigation offers, in order. A view is listed only once it exists: no dead links.
// `keys` are the URL keys the view reads, so moving between views carries those both understand.
import { CHANNEL_SPECS } from '$lib/state/channels';
import { COMPARE_SPECS } from '$lib/state/compare';
import { DATA_SPECS } from '$lib/state/data';
import { OVERVIEW_SPECS } from '$lib/state/overview';
import { RANKING_SPECS } from '$lib/state/rankings';
import { queryOf, readable, type Specs } from '$lib/state/spec';
import { TREND_SPECS } from '$lib/state/trends';
import type { Dict } from '$lib/i18n';

export interface ViewDef {
	id: keyof Dict['views'];
	/** route path without the base */
	path: string;
	keys: readonly string[];
}

export const VIEWS: readonly ViewDef[] = [
	{ id: 'overview', path: '/', keys: Object.keys(OVERVIEW_SPECS) },
	{ id: 'trends', path: '/trends', keys: Object.keys(TREND_SPECS) },
	{ id: 'rankings', path: '/rankings', keys: Object.keys(RANKING_SPECS) },
	{ id: 'channels', path: '/channels', keys: Object.keys(CHANNEL_SPECS) },
	{ id: 'compare', path: '/compare', keys: Object.keys(COMPARE_SPECS) },
	{ id: 'data', path: '/data', keys: Object.keys(DATA_SPECS) }
];

/** The view a path belongs to (trailing slashes and the base already removed). */
export const viewOf = (path: string): ViewDef | undefined => VIEWS.find((v) => v.path === (path.replace(/\/+$/, '') || '/'));

/**
 * The link to `target` from the current query: the keys the target reads are kept as they are
 * (dataset, language, indicator, towns, years), the others dropped.
 */
export function viewHref(target: ViewDef, current: URLSearchParams, base: string): string {
	const q = new URLSearchParams();
	for (const [k, v] of current) if (target.keys.includes(k) && !q.has(k)) q.set(k, v);
	const s = readable(q);
	return `${base}${target.path}${s ? `?${s}` : ''}`;
}

/**
 * A link into another view showing exactly `state` (every view-defining key pinned), e.g. an
 * overview number → the ranking that explains it.
 */
export function stateHref<S>(path: string, specs: Specs<S>, state: NoInfer<S>, base: string): string {
	return `${base}${path}?${queryOf(specs, state, 'link')}`;
}
