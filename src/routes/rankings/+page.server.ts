// Build time only: the default ranking for the first paint.
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { rankingQuery } from '$lib/db/queries/ranking';
import { runQuery } from '$lib/db/queries/run';
import { dict } from '$lib/i18n';
import { prerendered } from '$lib/server/prerender';
import { parseRankings, RANKING_SPECS } from '$lib/state/rankings';
import { queryOf } from '$lib/state/spec';
import { rankingParams, rankingsModel } from '$lib/views/rankings';

export const prerender = true;

export async function load() {
	const s = { ...parseRankings(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const initial = await prerendered(DEFAULT_DATASET, rankingParams(s), (db) => runQuery(db.run, rankingQuery(rankingParams(s))), (rows) => {
		const m = rankingsModel({ s, rows, t: dict(s.lang) });
		return { option: m.option, height: m.height, defaultQuery: queryOf(RANKING_SPECS, s, 'link') };
	});
	return { initial };
}
