// Rankings of the national `scale` dataset: at the country level one indicator's national ranking
// (its own file), in a province the ranking view's own SQL; either way one page of ranks and the
// user's own towns, cut in SQL, so a 40,000-town ranking never reaches the chart whole.
import { RANKING_PAGE } from '$lib/charts/ranking';
import { query } from './dataset';
import type { DatasetId } from './datasets';
import { rankingQuery, type RankingParams } from './queries/ranking';
import { nationalRankingQuery, rankingPageQuery, type NationalRankingRow, type Paged } from './queries/scale';


export interface ScaleRankingParams extends RankingParams {
	ds: DatasetId;
	/** 1-based */
	page: number;
	/** the user's towns (the link's `towns`), shown wherever they rank */
	own: string[];
	/** the latest year of the dataset: a national ranking is of one year (each town's latest would read every year) */
	latest?: number;
	/** desc: rank 1 first; asc: the last ranks first */
	order: 'desc' | 'asc';
}

export type ScaleRankingRow = NationalRankingRow & Paged;

export async function scaleRankingRows(p: ScaleRankingParams): Promise<ScaleRankingRow[]> {
	const page = { page: p.page - 1, size: RANKING_PAGE, own: p.own, order: p.order };
	if (p.region) return (await query(p.ds, rankingPageQuery(rankingQuery(p), page))) as ScaleRankingRow[];
	const year = p.year ?? p.latest;
	if (year === undefined) return [];
	const prev = await (await import('./load-scale')).attachIndicator(p.indicator, year);
	return query(p.ds, rankingPageQuery(nationalRankingQuery(p.indicator, year, prev), page));
}
