// Number formatting for axes, labels, tooltips, tables and headline numbers: 万/亿 in Chinese, grouped
// digits in English, and the qualifier marks (≈ approx, ≥ at least) that must travel with every shown value.
import type { Qualifier } from '$lib/db/types';

export type Lang = 'zh' | 'en';

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

const round2 = (n: number) => Number(n.toFixed(2));

/**
 * 12345 → "1.23万", 250000000 → "2.5亿", 9999 → "9999" (zh); 12345 → "12,345" (en). At most two
 * decimals. A value that rounds up to the next step takes that step's word (99,999,999 → "1亿",
 * never "10000万").
 */
export function formatNumber(n: number, lang: Lang): string {
	if (!Number.isFinite(n)) return '—';
	if (Math.abs(n) < 0.005) n = 0; // no "-0" for a change that rounds away
	if (lang === 'en') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
	const sign = n < 0 ? '-' : '';
	const abs = Math.abs(n);
	if (abs >= 1e8 || round2(abs / 1e4) >= 1e4) return `${sign}${trim(abs / 1e8, 2)}亿`;
	if (abs >= 1e4 || round2(abs) >= 1e4) return `${sign}${trim(abs / 1e4, 2)}万`;
	return `${sign}${trim(abs, 2)}`;
}

/** A change: "+1.2万", "-3", "0" (the sign is always written, so a rise never reads as a level). */
export function formatChange(n: number, lang: Lang): string {
	const s = formatNumber(n, lang);
	return n > 0 && s !== '0' ? `+${s}` : s;
}

/** A percentage change with one decimal: "+17.3%", "-5%". */
export function formatPercent(p: number, lang: Lang): string {
	const r = Math.round(p * 10) / 10;
	return `${r > 0 ? '+' : ''}${formatNumber(r, lang)}%`;
}

const MARKS: Record<Qualifier, string> = { exact: '', zero_stated: '', approx: '≈', at_least: '≥' };

export const qualifierMark = (q: Qualifier | null | undefined): string => (q ? MARKS[q] ?? '' : '');

/** "≈400", "≥1200", "170"; null (not reported) → the caller's missing text, never "0". */
export function formatValue(value: number | null, q: Qualifier | null | undefined, lang: Lang, missing = '—'): string {
	if (value === null || Number.isNaN(value)) return missing;
	return `${qualifierMark(q)}${formatNumber(value, lang)}`;
}

/**
 * Rank movement since the year before, from `change` = last year's rank − this year's (SQL):
 * "▲3" (climbed), "▼2", "–" (same rank); null = no value last year, shown as `fresh` (新 / new).
 */
export function rankMove(change: number | null, fresh: string): string {
	if (change === null) return fresh;
	return change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '–';
}

/** The name a town is shown under: its county joins it where another town has the same name. */
export const townLabel = (r: { town: string; county: string | null; name_shared: boolean }, lang: Lang): string =>
	r.name_shared && r.county ? (lang === 'zh' ? `${r.town}（${r.county}）` : `${r.town} (${r.county})`) : r.town;
