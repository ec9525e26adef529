// Build time only: the default comparison (the most-reported town and its county's next, in the
// latest year both reported) for the first paint. The grid is HTML, so no chart is drawn here.
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { compareData } from '$lib/db/queries/compare';
import { runQuery } from '$lib/db/queries/run';
import { dict } from '$lib/i18n';
import { prerendered } from '$lib/server/prerender';
import { COMPARE_SPECS, parseCompare } from '$lib/state/compare';
import { queryOf } from '$lib/state/spec';
import { compareParams, compareView } from '$lib/views/compare';

export const prerender = true;

export async function load() {
	const s = { ...parseCompare(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const p = compareParams(s);
	const initial = await prerendered(s.ds, p, (db) => compareData((q) => runQuery(db.run, q), p), (data, ctx) => {
		const m = compareView({ s, data, ctx, t: dict(s.lang) });
		if (!m.linkState) throw new Error(`compare: the ${s.ds} dataset has no pair of towns to prerender`);
		return { defaultQuery: queryOf(COMPARE_SPECS, m.linkState, 'link') };
	});
	return { initial };
}
