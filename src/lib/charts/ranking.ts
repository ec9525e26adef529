// Rows of a ranking → the horizontal bar chart option, its table and its CSV. Pure: no DOM, no I/O.
// Ranks and rank changes come from SQL; this only orders, cuts (top 20 / all) and words them.
import type { EChartsOption } from 'echarts';
import type { RankingRow } from '$lib/db/queries/ranking';
import type { Qualifier } from '$lib/db/types';
import type { RankingOrder } from '$lib/state/rankings';
import { formatNumber, formatValue, rankMove, townLabel, type Lang } from './format';
import { BASE, escapeHtml, type CsvModel, type PointLink, type SourceLinks, type TableModel } from './frame';

export interface RankingLabels {
	lang: Lang;
	/** the catalog unit in words, e.g. 条 / items */
	unit: string;
	valueAxis: string;
	qualifier: Record<Qualifier, string>;
	rank: (r: number) => string;
	/** one-year rankings: the year compared with; undefined = each town's latest year (no change shown) */
	prevYear?: number;
	/** 新 / new: ranked now, no value the year before */
	fresh: string;
	/** "名次较上年 ▲2" around a move */
	moveWords: (move: string) => string;
	/** "2024 年：≈300 条，第 5 名" */
	prevWords: (year: number, value: string, rank: string) => string;
	/** "报告 {id}" / "report {id}" in the tooltip */
	report: (id: string) => string;
	/** table column heads */
	cols: { rank: string; county: string; year: string; value: string; prev: (year: number) => string; change: string };
	order: RankingOrder;
	/** every ranked town as a bar, not only the top TOP_BARS */
	all: boolean;
	/** links each bar and value cell to its source sentence */
	source?: SourceLinks;
}

/** Bars shown before "show all". */
export const TOP_BARS = 20;
/** "Show all" stops here: beyond it bars are unreadable; the CSV carries every town. */
export const MAX_BARS = 500;
/** Ranks per page of a national ranking (the `scale` dataset): the top of a province or of the country, then pages on. */
export const RANKING_PAGE = 50;

/** Only towns that stated a value are ranked; the others are listed apart by the page. */
export function rankedRows(rows: RankingRow[], order: RankingOrder): (RankingRow & { value: number; rank: number })[] {
	const dir = order === 'asc' ? -1 : 1;
	return rows
		.filter((r): r is RankingRow & { value: number; rank: number } => r.value !== null && r.rank !== null)
		.sort((a, b) => dir * (a.rank - b.rank) || a.town.localeCompare(b.town, 'zh') || a.town_key.localeCompare(b.town_key));
}

/** The towns drawn as bars (and listed in the table): the first TOP_BARS in the chosen order, or all. */
export const shownRows = (rows: RankingRow[], t: Pick<RankingLabels, 'order' | 'all'>) =>
	rankedRows(rows, t.order).slice(0, t.all ? MAX_BARS : TOP_BARS);

/** Plot height: one row per bar (tighter when every town is shown) and the value axis. */
export function rankingHeight(bars: number): number {
	return Math.max(1, bars) * (bars > TOP_BARS ? 26 : 36) + 64;
}

/** Town (and year, where each town shows its own latest year) on the category axis. */
export function categoryLabel(r: RankingRow, t: Pick<RankingLabels, 'lang' | 'prevYear'>): string {
	const name = townLabel(r, t.lang);
	if (t.prevYear !== undefined) return name;
	return t.lang === 'zh' ? `${name}（${r.year}）` : `${name} (${r.year})`;
}

const moveOf = (r: RankingRow, t: RankingLabels) => rankMove(r.is_new ? null : r.rank_change, t.fresh);

function tooltipHtml(r: RankingRow & { value: number; rank: number }, t: RankingLabels): string {
	const place = r.county ? `${r.county} ${r.town}` : r.town;
	const q = r.qualifier && r.qualifier !== 'exact' ? ` · ${t.qualifier[r.qualifier]}` : '';
	const lines = [`${escapeHtml(place)} · ${r.year}`, `<b>${formatValue(r.value, r.qualifier, t.lang)} ${escapeHtml(t.unit)}</b>${q} · ${escapeHtml(t.rank(r.rank))}`];
	if (t.prevYear !== undefined) {
		lines.push(escapeHtml(t.moveWords(moveOf(r, t))));
		if (r.prev_value !== null && r.prev_rank !== null) {
			lines.push(escapeHtml(t.prevWords(t.prevYear, `${formatValue(r.prev_value, r.prev_qualifier, t.lang)} ${t.unit}`, t.rank(r.prev_rank))));
		}
	}
	if (r.report_id) lines.push(`<small>${escapeHtml(t.report(r.report_id) + (t.source ? ` · ${t.source.hint}` : ''))}</small>`);
	else if (t.source?.href(r)) lines.push(`<small>${escapeHtml(t.source.hint)}</small>`);
	return lines.join('<br/>');
}

type Params = { data?: { row?: RankingRow & { value: number; rank: number } } };
const rowOf = (p: unknown) => (p as Params).data?.row as RankingRow & { value: number; rank: number };

export function rankingOption(rows: RankingRow[], t: RankingLabels): EChartsOption {
	const shown = shownRows(rows, t);
	const withMove = t.prevYear !== undefined;
	return {
		...BASE,
		grid: { left: 8, right: withMove ? 84 : 64, top: 16, bottom: 40, containLabel: true },
		tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tooltipHtml(rowOf(p), t) },
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
			inverse: true, // the first in the chosen order at the top
			data: shown.map((r) => categoryLabel(r, t)),
			axisTick: { show: false }
		},
		series: [
			{
				type: 'bar',
				name: t.valueAxis,
				data: shown.map((r) => ({ value: r.value, row: r })),
				barMaxWidth: 24,
				barCategoryGap: '30%',
				label: {
					show: true,
					position: 'right',
					formatter: (p: unknown) => {
						const r = rowOf(p);
						const v = formatValue(r.value, r.qualifier, t.lang);
						return withMove ? `${v}  ${moveOf(r, t)}` : v;
					}
				}
			}
		]
	};
}

/** The table tab: exactly the bars drawn, in their order, with last year's value and the rank change. */
export function rankingTable(rows: RankingRow[], t: RankingLabels): TableModel {
	const byYear = t.prevYear !== undefined;
	const num = (label: string) => ({ label, numeric: true });
	const columns = [
		num(t.cols.rank),
		{ label: t.cols.county, numeric: false },
		...(byYear ? [] : [num(t.cols.year)]),
		num(t.cols.value),
		...(byYear ? [num(t.cols.prev(t.prevYear as number)), num(t.cols.change)] : [])
	];
	const q = (v: Qualifier | null) => (v ? t.qualifier[v] : undefined);
	return {
		columns,
		rows: shownRows(rows, t).map((r) => ({
			head: townLabel(r, t.lang),
			key: r.town_key,
			cells: [
				{ text: String(r.rank), value: r.rank },
				{ text: r.county ?? '', value: null },
				...(byYear ? [] : [{ text: String(r.year), value: r.year }]),
				{
					text: formatValue(r.value, r.qualifier, t.lang), value: r.value, qualifier: r.qualifier, title: q(r.qualifier),
					href: t.source?.href(r)
				},
				...(byYear
					? [
							{ text: formatValue(r.prev_value, r.prev_qualifier, t.lang), value: r.prev_value, qualifier: r.prev_qualifier, title: q(r.prev_qualifier) },
							{ text: moveOf(r, t), value: r.is_new ? null : r.rank_change }
						]
					: [])
			]
		}))
	};
}

/** A clicked bar: the town, year and value, and the link to the sentence it comes from. */
export function rankingPointLink(datum: unknown, t: RankingLabels): PointLink | undefined {
	const r = (datum as { row?: RankingRow } | undefined)?.row;
	const href = r && r.value !== null ? t.source?.href(r) : undefined;
	if (!r || !href) return undefined;
	const label = t.lang === 'zh' ? `${townLabel(r, t.lang)}（${r.year}）` : `${townLabel(r, t.lang)} (${r.year})`;
	return { label: `${label}${t.lang === 'zh' ? '：' : ': '}${formatValue(r.value, r.qualifier, t.lang)}`, href };
}

/** The ranking as CSV: every town (not only the bars), machine-readable columns, missing left empty. */
export function rankingCsv(rows: RankingRow[], indicator: string): CsvModel {
	return {
		header: ['rank', 'town_key', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'prev_value', 'prev_qualifier', 'prev_rank', 'rank_change', 'is_new', 'report_id'],
		rows: rows.map((r) => [
			r.rank, r.town_key, r.town, r.county, r.year, indicator, r.value, r.qualifier, r.prev_value, r.prev_qualifier, r.prev_rank, r.rank_change, r.is_new, r.report_id
		])
	};
}
