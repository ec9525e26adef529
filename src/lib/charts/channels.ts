// Rows of the channel breakdown → the stacked horizontal bar option (counts or 100 % shares), its
// table and its CSV. Pure. Each channel keeps one colour in both channel charts; the unattributed
// rest is drawn pale with a dashed edge, so it never reads as a channel of its own.
import type { EChartsOption } from 'echarts';
import type { ChannelRow } from '$lib/db/queries/channels';
import { UNATTRIBUTED } from '$lib/db/queries/channels';
import type { Qualifier } from '$lib/db/types';
import type { ChannelView } from '$lib/state/channels';
import { formatNumber, formatValue, townLabel, type Lang } from './format';
import { BASE, escapeHtml, legendRows, type CsvModel, type TableModel } from './frame';
import { PALETTE } from './theme';

/** Display order: the web first, then social media, then print and offline, then the rest. */
export const CHANNEL_ORDER = [
	'channel.website', 'channel.platform', 'channel.wechat', 'channel.weibo', 'channel.new_media',
	'channel.gazette', 'channel.bulletin', 'channel.other', UNATTRIBUTED
];

/** One Okabe–Ito colour per channel, the same in the bars and the adoption lines. */
const COLOURS: Record<string, string> = {
	'channel.website': '#0072B2', 'channel.platform': '#D55E00', 'channel.wechat': '#009E73', 'channel.weibo': '#CC79A7',
	'channel.new_media': '#56B4E9', 'channel.gazette': '#E69F00', 'channel.bulletin': '#F0E442', 'channel.other': '#555555',
	[UNATTRIBUTED]: '#DDDDDD'
};

export const channelColour = (id: string, i = 0): string => COLOURS[id] ?? PALETTE[i % PALETTE.length];

/** Channels in display order; ones the order does not know come before the unattributed rest. */
export function orderChannels(ids: Iterable<string>): string[] {
	const pos = (id: string) => {
		const i = CHANNEL_ORDER.indexOf(id);
		return i === -1 ? CHANNEL_ORDER.length - 1.5 : i;
	};
	return [...new Set(ids)].sort((a, b) => pos(a) - pos(b) || a.localeCompare(b));
}

export interface ChannelLabels {
	lang: Lang;
	view: ChannelView;
	/** the catalog unit in words (条 / items) */
	unit: string;
	axis: string;
	/** a channel's short name ("政务微信"), or the unattributed rest's */
	name: (channel: string) => string;
	qualifier: Record<Qualifier, string>;
	/** "报告总数 {v}" — the stated total in the tooltip and table */
	statedTotal: (v: string) => string;
	noTotal: string;
	/** the channels add up to more than the stated total */
	over: string;
	report: (id: string) => string;
	totalCol: string;
	width: number;
}

export interface ChannelTown {
	key: string;
	label: string;
	first: ChannelRow;
	/** segment rows by channel id */
	segs: Map<string, ChannelRow>;
}

/** Towns with a breakdown, longest bar first (the rows come ordered from SQL). */
export function channelTowns(rows: ChannelRow[], lang: Lang): ChannelTown[] {
	const out = new Map<string, ChannelTown>();
	for (const r of [...rows].sort((a, b) => a.ord - b.ord)) {
		if (r.channel === null) continue;
		let t = out.get(r.town_key);
		if (!t) out.set(r.town_key, (t = { key: r.town_key, label: townLabel(r, lang), first: r, segs: new Map() }));
		t.segs.set(r.channel, r);
	}
	return [...out.values()];
}

/** Towns with a report that year but no channel count: listed apart, never drawn as zero. */
export const withoutBreakdown = (rows: ChannelRow[]): ChannelRow[] => rows.filter((r) => r.channel === null);

/** The number a segment plots in this view. */
export const plottedSeg = (r: ChannelRow, view: ChannelView): number | null => (view === 'counts' ? r.value : r.share);
const markOf = (r: ChannelRow, view: ChannelView) => (view === 'counts' ? r.qualifier : r.share_qualifier);

function segText(r: ChannelRow, t: ChannelLabels): string {
	const v = plottedSeg(r, t.view);
	const text = formatValue(v, markOf(r, t.view), t.lang);
	return t.view === 'shares' && v !== null ? `${text}%` : text;
}

const totalText = (r: ChannelRow, t: ChannelLabels) =>
	r.total === null ? t.noTotal : t.statedTotal(`${formatValue(r.total, r.total_qualifier, t.lang)} ${t.unit}`);

interface Datum {
	value: number;
	row: ChannelRow;
}

function tooltip(items: unknown, t: ChannelLabels): string {
	const list = (Array.isArray(items) ? items : [items]) as { data?: Datum | null; marker?: string }[];
	const shown = list.filter((p) => p.data);
	if (!shown.length) return '';
	const head = shown[0].data!.row;
	const place = head.county ? `${head.county} ${head.town}` : head.town;
	const lines = shown.map(({ data, marker }) => {
		const r = data!.row;
		const count = `${formatValue(r.value, r.qualifier, t.lang)} ${t.unit}`;
		const share = r.share === null ? '' : ` · ${formatValue(r.share, r.share_qualifier, t.lang)}%`;
		const q = r.qualifier && r.qualifier !== 'exact' ? ` (${t.qualifier[r.qualifier]})` : '';
		return `${marker ?? ''}${escapeHtml(t.name(r.channel as string))}：<b>${escapeHtml(count)}</b>${escapeHtml(share + q)}`;
	});
	const over = head.over ? `<br/><small>${escapeHtml(t.over)}</small>` : '';
	// a province's bar (the national summary) has no report of its own
	const src = head.report_id ? `<br/><small>${escapeHtml(t.report(head.report_id))}</small>` : '';
	return `${escapeHtml(place)} · ${head.year}<br/>${lines.join('<br/>')}<br/>${escapeHtml(totalText(head, t))}${over}${src}`;
}

/** Space above the plot: the wrapped legend. */
const legendTop = (channels: string[], t: ChannelLabels) => legendRows(channels.map(t.name), t.width) * 24 + 12;

/** Plot height: one band per town, the legend and the axis. */
export function channelHeight(rows: ChannelRow[], t: ChannelLabels): number {
	const towns = channelTowns(rows, t.lang);
	return Math.max(1, towns.length) * 30 + legendTop(orderChannels(towns.flatMap((x) => [...x.segs.keys()])), t) + 48;
}

export function channelOption(rows: ChannelRow[], t: ChannelLabels): EChartsOption {
	const towns = channelTowns(rows, t.lang);
	const channels = orderChannels(towns.flatMap((x) => [...x.segs.keys()]));
	return {
		...BASE,
		grid: { left: 8, right: 24, top: legendTop(channels, t), bottom: 36, containLabel: true },
		legend: { top: 0, left: 0, right: 0 },
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: (p: unknown) => tooltip(p, t) },
		xAxis: {
			type: 'value',
			name: t.axis,
			nameLocation: 'middle',
			nameGap: 24,
			max: t.view === 'shares' ? 100 : undefined,
			axisLabel: { formatter: (v: number) => formatNumber(v, t.lang) + (t.view === 'shares' ? '%' : ''), hideOverlap: true }
		},
		yAxis: { type: 'category', inverse: true, data: towns.map((x) => x.label), axisTick: { show: false } },
		series: channels.map((c, i) => ({
			type: 'bar' as const,
			name: t.name(c),
			stack: 'town',
			barMaxWidth: 22,
			itemStyle:
				c === UNATTRIBUTED
					? { color: channelColour(c, i), borderColor: '#888', borderType: 'dashed' as const, borderWidth: 1 }
					: { color: channelColour(c, i) },
			emphasis: { focus: 'series' as const },
			data: towns.map((x) => {
				const r = x.segs.get(c);
				const v = r ? plottedSeg(r, t.view) : null;
				return r && v !== null ? ({ value: v, row: r } satisfies Datum) : null;
			})
		}))
	};
}

/** The table tab: one row per town, one column per channel (the plotted numbers), then the stated total. */
export function channelTable(rows: ChannelRow[], t: ChannelLabels, missing: string): TableModel {
	const towns = channelTowns(rows, t.lang);
	const channels = orderChannels(towns.flatMap((x) => [...x.segs.keys()]));
	return {
		columns: [...channels.map((c) => ({ label: t.name(c), numeric: true })), { label: t.totalCol, numeric: true }],
		rows: towns.map((x) => ({
			head: x.label,
			key: x.key,
			cells: [
				...channels.map((c) => {
					const r = x.segs.get(c);
					const v = r ? plottedSeg(r, t.view) : null;
					const q = r ? markOf(r, t.view) : null;
					return r && v !== null
						? { text: segText(r, t), value: v, qualifier: q, title: q && q !== 'exact' ? t.qualifier[q] : undefined }
						: { text: missing, value: null };
				}),
				{
					text: formatValue(x.first.total, x.first.total_qualifier, t.lang, missing),
					value: x.first.total,
					qualifier: x.first.total_qualifier,
					title: x.first.over ? t.over : undefined
				}
			]
		}))
	};
}

/** The CSV: one line per town and segment, counts and shares with their qualifiers, the stated total. */
export function channelCsv(rows: ChannelRow[]): CsvModel {
	return {
		header: ['town_key', 'town', 'county', 'year', 'channel', 'value', 'qualifier', 'share_percent', 'share_qualifier', 'active_total', 'total_qualifier', 'channels_exceed_total', 'report_id'],
		rows: [...rows]
			.sort((a, b) => a.ord - b.ord)
			.map((r) => [r.town_key, r.town, r.county, r.year, r.channel, r.value, r.qualifier, r.share, r.share_qualifier, r.total, r.total_qualifier, r.over, r.report_id])
	};
}
