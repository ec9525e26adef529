// Build time only: the default trend (the five towns with the highest latest value) for the first paint.
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { runQuery } from '$lib/db/queries/run';
import { trendQuery } from '$lib/db/queries/trends';
import { dict } from '$lib/i18n';
import { prerendered, STATIC_WIDTH } from '$lib/server/prerender';
import { queryOf } from '$lib/state/spec';
import { parseTrends, TREND_SPECS } from '$lib/state/trends';
import { trendParams, trendsModel } from '$lib/views/trends';

export const prerender = true;

export async function load() {
	const s = { ...parseTrends(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const initial = await prerendered(DEFAULT_DATASET, trendParams(s), (db) => runQuery(db.run, trendQuery(trendParams(s))), (rows) => {
		const m = trendsModel({ s, rows, t: dict(s.lang), width: STATIC_WIDTH });
		return { option: m.option, height: m.height, defaultQuery: queryOf(TREND_SPECS, m.linkState, 'link') };
	});
	return { initial };
}
