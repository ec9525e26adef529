// Rows of a ranking → the horizontal bar chart option, its table and its CSV. Pure: no DOM, no I/O.
import type { EChartsOption } from 'echarts';
import type { Qualifier, RankingRow } from '$lib/db/types';
import { formatNumber, formatValue, rankChange, type Lang } from './format';
import { BASE, escapeHtml, type CsvModel, type PointLink, type SourceLinks, type TableModel } from './frame';

export interface RankingLabels {
	lang: Lang;
	valueAxis: string;
	qualifier: Record<Qualifier, string>;
	rank: (r: number) => string;
	/** For one-year rankings: words around the rank change ("较上年 ↑2"). */
	prevYear?: (change: string) => string;
	/** "报告 {id}" / "report {id}" in the tooltip */
	report: (id: string) => string;
	/** table column heads */
	cols: { rank: string; county: string; year: string; value: string; change: string };
	/** links each bar and value cell to its source sentence */
	source?: SourceLinks;
}

const BAR_STEP = 40;
/** More bars than this become unreadable; the table and CSV carry the full list. */
export const MAX_BARS = 40;

/** One bar's datum; the extra fields travel to label and tooltip formatters. */
export interface RankingDatum {
	value: number;
	town: string;
	county: string | null;
	year: number;
	qualifier: Qualifier | null;
	rank: number;
	prev_rank: number | null;
	report_id: string | null;
}

/** Only towns that stated a value become bars; the others are listed apart by the page. */
export function rankingData(rows: RankingRow[]): RankingDatum[] {
	return rows
		.filter((r): r is RankingRow & { value: number; rank: number } => r.value !== null && r.rank !== null)
		.sort((a, b) => a.rank - b.rank)
		.map((r) => ({
			value: r.value, town: r.town, county: r.county, year: r.year, qualifier: r.qualifier,
			rank: r.rank, prev_rank: r.prev_rank, report_id: r.report_id
		}));
}

/** Plot height: one row per bar and the value axis. */
export const rankingHeight = (rows: RankingRow[]): number => BAR_STEP * Math.max(1, Math.min(rankingData(rows).length, MAX_BARS)) + 64;

export const categoryLabel = (d: Pick<RankingDatum, 'town' | 'year'>, lang: Lang) => (lang === 'zh' ? `${d.town}（${d.year}）` : `${d.town} (${d.year})`);

function tooltipHtml(d: RankingDatum, t: RankingLabels): string {
	const place = d.county ? `${d.county} ${d.town}` : d.town;
	const q = d.qualifier ? ` · ${t.qualifier[d.qualifier]}` : '';
	const change = t.prevYear ? ` · ${t.prevYear(rankChange(d.rank, d.prev_rank))}` : '';
	const hint = t.source ? ` · ${t.source.hint}` : '';
	const src = d.report_id ? `<br/><small>${escapeHtml(t.report(d.report_id) + hint)}</small>` : '';
	return `${escapeHtml(place)} · ${d.year}<br/>${formatValue(d.value, d.qualifier, t.lang)}${q} · ${t.rank(d.rank)}${change}${src}`;
}

type Params = { data?: unknown };
const datumOf = (p: unknown) => (p as Params).data as RankingDatum;

export function rankingOption(rows: RankingRow[], t: RankingLabels): EChartsOption {
	const data = rankingData(rows).slice(0, MAX_BARS);
	return {
		...BASE,
		grid: { left: 8, right: 64, top: 16, bottom: 40, containLabel: true },
		tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tooltipHtml(datumOf(p), t) },
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
				name: t.valueAxis,
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

/** The table tab: every ranked town (not only the bars drawn), with rank change for one-year rankings. */
export function rankingTable(rows: RankingRow[], t: RankingLabels): TableModel {
	const withChange = t.prevYear !== undefined;
	const columns = [
		{ label: t.cols.rank, numeric: true },
		{ label: t.cols.county, numeric: false },
		{ label: t.cols.year, numeric: true },
		{ label: t.cols.value, numeric: true },
		...(withChange ? [{ label: t.cols.change, numeric: true }] : [])
	];
	return {
		columns,
		rows: rankingData(rows).map((d) => ({
			head: d.town,
			key: `${d.town}-${d.year}-${d.rank}`,
			cells: [
				{ text: String(d.rank), value: d.rank },
				{ text: d.county ?? '', value: null },
				{ text: String(d.year), value: d.year },
				{
					text: formatValue(d.value, d.qualifier, t.lang), value: d.value, qualifier: d.qualifier,
					title: d.qualifier ? t.qualifier[d.qualifier] : undefined, href: d.report_id ? t.source?.href(d.report_id) : undefined
				},
				...(withChange ? [{ text: rankChange(d.rank, d.prev_rank), value: null }] : [])
			]
		}))
	};
}

/** A clicked bar: the town, year and value, and the link to the sentence it comes from. */
export function rankingPointLink(datum: unknown, t: RankingLabels): PointLink | undefined {
	const d = datum as RankingDatum | undefined;
	if (!d?.report_id || !t.source) return undefined;
	return { label: `${categoryLabel(d, t.lang)}：${formatValue(d.value, d.qualifier, t.lang)}`, href: t.source.href(d.report_id) };
}

/** The ranking as CSV: machine-readable columns (ids, raw values, qualifier), missing left empty. */
export function rankingCsv(rows: RankingRow[], indicator: string): CsvModel {
	return {
		header: ['rank', 'town_key', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'prev_rank', 'report_id'],
		rows: rows.map((r) => [r.rank, r.town_key, r.town, r.county, r.year, indicator, r.value, r.qualifier, r.prev_rank, r.report_id])
	};
}
