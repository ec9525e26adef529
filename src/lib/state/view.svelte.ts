// What every view page starts from: its URL state (parsed, then checked against the dataset), the
// dataset context, the dictionary, and one way to change the state. A page calls this once.
import { page } from '$app/state';
import { CATALOG } from '$lib/catalog';
import type { Lang } from '$lib/charts/format';
import { datasetContext, focusState, type DatasetContext } from '$lib/db/dataset';
import type { DatasetId } from '$lib/db/datasets';
import { keyOf, live } from '$lib/db/live.svelte';
import { dict } from '$lib/i18n';
import { navigate, type HistoryMode } from './navigate';
import { resolveAgainst, type Resolvable } from './resolve';
import { searchOf } from './search';
import { queryOf, type ParsedState, type Specs } from './spec';

const CATALOG_IDS = CATALOG.map((i) => i.id);

export interface BaseState extends Resolvable {
	ds: DatasetId;
	lang: Lang;
}

export function viewState<S extends BaseState>(
	specs: Specs<S>,
	parse: (q: URLSearchParams) => ParsedState<S>,
	/** the default dataset's context, computed at build time */
	initialCtx?: DatasetContext,
	/** what decides the provinces a national view reads (default: the region, else the towns) */
	scope: (s: S) => { region?: string; towns?: readonly string[] } = (s) => s
) {
	const parsed = $derived(parse(searchOf(page.url)));
	const ctx = live(datasetContext, () => parsed.state.ds, initialCtx && { key: keyOf(initialCtx.ds), data: initialCtx });
	const t = $derived(dict(parsed.state.lang));
	const resolved = $derived.by(() => {
		const c = ctx.data?.ds === parsed.state.ds ? ctx.data : undefined;
		// the catalog ships with the app: a bad indicator is caught before the database starts
		const facts = { indicators: CATALOG_IDS, years: c?.years, regions: c?.regions.map((r) => r.key) };
		return resolveAgainst(parsed.state, facts, { catalog: t.inCatalog, regions: t.inRegions, years: t.inYears });
	});
	// the national dataset reads provinces' facts: the page's region's, or its towns' provinces;
	// set before the page's own queries run (they are plain effects)
	$effect.pre(() => focusState(resolved.state.ds, scope(resolved.state)));
	return {
		get state(): S {
			return resolved.state;
		},
		/** keys the link gave (the others are defaults the view may resolve from data) */
		get given() {
			return parsed.given;
		},
		get notices() {
			return [...parsed.notices, ...resolved.notices];
		},
		/** the dataset context, once loaded (and only for the dataset shown) */
		get ctx(): DatasetContext | undefined {
			return ctx.data?.ds === parsed.state.ds ? ctx.data : undefined;
		},
		get ctxError(): unknown {
			return ctx.error;
		},
		get t() {
			return t;
		},
		/** Changes the state: a discrete choice pushes a history entry (Back undoes it). */
		set(patch: Partial<S>, how: HistoryMode = 'push') {
			return navigate(queryOf(specs, { ...resolved.state, ...patch }), how);
		},
		/** The share link of a state: every view-defining key pinned. */
		link(s: S): string {
			return `${page.url.pathname}?${queryOf(specs, s, 'link')}`;
		}
	};
}
