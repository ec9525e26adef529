// Rows of a ranking → the whole ECharts option for a horizontal bar chart. Pure: no DOM, no I/O.
import type { EChartsOption } from 'echarts';
import type { Qualifier, RankingRow } from '$lib/db/types';
import { formatNumber, formatValue, rankChange, type Lang } from './format';
import { FONT_STACK, PALETTE } from './theme';

export interface RankingLabels {
	lang: Lang;
	title: string;
	source: string;
	valueAxis: string;
	qualifier: Record<Qualifier, string>;
	rank: (r: number) => string;
	/** For one-year rankings: words around the rank change ("较上年 ↑2"). */
	prevYear?: (change: string) => string;
	/** Shown under the source when only the first bars fit: "前 40 名（共 123 个）". */
	topOf?: (shown: number, total: number) => string;
	/** Chart width in px, so long titles wrap instead of being cut off on phones. */
	width?: number;
}

const TITLE_SIZE = 15;
const SUB_SIZE = 12;
const BAR_STEP = 40;
/** More bars than this become unreadable; the table and CSV carry the full list. */
export const MAX_BARS = 40;

/** Rough line count of `text` at `size` px in `width` px: CJK glyphs are square, Latin about half. */
function lineCount(text: string, size: number, width: number): number {
	const w = [...text].reduce((sum, c) => sum + (c.charCodeAt(0) >= 0x2e80 ? size : size * 0.56), 0);
	return Math.max(1, Math.ceil(w / Math.max(width, 1)));
}

/** The source line, plus the "top N of M" note when bars were cut. */
function subtext(total: number, t: RankingLabels): string {
	return total > MAX_BARS && t.topOf ? `${t.source}\n${t.topOf(MAX_BARS, total)}` : t.source;
}

/** Space above the bars for the wrapped title and source lines. */
function titleBlock(t: RankingLabels, sub: string): number {
	const width = (t.width ?? 900) - 16;
	const subLines = sub.split('\n').reduce((n, line) => n + lineCount(line, SUB_SIZE, width), 0);
	return 8 + lineCount(t.title, TITLE_SIZE, width) * 21 + 6 + subLines * 17 + 24;
}

/** Height that fits the title block, one row per bar and the value axis. */
export function rankingHeight(rows: RankingRow[], t: RankingLabels): number {
	const total = rankingData(rows).length;
	return titleBlock(t, subtext(total, t)) + BAR_STEP * Math.min(total, MAX_BARS) + 56;
}

/** One bar's datum; the extra fields travel to label and tooltip formatters. */
export interface RankingDatum {
	value: number;
	town: string;
	county: string | null;
	year: number;
	qualifier: Qualifier | null;
	rank: number;
	prev_rank: number | null;
}

/** Only towns that stated a value become bars; the others are listed apart by the page. */
export function rankingData(rows: RankingRow[]): RankingDatum[] {
	return rows
		.filter((r): r is RankingRow & { value: number; rank: number } => r.value !== null && r.rank !== null)
		.sort((a, b) => a.rank - b.rank)
		.map((r) => ({ value: r.value, town: r.town, county: r.county, year: r.year, qualifier: r.qualifier, rank: r.rank, prev_rank: r.prev_rank }));
}

export const categoryLabel = (d: RankingDatum, lang: Lang) => (lang === 'zh' ? `${d.town}（${d.year}）` : `${d.town} (${d.year})`);

function tooltipHtml(d: RankingDatum, t: RankingLabels): string {
	const place = d.county ? `${d.county} ${d.town}` : d.town;
	const q = d.qualifier ? ` · ${t.qualifier[d.qualifier]}` : '';
	const change = t.prevYear ? ` · ${t.prevYear(rankChange(d.rank, d.prev_rank))}` : '';
	return `${escapeHtml(place)} · ${d.year}<br/>${formatValue(d.value, d.qualifier, t.lang)}${q} · ${t.rank(d.rank)}${change}`;
}

const escapeHtml = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

type Params = { data?: unknown };
const datumOf = (p: unknown) => (p as Params).data as RankingDatum;

export function rankingOption(rows: RankingRow[], t: RankingLabels): EChartsOption {
	const all = rankingData(rows);
	const data = all.slice(0, MAX_BARS);
	const sub = subtext(all.length, t);
	const wrap = { width: (t.width ?? 900) - 16, overflow: 'break' as const };
	return {
		color: PALETTE,
		textStyle: { fontFamily: FONT_STACK },
		animation: false,
		title: {
			text: t.title,
			subtext: sub,
			left: 0,
			textStyle: { fontSize: TITLE_SIZE, fontWeight: 'bold', lineHeight: 21, ...wrap },
			subtextStyle: { fontSize: SUB_SIZE, color: '#555', lineHeight: 17, ...wrap }
		},
		grid: { left: 8, right: 64, top: titleBlock(t, sub), bottom: 40, containLabel: true },
		tooltip: { trigger: 'item', formatter: (p: unknown) => tooltipHtml(datumOf(p), t) },
		xAxis: {
			type: 'value',
			name: t.valueAxis,
			nameLocation: 'middle',
			nameGap: 24,
			minInterval: 1,
			// narrow screens: ECharts drops labels that would overlap instead of printing them into each other
			axisLabel: { formatter: (v: number) => formatNumber(v, t.lang), hideOverlap: true }
		},
		yAxis: {
			type: 'category',
			inverse: true, // rank 1 at the top
			data: data.map((d) => categoryLabel(d, t.lang)),
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				name: t.title,
				data,
				barMaxWidth: 28,
				barCategoryGap: '30%',
				label: {
					show: true,
					position: 'right',
					formatter: (p: unknown) => formatValue(datumOf(p).value, datumOf(p).qualifier, t.lang)
				}
			}
		]
	};
}
