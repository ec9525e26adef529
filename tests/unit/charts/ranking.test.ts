import type { ReportRef } from '../../../src/lib/charts/frame';
import { describe, expect, it } from 'vitest';
import {
	categoryLabel, MAX_BARS, rankedRows, rankingCsv, rankingHeight, rankingOption, rankingPointLink, rankingTable, shownRows, TOP_BARS, type RankingLabels
} from '../../../src/lib/charts/ranking';
import { optionSummary } from '../../../src/lib/charts/summary';
import type { RankingRow } from '../../../src/lib/db/queries/ranking';

const row = (town: string, value: number | null, rank: number | null, extra: Partial<RankingRow> = {}): RankingRow => ({
	town_key: `k/${town}`, town, county: '某县', name_shared: false, year: 2018, value, qualifier: value === null ? null : 'exact',
	report_id: value === null ? null : `r_${town}`, rank, prev_rank: null, prev_value: null, prev_qualifier: null,
	rank_change: null, is_new: false, ...extra
});

export const labels: RankingLabels = {
	lang: 'zh', unit: '条', valueAxis: '数量（条）',
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	rank: (r) => `第 ${r} 名`,
	fresh: '新',
	moveWords: (m) => `名次较上年 ${m}`,
	prevWords: (y, v, r) => `${y} 年：${v}，${r}`,
	report: (id) => `报告 ${id}`,
	cols: { rank: '排名', county: '县', year: '年度', value: '数值', prev: (y) => `${y} 年数值`, change: '名次较上年' },
	order: 'desc',
	all: false
};
const oneYear: RankingLabels = { ...labels, prevYear: 2017 };

// Rows arrive from SQL already ordered; shuffle to prove the builder orders by rank itself.
const rows: RankingRow[] = [
	row('丙镇', 300, 3, { prev_rank: 1, prev_value: 500, rank_change: -2 }),
	row('未报镇', null, null),
	row('甲镇', 1200, 1, { qualifier: 'at_least', prev_rank: 4, prev_value: 90, prev_qualifier: 'approx', rank_change: 3 }),
	row('乙镇', 400, 2, { qualifier: 'approx', year: 2017, is_new: true }),
	row('丁镇', 300, 3, { prev_rank: 3, prev_value: 250, rank_change: 0 })
];
const tooltipOf = (option: ReturnType<typeof rankingOption>) => (option.tooltip as { formatter: (p: unknown) => string }).formatter;
const seriesOf = (option: ReturnType<typeof rankingOption>) =>
	(option.series as { data: unknown[]; label: { formatter: (p: unknown) => string } }[])[0];

describe('rankingOption', () => {
	it('draws one bar per ranked town in rank order, with town and year on the axis for latest-year rankings', () => {
		const s = optionSummary(rankingOption(rows, labels));
		expect(s.categories).toEqual(['甲镇（2018）', '乙镇（2017）', '丙镇（2018）', '丁镇（2018）']);
		expect(s.series).toHaveLength(1);
		expect(s.series[0].values).toEqual([1200, 400, 300, 300]);
	});

	it('names only the town in a one-year ranking (every bar has that year), with the county where names repeat', () => {
		const shared = [...rows, row('丁镇', 100, 5, { town_key: 'k/丁镇2', county: '另县', name_shared: true })];
		expect(optionSummary(rankingOption(shared, oneYear)).categories).toEqual(['甲镇', '乙镇', '丙镇', '丁镇', '丁镇（另县）']);
	});

	it('turns the order round for least-first, ties kept in pinyin name order', () => {
		const s = optionSummary(rankingOption(rows, { ...oneYear, order: 'asc' }));
		expect(s.categories).toEqual(['丙镇', '丁镇', '乙镇', '甲镇']); // 丙 bǐng before 丁 dīng
		expect(s.series[0].values).toEqual([300, 300, 400, 1200]);
	});

	it('leaves towns without the value out of the bars instead of drawing zero', () => {
		expect(rankedRows(rows, 'desc').map((d) => d.town)).not.toContain('未报镇');
		expect(optionSummary(rankingOption(rows, labels)).series[0].values).not.toContain(0);
	});

	it('labels bars with ≈ / ≥ and, in one-year rankings, the rank move ▲ ▼ – 新', () => {
		const s = seriesOf(rankingOption(rows, oneYear));
		expect(s.data.map((d) => s.label.formatter({ data: d }))).toEqual(['≥1200  ▲3', '≈400  新', '300  ▼2', '300  –']);
		const latest = seriesOf(rankingOption(rows, labels));
		expect(latest.data.map((d) => latest.label.formatter({ data: d }))).toEqual(['≥1200', '≈400', '300', '300']);
	});

	it('says value with unit and qualifier, rank, move and last year in the tooltip', () => {
		const option = rankingOption(rows, oneYear);
		const tip = tooltipOf(option)({ data: seriesOf(option).data[0] });
		expect(tip).toContain('≥1200 条');
		expect(tip).toContain('至少');
		expect(tip).toContain('第 1 名');
		expect(tip).toContain('名次较上年 ▲3');
		expect(tip).toContain('2017 年：≈90 条，第 4 名');
		expect(tip).toContain('报告 r_甲镇');
		const fresh = tooltipOf(option)({ data: seriesOf(option).data[1] });
		expect(fresh).toContain('名次较上年 新');
		expect(fresh).not.toContain('2017 年：');
	});

	it('names the value axis with the unit and formats it with 万', () => {
		const option = rankingOption(rows, labels);
		expect(option.xAxis).toMatchObject({ name: '数量（条）' });
		const axisFmt = (option.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
		expect([axisFmt(800), axisFmt(20000)]).toEqual(['800', '2万']);
	});

	it('escapes HTML in town names inside tooltips', () => {
		const option = rankingOption([row('<img src=x onerror=alert(1)>', 5, 1)], labels);
		const tip = tooltipOf(option)({ data: seriesOf(option).data[0] });
		expect(tip).not.toContain('<img');
		expect(tip).toContain('&lt;img');
	});

	it('formats the category in English when asked', () => {
		expect(categoryLabel(rows[2], { lang: 'en' })).toBe('甲镇 (2018)');
	});

	it('draws the top 20, or every town up to MAX_BARS with all, and grows with the bars', () => {
		const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => row(`镇${i}`, 1000 - i, i + 1));
		expect(optionSummary(rankingOption(many, labels)).series[0].values).toHaveLength(TOP_BARS);
		expect(optionSummary(rankingOption(many, { ...labels, all: true })).series[0].values).toHaveLength(MAX_BARS);
		expect(shownRows(many, { order: 'asc', all: false })[0].town).toBe(`镇${MAX_BARS + 4}`);
		expect(rankingHeight(2)).toBeLessThan(rankingHeight(TOP_BARS));
		expect(rankingHeight(60)).toBeGreaterThan(rankingHeight(TOP_BARS));
	});
});

describe('rankingTable / rankingCsv', () => {
	it('holds exactly the bars: same towns, same order, same numbers, with marks', () => {
		const table = rankingTable(rows, labels);
		expect(table.rows.map((r) => r.head)).toEqual(['甲镇', '乙镇', '丙镇', '丁镇']);
		expect(table.rows.map((r) => r.cells[3].value)).toEqual(optionSummary(rankingOption(rows, labels)).series[0].values);
		expect(table.rows.map((r) => r.cells[3].text)).toEqual(['≥1200', '≈400', '300', '300']);
		expect(table.columns.map((c) => c.label)).toEqual(['排名', '县', '年度', '数值']);
	});

	it("adds last year's value and the rank move in a one-year ranking (no year column)", () => {
		const table = rankingTable(rows, oneYear);
		expect(table.columns.map((c) => c.label)).toEqual(['排名', '县', '数值', '2017 年数值', '名次较上年']);
		expect(table.rows.map((r) => r.cells.slice(3).map((c) => c.text))).toEqual([
			['≈90', '▲3'], ['—', '新'], ['500', '▼2'], ['250', '–']
		]);
		expect(table.rows.map((r) => r.cells[4].value)).toEqual([3, null, -2, 0]);
	});

	it('writes every town to the CSV, the not-reported one with empty value and rank', () => {
		const many = Array.from({ length: 30 }, (_, i) => row(`镇${i}`, 100 - i, i + 1));
		expect(rankingCsv(many, 'active.total').rows).toHaveLength(30);
		const csv = rankingCsv(rows, 'active.total');
		expect(csv.header).toEqual([
			'rank', 'town_key', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'prev_value', 'prev_qualifier', 'prev_rank', 'rank_change', 'is_new', 'report_id'
		]);
		expect(csv.rows.find((r) => r[2] === '未报镇')).toEqual([null, 'k/未报镇', '未报镇', '某县', 2018, 'active.total', null, null, null, null, null, null, false, null]);
		expect(csv.rows.find((r) => r[2] === '甲镇')?.slice(6, 13)).toEqual([1200, 'at_least', 90, 'approx', 4, 3, false]);
	});
});

describe('links to the source sentence', () => {
	const source = { href: (r: ReportRef) => (r.report_id ? `/report/${r.report_id}#active.total` : undefined), hint: '点击查看原文' };
	const linked = { ...labels, source };

	it('links each value cell of the table to its report; no links without SourceLinks', () => {
		const cells = rankingTable(rows, linked).rows.map((r) => r.cells[3]);
		expect(cells.map((c) => c.href)).toEqual(['/report/r_甲镇#active.total', '/report/r_乙镇#active.total', '/report/r_丙镇#active.total', '/report/r_丁镇#active.total']);
		expect(rankingTable(rows, labels).rows.every((r) => r.cells.every((c) => c.href === undefined))).toBe(true);
	});

	it('a clicked bar offers its town, year, value and link; the tooltip says how', () => {
		const first = seriesOf(rankingOption(rows, linked)).data[0];
		expect(rankingPointLink(first, linked)).toEqual({ label: '甲镇（2018）：≥1200', href: '/report/r_甲镇#active.total' });
		expect(rankingPointLink(first, labels)).toBeUndefined();
		expect(rankingPointLink(undefined, linked)).toBeUndefined();
		expect(tooltipOf(rankingOption(rows, linked))({ data: first })).toContain('报告 r_甲镇 · 点击查看原文');
	});
});
