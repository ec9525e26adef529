// Trends of the national `scale` dataset: in a region, the trend view's own SQL on its province's
// facts; at the country level, one indicator's national files of the years shown, so towns of any
// provinces (and the default: the country's top towns) draw without loading a province.
import { query } from './dataset';
import type { DatasetId } from './datasets';
import { nationalTrendSource } from './queries/scale';
import { trendQuery, type TrendParams } from './queries/trends';
import type { TrendRow } from './types';

export async function scaleTrendRows(p: TrendParams & { ds: DatasetId }): Promise<TrendRow[]> {
	if (p.region) return query(p.ds, trendQuery(p));
	const years = await (await import('./load-scale')).attachIndicatorYears(p.indicator, p.from, p.to);
	if (!years.length) return [];
	return query(p.ds, trendQuery(p, nationalTrendSource(p.indicator, years)));
}
