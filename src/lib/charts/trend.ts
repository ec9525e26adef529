// Rows of a trend → the line chart option, its table and its CSV. Pure: no DOM, no I/O. Missing
// years are gaps (null), never zero; approximate and at-least values are drawn hollow.
import type { EChartsOption } from 'echarts';
import type { Qualifier, TrendRow } from '$lib/db/types';
import type { TrendMode, TrendScale } from '$lib/state/trends';
import { formatNumber, formatValue, qualifierMark, townLabel, type Lang } from './format';
import { BASE, escapeHtml, type CsvModel, type PointLink, type SourceLinks, type TableModel } from './frame';

export interface TrendLabels {
	lang: Lang;
	mode: TrendMode;
	scale: TrendScale;
	/** the catalog unit in words, e.g. 条 / items */
	unit: string;
	/** the value axis name for this mode */
	axis: string;
	qualifier: Record<Qualifier, string>;
	/** shown for a year without a value */
	missing: string;
	/** "报告 {id}" / "report {id}" in the tooltip */
	report: (id: string) => string;
	/** chart width in px: narrow screens get the legend only, no labels at line ends */
	width: number;
	/** the point the user clicked, drawn larger */
	selected?: { town_key: string; year: number };
	/** links each point and table cell to its source sentence */
	source?: SourceLinks;
}

export interface TrendSeries {
	key: string;
	name: string;
	points: TrendRow[];
}

/** Rows (ordered by town, then year) → one series per town, in legend order. */
export function trendSeries(rows: TrendRow[], lang: Lang): TrendSeries[] {
	const byKey = new Map<string, TrendSeries>();
	for (const r of [...rows].sort((a, b) => a.ord - b.ord || a.year - b.year)) {
		let s = byKey.get(r.town_key);
		if (!s) byKey.set(r.town_key, (s = { key: r.town_key, name: townLabel(r, lang), points: [] }));
		s.points.push(r);
	}
	return [...byKey.values()];
}

export const trendYears = (rows: TrendRow[]): number[] => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

/** The number a point plots in this mode (before the log-scale rule). */
export function modeValue(r: TrendRow, mode: TrendMode): number | null {
	const v = mode === 'abs' ? r.value : mode === 'index' ? r.index_value : r.yoy;
	return v === null ? null : Math.round(v * 100) / 100;
}

/** The number drawn: a log axis cannot place zero or negatives, so they become gaps (with a note). */
export function plotted(r: TrendRow, mode: TrendMode, scale: TrendScale): number | null {
	const v = modeValue(r, mode);
	return v !== null && scale === 'log' && v <= 0 ? null : v;
}

const hollow = (q: Qualifier | null) => q === 'approx' || q === 'at_least';

/** A plotted number as the table shows it: ≈ / ≥ marks, "+" and "%" for year-on-year change. */
function cellText(v: number, r: TrendRow, t: TrendLabels): string {
	if (t.mode === 'abs') return formatValue(v, r.qualifier, t.lang);
	const mark = qualifierMark(r.qualifier);
	return t.mode === 'index' ? `${mark}${formatNumber(v, t.lang)}` : `${mark}${v > 0 ? '+' : ''}${formatNumber(v, t.lang)}%`;
}

/** …and as the tooltip says it, with the unit for absolute values. */
const shown = (v: number, r: TrendRow, t: TrendLabels) => (t.mode === 'abs' ? `${cellText(v, r, t)} ${t.unit}` : cellText(v, r, t));

interface Datum {
	value: number;
	symbol: string;
	symbolSize: number;
	row: TrendRow;
}

function tooltip(items: unknown, t: TrendLabels): string {
	const list = (Array.isArray(items) ? items : [items]) as { data?: Datum | null; marker?: string; seriesName?: string }[];
	const rows = list
		.filter((p) => p.data)
		.map((p) => {
			const r = (p.data as Datum).row;
			const place = r.county ? `${r.county} ${r.town}` : r.town;
			const q = r.qualifier && r.qualifier !== 'exact' ? ` · ${t.qualifier[r.qualifier]}` : '';
			const raw = t.mode === 'abs' ? '' : ` (${formatValue(r.value, r.qualifier, t.lang)} ${t.unit})`;
			const src = r.report_id ? `<br/><small>${escapeHtml(t.report(r.report_id) + (t.source ? ` · ${t.source.hint}` : ''))}</small>` : '';
			return `${p.marker ?? ''}${escapeHtml(place)} · ${r.year}：<b>${escapeHtml(shown((p.data as Datum).value, r, t))}</b>${raw}${q}${src}`;
		});
	return rows.join('<br/>');
}

export function trendOption(rows: TrendRow[], t: TrendLabels): EChartsOption {
	const years = trendYears(rows);
	const series = trendSeries(rows, t.lang);
	const narrow = t.width < 640;
	const baseline = t.mode === 'index' ? 100 : t.mode === 'yoy' ? 0 : undefined;
	return {
		...BASE,
		grid: { left: 8, right: narrow ? 16 : 112, top: narrow ? 84 : 64, bottom: 28, containLabel: true },
		legend: { type: 'scroll', top: 0, left: 0, right: 0 },
		tooltip: { trigger: 'axis', confine: true, formatter: (p: unknown) => tooltip(p, t) },
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: {
			type: t.scale === 'log' ? 'log' : 'value',
			name: t.axis,
			nameTextStyle: { align: 'left' },
			scale: t.mode !== 'abs',
			axisLabel: { formatter: (v: number) => formatNumber(v, t.lang) + (t.mode === 'yoy' ? '%' : ''), hideOverlap: true }
		},
		series: series.map((s, i) => ({
			type: 'line' as const,
			name: s.name,
			connectNulls: false,
			showAllSymbol: true,
			symbol: 'circle',
			symbolSize: 7,
			z: 10 - Math.min(i, 9),
			endLabel: { show: !narrow, formatter: '{a}', width: 100, overflow: 'truncate' as const },
			labelLayout: { moveOverlap: 'shiftY' as const },
			emphasis: { focus: 'series' as const },
			...(i === 0 && baseline !== undefined && !(t.scale === 'log' && baseline <= 0)
				? { markLine: { silent: true, symbol: 'none', lineStyle: { color: '#999', type: 'dashed' as const }, label: { show: false }, data: [{ yAxis: baseline }] } }
				: {}),
			data: years.map((y) => {
				const r = s.points.find((p) => p.year === y);
				const v = r ? plotted(r, t.mode, t.scale) : null;
				if (!r || v === null) return null;
				const picked = t.selected?.town_key === r.town_key && t.selected.year === y;
				return { value: v, symbol: hollow(r.qualifier) ? 'emptyCircle' : 'circle', symbolSize: picked ? 14 : 7, row: r } satisfies Datum;
			})
		}))
	};
}

export interface TrendNoteWords {
	logGaps: (n: number) => string;
	zeroBase: (towns: string) => string;
	yoyFromZero: (n: number) => string;
}

/** Why some points are missing beyond "not reported": the arithmetic had no number to give. */
export function trendNotes(rows: TrendRow[], t: TrendLabels, words: TrendNoteWords): string[] {
	const notes: string[] = [];
	const logGaps = rows.filter((r) => modeValue(r, t.mode) !== null && plotted(r, t.mode, t.scale) === null).length;
	if (logGaps) notes.push(words.logGaps(logGaps));
	if (t.mode === 'index') {
		const zero = trendSeries(rows, t.lang).filter((s) => s.points.some((p) => p.base === 0));
		if (zero.length) notes.push(words.zeroBase(zero.map((s) => s.name).join('、')));
	}
	if (t.mode === 'yoy') {
		const n = rows.filter((r) => r.value !== null && r.prev === 0).length;
		if (n) notes.push(words.yoyFromZero(n));
	}
	return notes;
}

/** The table tab: one row per town, one column per year, each cell exactly the plotted number. */
export function trendTable(rows: TrendRow[], t: TrendLabels): TableModel {
	const years = trendYears(rows);
	return {
		columns: years.map((y) => ({ label: String(y), numeric: true })),
		rows: trendSeries(rows, t.lang).map((s) => ({
			head: s.name,
			key: s.key,
			cells: years.map((y) => {
				const r = s.points.find((p) => p.year === y);
				const v = r ? plotted(r, t.mode, t.scale) : null;
				return r && v !== null
					? {
							text: cellText(v, r, t), value: v, qualifier: r.qualifier, title: r.qualifier ? t.qualifier[r.qualifier] : undefined,
							href: t.source?.href(r)
						}
					: { text: t.missing, value: null };
			})
		}))
	};
}

/** A clicked point: town, year and value as plotted, and the link to its source sentence. */
export function trendPointLink(datum: unknown, t: TrendLabels): PointLink | undefined {
	const d = datum as Datum | null | undefined;
	const r = d?.row;
	const href = r && t.source?.href(r);
	if (!d || !r || !href) return undefined;
	return { label: `${townLabel(r, t.lang)} · ${r.year}：${shown(d.value, r, t)}`, href };
}

/** The CSV: long format, raw value with qualifier, and the index and YoY the SQL computed. */
export function trendCsv(rows: TrendRow[], indicator: string): CsvModel {
	return {
		header: ['town_key', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'index_value', 'base_year', 'yoy_percent', 'report_id'],
		rows: [...rows]
			.sort((a, b) => a.ord - b.ord || a.year - b.year)
			.map((r) => [r.town_key, r.town, r.county, r.year, indicator, r.value, r.qualifier, r.index_value, r.base_year, r.yoy, r.report_id])
	};
}
