// A headline indicator (a row of headlineQuery) → the strings its card shows. Pure. A total that sums an
// approximate value is approximate (≈), one that sums a floor is a floor (≥); its change is then ≈. Nothing
// stated is no number at all (null), never 0.
import type { HeadlineRow } from '$lib/db/queries/overview';
import { formatChange, formatNumber, formatPercent, formatValue, type Lang } from './format';

export interface HeadlineCard {
	indicator: string;
	/** null: no town of the region stated it this year */
	total: string | null;
	median: string | null;
	/** like for like (towns stating it both years); null: no such town */
	change: string | null;
	pct: string | null;
	trend: 'up' | 'down' | 'flat' | null;
}

export function headlineCard(r: HeadlineRow, lang: Lang): HeadlineCard {
	// a difference of floors is no floor: any mark makes the change approximate
	const inexact = r.total_qualifier === 'approx' || r.total_qualifier === 'at_least';
	const trend = r.change === null ? null : r.change > 0 ? 'up' : r.change < 0 ? 'down' : 'flat';
	return {
		indicator: r.indicator,
		total: r.total === null ? null : formatValue(r.total, r.total_qualifier, lang),
		median: r.median === null ? null : formatNumber(Math.round(r.median * 10) / 10, lang),
		change: r.change === null ? null : `${inexact ? '≈' : ''}${formatChange(r.change, lang)}`,
		pct: r.change_pct === null ? null : formatPercent(r.change_pct, lang),
		trend
	};
}

/** ▲ / ▼ / – before a change: the direction in a shape, not only in colour. */
export const TREND_MARK = { up: '▲', down: '▼', flat: '–' } as const;
