// Number formatting for labels, tooltips and tables: 万/亿 in Chinese, grouped digits in English,
// and the qualifier marks (≈ approx, ≥ at least) that must travel with every shown value.
import type { Qualifier } from '$lib/db/types';

export type Lang = 'zh' | 'en';

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** 12345 → "1.23万", 250000000 → "2.5亿" (zh); 12345 → "12,345" (en). */
export function formatNumber(n: number, lang: Lang): string {
	if (lang === 'en') return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);
	const abs = Math.abs(n);
	if (abs >= 1e8) return `${trim(n / 1e8, 2)}亿`;
	if (abs >= 1e4) return `${trim(n / 1e4, 2)}万`;
	return trim(n, 2);
}

const MARKS: Record<Qualifier, string> = { exact: '', zero_stated: '', approx: '≈', at_least: '≥' };

export const qualifierMark = (q: Qualifier | null | undefined): string => (q ? MARKS[q] ?? '' : '');

/** "≈400", "≥1200", "170"; null (not reported) → the caller's missing text, never "0". */
export function formatValue(value: number | null, q: Qualifier | null | undefined, lang: Lang, missing = '—'): string {
	if (value === null || Number.isNaN(value)) return missing;
	return `${qualifierMark(q)}${formatNumber(value, lang)}`;
}

/** Rank movement since the year before: "↑2" (climbed), "↓1", "=" (same); "—" when not ranked then. */
export function rankChange(rank: number | null, prev: number | null): string {
	if (rank === null || prev === null) return '—';
	const up = prev - rank;
	return up > 0 ? `↑${up}` : up < 0 ? `↓${-up}` : '=';
}

/** The name a town is shown under: its county joins it where another town has the same name. */
export const townLabel = (r: { town: string; county: string | null; name_shared: boolean }, lang: Lang): string =>
	r.name_shared && r.county ? (lang === 'zh' ? `${r.town}（${r.county}）` : `${r.town} (${r.county})`) : r.town;
