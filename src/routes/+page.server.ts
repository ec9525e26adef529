// Build time only: the default overview (every region, the dataset's latest year) for the first paint.
import { renderSvg } from '$lib/charts/runtime';
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { yearsQuery } from '$lib/db/queries/lists';
import { coverageQuery, overviewRows } from '$lib/db/queries/overview';
import { runQuery } from '$lib/db/queries/run';
import { dict } from '$lib/i18n';
import { datasetDb, prerendered, STATIC_WIDTH } from '$lib/server/prerender';
import { OVERVIEW_SPECS, parseOverview } from '$lib/state/overview';
import { queryOf } from '$lib/state/spec';
import { keyOf } from '$lib/db/live.svelte';
import { coverageParams, overviewModel, overviewParams } from '$lib/views/overview';

export const prerender = true;

export async function load() {
	const s = { ...parseOverview(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const db = await datasetDb(DEFAULT_DATASET);
	const years = (await runQuery(db.run, yearsQuery())).map((y) => y.year);
	const p = overviewParams(s, years);
	if (!p) throw new Error(`dataset ${DEFAULT_DATASET} has no report year to prerender`);
	const coverage = await runQuery(db.run, coverageQuery(s.region));
	const model = (rows: Awaited<ReturnType<typeof overviewRows>>) =>
		overviewModel({ s, year: p.year, firstYear: years[0], rows, coverage, t: dict(s.lang) });
	const initial = await prerendered(DEFAULT_DATASET, p, (db) => overviewRows((q) => runQuery(db.run, q), p), (rows) => {
		const m = model(rows);
		return { option: m.movers.option, height: m.movers.height, defaultQuery: queryOf(OVERVIEW_SPECS, m.linkState, 'link') };
	});
	const cov = model(initial.rows).coverage;
	return {
		initial,
		coverage: { key: keyOf(coverageParams(s)), rows: coverage, svg: cov.option && renderSvg(cov.option, STATIC_WIDTH, cov.height) }
	};
}
