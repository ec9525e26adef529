// The overview's biggest movers (rows from moversQuery) → a diverging bar chart of each town's change
// since the year before, its table and its CSV. Pure: no DOM, no I/O. A change between two numbers of
// which one is approximate or a floor is itself approximate: it carries ≈.
import type { EChartsOption } from 'echarts';
import type { MoverRow } from '$lib/db/queries/overview';
import type { Qualifier } from '$lib/db/types';
import { formatChange, formatNumber, formatPercent, formatValue, townLabel, type Lang } from './format';
import { BASE, escapeHtml, type CsvModel, type ReportRef, type SourceLinks, type TableModel } from './frame';
import { PALETTE } from './theme';

export interface MoversLabels {
	lang: Lang;
	year: number;
	/** the catalog unit in words */
	unit: string;
	/** the value axis: "变化（条）" */
	axis: string;
	qualifier: Record<Qualifier, string>;
	report: (id: string) => string;
	cols: { prev: (year: number) => string; value: (year: number) => string; change: string; pct: string };
	/** links both years' values in the table to their source sentences */
	source?: SourceLinks;
}

const UP = PALETTE[0];
const DOWN = PALETTE[5];

const uncertain = (q: Qualifier | null) => q === 'approx' || q === 'at_least';
/** ≈ on a change when either end of it is not exact. */
export const changeText = (r: MoverRow, lang: Lang) => `${uncertain(r.qualifier) || uncertain(r.prev_qualifier) ? '≈' : ''}${formatChange(r.change, lang)}`;

const pctValue = (r: MoverRow) => (r.change_pct === null ? null : Math.round(r.change_pct * 10) / 10);

export const moversHeight = (rows: MoverRow[]) => Math.max(1, rows.length) * 34 + 64;

function tooltipHtml(r: MoverRow, t: MoversLabels): string {
	const place = r.county ? `${r.county} ${r.town}` : r.town;
	const v = (x: number, q: Qualifier | null) => `${formatValue(x, q, t.lang)} ${t.unit}`;
	const zh = t.lang === 'zh';
	const p = r.change_pct === null ? '' : formatPercent(r.change_pct, t.lang);
	const pct = p === '' ? '' : zh ? `（${p}）` : ` (${p})`;
	const colon = zh ? '：' : ': ';
	const lines = [
		escapeHtml(place),
		escapeHtml(`${t.year - 1}${colon}${v(r.prev_value, r.prev_qualifier)} → ${t.year}${colon}${v(r.value, r.qualifier)}`),
		`<b>${escapeHtml(`${t.cols.change} ${changeText(r, t.lang)} ${t.unit}${pct}`)}</b>`
	];
	if (r.report_id) lines.push(`<small>${escapeHtml(t.report(r.report_id))}</small>`);
	return lines.join('<br/>');
}

type Params = { data?: { row?: MoverRow } };
const rowOf = (p: unknown) => (p as Params).data?.row as MoverRow;

export function moversOption(rows: MoverRow[], t: MoversLabels): EChartsOption {
	return {
		...BASE,
		grid: { left: 8, right: 56, top: 16, bottom: 40, containLabel: true },
		tooltip: { trigger: 'item', confine: true, formatter: (p: unknown) => tooltipHtml(rowOf(p), t) },
		xAxis: {
			type: 'value',
			name: t.axis,
			nameLocation: 'middle',
			nameGap: 24,
			axisLabel: { formatter: (v: number) => formatNumber(v, t.lang), hideOverlap: true }
		},
		yAxis: { type: 'category', inverse: true, data: rows.map((r) => townLabel(r, t.lang)), axisTick: { show: false } },
		series: [
			{
				type: 'bar',
				name: t.axis,
				barMaxWidth: 22,
				data: rows.map((r) => ({ value: r.change, row: r, itemStyle: { color: r.change > 0 ? UP : DOWN } })),
				label: { show: true, position: 'right', formatter: (p: unknown) => changeText(rowOf(p), t.lang) }
			}
		]
	};
}

const valueCell = (value: number, qualifier: Qualifier | null, ref: ReportRef, t: MoversLabels) => ({
	text: formatValue(value, qualifier, t.lang),
	value,
	qualifier,
	href: t.source?.href(ref)
});

/** One row per town, as drawn: last year's value, this year's, the change (the bar) and the percentage. */
export function moversTable(rows: MoverRow[], t: MoversLabels): TableModel {
	const q = (v: Qualifier | null) => (v ? t.qualifier[v] : undefined);
	return {
		columns: [t.cols.prev(t.year - 1), t.cols.value(t.year), t.cols.change, t.cols.pct].map((label) => ({ label, numeric: true })),
		rows: rows.map((r) => ({
			head: townLabel(r, t.lang),
			key: r.town_key,
			cells: [
				{ ...valueCell(r.prev_value, r.prev_qualifier, { report_id: r.prev_report_id, town_key: r.town_key, year: t.year - 1 }, t), title: q(r.prev_qualifier) },
				{ ...valueCell(r.value, r.qualifier, { report_id: r.report_id, town_key: r.town_key, year: t.year }, t), title: q(r.qualifier) },
				{ text: changeText(r, t.lang), value: r.change },
				{ text: r.change_pct === null ? '—' : formatPercent(r.change_pct, t.lang), value: pctValue(r) }
			]
		}))
	};
}

export function moversCsv(rows: MoverRow[], indicator: string, year: number): CsvModel {
	return {
		header: [
			'town_key', 'town', 'county', 'indicator', 'prev_year', 'prev_value', 'prev_qualifier', 'year', 'value', 'qualifier', 'change', 'change_percent',
			'direction', 'prev_report_id', 'report_id'
		],
		rows: rows.map((r) => [
			r.town_key, r.town, r.county, indicator, year - 1, r.prev_value, r.prev_qualifier, year, r.value, r.qualifier, r.change, pctValue(r), r.direction,
			r.prev_report_id, r.report_id
		])
	};
}
