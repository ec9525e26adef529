// The channel bar builder: stacked segments in channel order, counts vs shares, the unattributed
// rest, qualifier marks in tooltip, table and CSV; and the adoption line builder.
import { describe, expect, it } from 'vitest';
import { adoptionCsv, adoptionOption, adoptionTable, type AdoptionLabels } from '../../../src/lib/charts/adoption';
import { channelCsv, channelHeight, channelOption, channelTable, orderChannels, withoutBreakdown, type ChannelLabels } from '../../../src/lib/charts/channels';
import { optionSummary } from '../../../src/lib/charts/summary';
import type { AdoptionRow, ChannelRow } from '../../../src/lib/db/queries/channels';

const town = (key: string, ord: number, extra: Partial<ChannelRow> = {}) => (channel: string | null, value: number | null, qualifier: ChannelRow['qualifier'], share: number | null): ChannelRow => ({
	town_key: key, town: `镇${key}`, county: '甲县', name_shared: false, year: 2019, report_id: `r${key}`, ord,
	channel, value, qualifier, share, share_qualifier: channel ? qualifier : null,
	total: 100, total_qualifier: 'exact', channel_sum: 50, bar: 100, over: false, ...extra
});
const A = town('A', 1);
const C = town('C', 2, { total: 10, channel_sum: 14, bar: 14, over: true });
const D = town('D', 3, { total: 60, total_qualifier: 'at_least', channel_sum: null, bar: null });
// rows in SQL order (by town, then channel id) — the builder puts channels in display order itself
const rows: ChannelRow[] = [
	A('channel.wechat', 20, 'approx', 20), A('channel.website', 30, 'exact', 30), A('unattributed', 50, 'approx', 50),
	C('channel.website', 8, 'exact', 57.1), C('channel.weibo', 6, 'exact', 42.9),
	D(null, null, null, null)
];
rows[2].share_qualifier = 'approx';

const NAMES: Record<string, string> = { 'channel.website': '政府网站', 'channel.wechat': '政务微信', 'channel.weibo': '政务微博', unattributed: '其他/未分渠道' };
const labels = (extra: Partial<ChannelLabels> = {}): ChannelLabels => ({
	lang: 'zh', view: 'counts', unit: '条', axis: '数量（条）', name: (c) => NAMES[c] ?? c,
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	statedTotal: (v) => `报告总数：${v}`, noTotal: '未报告总数', over: '超过总数', report: (id) => `报告 ${id}`, totalCol: '报告总数', width: 1000, ...extra
});

describe('channelOption', () => {
	it('stacks one series per channel in display order, one category per town with a breakdown', () => {
		const s = optionSummary(channelOption(rows, labels()));
		expect(s.categories).toEqual(['镇A', '镇C']);
		expect(s.series).toEqual([
			{ name: '政府网站', values: [30, 8] },
			{ name: '政务微信', values: [20, null] },
			{ name: '政务微博', values: [null, 6] },
			{ name: '其他/未分渠道', values: [50, null] }
		]);
		const series = channelOption(rows, labels()).series as { stack: string; itemStyle: { borderType?: string } }[];
		expect(series.every((x) => x.stack === 'town')).toBe(true);
		expect(series[3].itemStyle.borderType).toBe('dashed');
	});

	it('plots the SQL shares in the shares view, on a 0–100 axis', () => {
		const o = channelOption(rows, labels({ view: 'shares' }));
		expect(optionSummary(o).series.map((x) => x.values)).toEqual([[30, 57.1], [20, null], [null, 42.9], [50, null]]);
		expect(o.xAxis).toMatchObject({ max: 100 });
	});

	it('writes every segment with its marks, the stated total, the excess note and the report, escaped', () => {
		const o = channelOption([...rows.slice(0, 3).map((r) => ({ ...r, town: '<b>镇' }))], labels());
		const data = (o.series as { data: unknown[] }[]).map((x) => ({ data: x.data[0], marker: '' }));
		const tip = (o.tooltip as { formatter: (p: unknown) => string }).formatter(data);
		expect(tip).toContain('甲县 &lt;b&gt;镇 · 2019');
		expect(tip).toContain('政务微信：<b>≈20 条</b> · ≈20% (约数)');
		expect(tip).toContain('其他/未分渠道：<b>≈50 条</b>');
		expect(tip).toContain('报告总数：100 条');
		expect(tip).toContain('报告 rA');
		const over = channelOption(rows, labels());
		const cdata = (over.series as { data: unknown[] }[]).map((x) => ({ data: x.data[1], marker: '' }));
		expect((over.tooltip as { formatter: (p: unknown) => string }).formatter(cdata)).toContain('超过总数');
	});

	it('grows with the towns and leaves room for the legend on narrow screens', () => {
		expect(channelHeight(rows, labels({ width: 375 }))).toBeGreaterThan(channelHeight(rows, labels()));
	});
});

describe('channelTable / channelCsv / withoutBreakdown', () => {
	it('holds exactly the plotted numbers, marks and 未报告, then the stated total', () => {
		const t = channelTable(rows, labels(), '未报告');
		expect(t.columns.map((c) => c.label)).toEqual(['政府网站', '政务微信', '政务微博', '其他/未分渠道', '报告总数']);
		const plotted = optionSummary(channelOption(rows, labels())).series;
		// the table is the chart transposed: a row per town, a column per channel
		expect(t.rows.map((r) => r.cells.slice(0, 4).map((c) => c.value))).toEqual([0, 1].map((i) => plotted.map((s) => s.values[i])));
		expect(t.rows[0].cells.map((c) => c.text)).toEqual(['30', '≈20', '未报告', '≈50', '100']);
		expect(channelTable(rows, labels({ view: 'shares' }), '未报告').rows[1].cells.map((c) => c.text)).toEqual(['57.1%', '未报告', '42.9%', '未报告', '10']);
	});

	it('lists towns without a breakdown apart, and exports every row with both qualifiers', () => {
		expect(withoutBreakdown(rows).map((r) => r.town_key)).toEqual(['D']);
		const csv = channelCsv(rows);
		expect(csv.header).toContain('share_qualifier');
		expect(csv.rows).toHaveLength(6);
		expect(csv.rows[2]).toEqual(['A', '镇A', '甲县', 2019, 'unattributed', 50, 'approx', 50, 'approx', 100, 'exact', false, 'rA']);
		expect(csv.rows[5].slice(4, 7)).toEqual([null, null, null]);
	});

	it('orders channels it does not know before the unattributed rest', () => {
		expect(orderChannels(['unattributed', 'channel.zz', 'channel.wechat', 'channel.website'])).toEqual(['channel.website', 'channel.wechat', 'channel.zz', 'unattributed']);
	});
});

const arow = (channel: string, year: number, reporting: number, using: number | null, share: number | null): AdoptionRow => ({ channel, year, reporting, using, share });
const adoption: AdoptionRow[] = [
	arow('channel.wechat', 2016, 1, 0, 0), arow('channel.wechat', 2017, 0, null, null), arow('channel.wechat', 2018, 3, 2, 66.7),
	arow('channel.website', 2016, 1, 0, 0), arow('channel.website', 2017, 0, null, null), arow('channel.website', 2018, 3, 3, 100)
];
const alabels: AdoptionLabels = { lang: 'zh', axis: '使用的乡镇（%）', name: (c) => NAMES[c] ?? c, towns: (u, r) => `${u}/${r} 个乡镇`, missing: '未报告', width: 1000 };

describe('adoption builders', () => {
	it('draws one line per channel in display order; a year without reports is a gap, not 0 %', () => {
		const o = adoptionOption(adoption, alabels);
		expect(optionSummary(o)).toEqual({
			categories: ['2016', '2017', '2018'],
			series: [{ name: '政府网站', values: [0, null, 100] }, { name: '政务微信', values: [0, null, 66.7] }]
		});
		const symbols = (o.series as { symbol: string; connectNulls: boolean }[]).map((s) => [s.symbol, s.connectNulls]);
		expect(new Set(symbols.map((s) => s[0])).size).toBe(2);
		expect(symbols.every((s) => s[1] === false)).toBe(true);
	});

	it('says how many towns each share is of, in the tooltip and the table', () => {
		const o = adoptionOption(adoption, alabels);
		const d = (o.series as { data: unknown[] }[])[1].data[2];
		expect((o.tooltip as { formatter: (p: unknown) => string }).formatter([{ data: d, seriesName: '政务微信', marker: '' }])).toBe('2018<br/>政务微信：<b>66.7%</b> (2/3 个乡镇)');
		const t = adoptionTable(adoption, alabels);
		expect(t.rows.map((r) => r.cells.map((c) => c.value))).toEqual(optionSummary(o).series.map((s) => s.values));
		expect(t.rows[1].cells.map((c) => [c.text, c.title])).toEqual([['0%', '0/1 个乡镇'], ['未报告', undefined], ['66.7%', '2/3 个乡镇']]);
		expect(adoptionCsv(adoption).rows[2]).toEqual(['channel.website', 2018, 3, 3, 100]);
	});
});
