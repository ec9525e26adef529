import { describe, expect, it } from 'vitest';
import { categoryLabel, MAX_BARS, rankingCsv, rankingData, rankingHeight, rankingOption, rankingPointLink, rankingTable, type RankingLabels } from '../../../src/lib/charts/ranking';
import { optionSummary } from '../../../src/lib/charts/summary';
import type { RankingRow } from '../../../src/lib/db/types';

const row = (town: string, value: number | null, rank: number | null, extra: Partial<RankingRow> = {}): RankingRow => ({
	town_key: `k/${town}`, town, county: '某县', year: 2018, value, qualifier: value === null ? null : 'exact',
	report_id: value === null ? null : `r_${town}`, rank, prev_rank: null, ...extra
});

export const labels: RankingLabels = {
	lang: 'zh', valueAxis: '数量（条）',
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	rank: (r) => `第 ${r} 名`,
	report: (id) => `报告 ${id}`,
	cols: { rank: '排名', county: '县', year: '年度', value: '数值', change: '名次较上年' }
};

// Rows arrive from SQL already ordered; shuffle to prove the builder orders by rank itself.
const rows: RankingRow[] = [
	row('丙镇', 300, 3),
	row('未报镇', null, null),
	row('甲镇', 1200, 1, { qualifier: 'at_least' }),
	row('乙镇', 400, 2, { qualifier: 'approx', year: 2017 }),
	row('丁镇', 300, 3)
];
const tooltipOf = (option: ReturnType<typeof rankingOption>) => (option.tooltip as { formatter: (p: unknown) => string }).formatter;
const dataOf = (option: ReturnType<typeof rankingOption>) => (option.series as { data: unknown[] }[])[0].data;

describe('rankingOption', () => {
	it('draws one bar per reporting town in rank order, with town and year on the axis', () => {
		const s = optionSummary(rankingOption(rows, labels));
		expect(s.categories).toEqual(['甲镇（2018）', '乙镇（2017）', '丙镇（2018）', '丁镇（2018）']);
		expect(s.series).toHaveLength(1);
		expect(s.series[0].values).toEqual([1200, 400, 300, 300]);
	});

	it('leaves towns without the value out of the bars instead of drawing zero', () => {
		const data = rankingData(rows);
		expect(data.map((d) => d.town)).not.toContain('未报镇');
		expect(data.some((d) => d.value === 0)).toBe(false);
	});

	it('labels bars and tooltips with ≈ / ≥, the qualifier name and the source report', () => {
		const option = rankingOption(rows, labels);
		const series = (option.series as { label: { formatter: (p: unknown) => string }; data: unknown[] }[])[0];
		expect(series.data.map((d) => series.label.formatter({ data: d }))).toEqual(['≥1200', '≈400', '300', '300']);
		const tip = tooltipOf(option)({ data: series.data[1] });
		expect(tip).toContain('≈400');
		expect(tip).toContain('约数');
		expect(tip).toContain('2017');
		expect(tip).toContain('第 2 名');
		expect(tip).toContain('报告 r_乙镇');
	});

	it('adds the rank change to the tooltip when the year before is known', () => {
		const option = rankingOption([row('甲镇', 10, 1, { prev_rank: 3 })], { ...labels, prevYear: (c: string) => `较上年 ${c}` });
		expect(tooltipOf(option)({ data: dataOf(option)[0] })).toContain('较上年 ↑2');
	});

	it('names the value axis with the unit and formats it with 万', () => {
		const option = rankingOption(rows, labels);
		expect(option.xAxis).toMatchObject({ name: '数量（条）' });
		const axisFmt = (option.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
		expect([axisFmt(800), axisFmt(20000)]).toEqual(['800', '2万']);
	});

	it('escapes HTML in town names inside tooltips', () => {
		const option = rankingOption([row('<img src=x onerror=alert(1)>', 5, 1)], labels);
		const tip = tooltipOf(option)({ data: dataOf(option)[0] });
		expect(tip).not.toContain('<img');
		expect(tip).toContain('&lt;img');
	});

	it('formats the category in English when asked', () => {
		expect(categoryLabel(rankingData(rows)[0], 'en')).toBe('甲镇 (2018)');
	});

	it('grows with the number of bars, up to MAX_BARS', () => {
		expect(rankingHeight(rows.slice(0, 2))).toBeLessThan(rankingHeight(rows));
		const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => row(`镇${i}`, 1000 - i, i + 1));
		expect(optionSummary(rankingOption(many, labels)).series[0].values).toHaveLength(MAX_BARS);
		expect(rankingHeight(many)).toBe(rankingHeight(many.slice(0, MAX_BARS)));
	});
});

describe('rankingTable / rankingCsv', () => {
	it('holds the same numbers as the bars, every ranked town, with marks and the rank change', () => {
		const table = rankingTable(rows, { ...labels, prevYear: (c) => c });
		expect(table.rows.map((r) => r.head)).toEqual(['甲镇', '乙镇', '丙镇', '丁镇']);
		expect(table.rows.map((r) => r.cells[3].value)).toEqual(optionSummary(rankingOption(rows, labels)).series[0].values);
		expect(table.rows.map((r) => r.cells[3].text)).toEqual(['≥1200', '≈400', '300', '300']);
		expect(table.columns.map((c) => c.label)).toContain('名次较上年');
		expect(rankingTable(rows, labels).columns.map((c) => c.label)).not.toContain('名次较上年');
	});

	it('writes machine-readable rows, the not-reported town with empty value and rank', () => {
		const csv = rankingCsv(rows, 'active.total');
		expect(csv.header).toEqual(['rank', 'town_key', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'prev_rank', 'report_id']);
		expect(csv.rows.find((r) => r[2] === '未报镇')).toEqual([null, 'k/未报镇', '未报镇', '某县', 2018, 'active.total', null, null, null, null]);
	});
});

describe('links to the source sentence', () => {
	const source = { href: (id: string) => `/report/${id}#active.total`, hint: '点击查看原文' };
	const linked = { ...labels, source };

	it('links each value cell of the table to its report; no links without SourceLinks', () => {
		const cells = rankingTable(rows, linked).rows.map((r) => r.cells[3]);
		expect(cells.map((c) => c.href)).toEqual(['/report/r_甲镇#active.total', '/report/r_乙镇#active.total', '/report/r_丙镇#active.total', '/report/r_丁镇#active.total']);
		expect(rankingTable(rows, labels).rows.every((r) => r.cells.every((c) => c.href === undefined))).toBe(true);
	});

	it('a clicked bar offers its town, year, value and link; the tooltip says how', () => {
		const first = dataOf(rankingOption(rows, linked))[0];
		expect(rankingPointLink(first, linked)).toEqual({ label: '甲镇（2018）：≥1200', href: '/report/r_甲镇#active.total' });
		expect(rankingPointLink(first, labels)).toBeUndefined();
		expect(rankingPointLink(undefined, linked)).toBeUndefined();
		expect(tooltipOf(rankingOption(rows, linked))({ data: first })).toContain('报告 r_甲镇 · 点击查看原文');
	});
});
