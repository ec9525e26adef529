// Rows of channel adoption → one line per channel (share of reporting towns that use it, by year),
// its table and its CSV. Pure. Years without reports are gaps, never 0 %; each line also has its
// own marker shape, so the lines stay apart without colour.
import type { EChartsOption } from 'echarts';
import type { AdoptionRow } from '$lib/db/queries/channels';
import { channelColour, orderChannels } from './channels';
import { formatNumber, type Lang } from './format';
import { BASE, escapeHtml, legendRows, type CsvModel, type TableModel } from './frame';

const SHAPES = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow', 'emptyCircle'];

export interface AdoptionLabels {
	lang: Lang;
	axis: string;
	name: (channel: string) => string;
	/** "{using} / {reporting} 个乡镇" in the tooltip and the table cells' titles */
	towns: (using: number, reporting: number) => string;
	missing: string;
	width: number;
}

export interface AdoptionLine {
	channel: string;
	name: string;
	points: AdoptionRow[];
}

export const adoptionYears = (rows: AdoptionRow[]): number[] => [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

export function adoptionLines(rows: AdoptionRow[], t: Pick<AdoptionLabels, 'name'>): AdoptionLine[] {
	const years = adoptionYears(rows);
	return orderChannels(rows.map((r) => r.channel)).map((channel) => ({
		channel,
		name: t.name(channel),
		points: years.map((y) => rows.find((r) => r.channel === channel && r.year === y) ?? { channel, year: y, reporting: 0, using: null, share: null })
	}));
}

const pct = (v: number, lang: Lang) => `${formatNumber(v, lang)}%`;

function tooltip(items: unknown, t: AdoptionLabels): string {
	const list = (Array.isArray(items) ? items : [items]) as { data?: { row: AdoptionRow } | null; marker?: string; seriesName?: string }[];
	const shown = list.filter((p) => p.data);
	if (!shown.length) return '';
	const lines = shown.map(({ data, marker, seriesName }) => {
		const r = data!.row;
		return `${marker ?? ''}${escapeHtml(seriesName ?? '')}：<b>${pct(r.share as number, t.lang)}</b> (${escapeHtml(t.towns(r.using ?? 0, r.reporting))})`;
	});
	return `${shown[0].data!.row.year}<br/>${lines.join('<br/>')}`;
}

export function adoptionOption(rows: AdoptionRow[], t: AdoptionLabels): EChartsOption {
	const years = adoptionYears(rows);
	const lines = adoptionLines(rows, t);
	return {
		...BASE,
		grid: { left: 8, right: 16, top: legendRows(lines.map((l) => l.name), t.width) * 24 + 36, bottom: 28, containLabel: true },
		legend: { top: 0, left: 0, right: 0 },
		tooltip: { trigger: 'axis', confine: true, formatter: (p: unknown) => tooltip(p, t) },
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: {
			type: 'value',
			min: 0,
			max: 100,
			name: t.axis,
			nameTextStyle: { align: 'left' },
			axisLabel: { formatter: (v: number) => pct(v, t.lang) }
		},
		series: lines.map((l, i) => ({
			type: 'line' as const,
			name: l.name,
			connectNulls: false,
			showAllSymbol: true,
			symbol: SHAPES[i % SHAPES.length],
			symbolSize: 8,
			lineStyle: { width: 2 },
			itemStyle: { color: channelColour(l.channel, i), borderColor: '#333', borderWidth: l.channel === 'channel.bulletin' ? 1 : 0 },
			emphasis: { focus: 'series' as const },
			data: l.points.map((r) => (r.share === null ? null : { value: r.share, row: r }))
		}))
	};
}

/** The table tab: one row per channel, one column per year, each cell the plotted share. */
export function adoptionTable(rows: AdoptionRow[], t: AdoptionLabels): TableModel {
	return {
		columns: adoptionYears(rows).map((y) => ({ label: String(y), numeric: true })),
		rows: adoptionLines(rows, t).map((l) => ({
			head: l.name,
			key: l.channel,
			cells: l.points.map((r) =>
				r.share === null
					? { text: t.missing, value: null }
					: { text: pct(r.share, t.lang), value: r.share, title: t.towns(r.using ?? 0, r.reporting) }
			)
		}))
	};
}

export function adoptionCsv(rows: AdoptionRow[]): CsvModel {
	return {
		header: ['channel', 'year', 'towns_reporting', 'towns_using', 'share_percent'],
		rows: adoptionLines(rows, { name: (c) => c }).flatMap((l) => l.points.map((r) => [r.channel, r.year, r.reporting, r.using, r.share]))
	};
}
