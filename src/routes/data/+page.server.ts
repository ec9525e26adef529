// Build time only: the default tab (coverage, the first page of towns × years) for the first paint.
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { runQuery } from '$lib/db/queries/run';
import { prerendered } from '$lib/server/prerender';
import { DATA_SPECS, parseData } from '$lib/state/data';
import { queryOf } from '$lib/state/spec';
import { coverageParams, coveragePage } from '$lib/views/data';

export const prerender = true;

export async function load() {
	const s = { ...parseData(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const p = coverageParams(s, 0);
	if (!p) throw new Error('data: the default tab is not the coverage grid');
	const initial = await prerendered(s.ds, p, (db) => runQuery(db.run, coveragePage(p)), () => ({
		defaultQuery: queryOf(DATA_SPECS, s, 'link')
	}));
	return { initial };
}
