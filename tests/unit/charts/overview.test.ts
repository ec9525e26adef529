// The overview's pure builders: movers chart/table/CSV, coverage strip and grid, headline cards.
import type { ReportRef } from '../../../src/lib/charts/frame';
import { describe, expect, it } from 'vitest';
import { coverageCsv, coverageOption, coverageTable, type CoverageLabels } from '../../../src/lib/charts/coverage';
import { headlineCard } from '../../../src/lib/charts/headline';
import { changeText, moversCsv, moversOption, moversTable, type MoversLabels } from '../../../src/lib/charts/movers';
import { optionSummary } from '../../../src/lib/charts/summary';
import type { CoverageYearRow, HeadlineRow, MoverRow } from '../../../src/lib/db/queries/overview';

const mover = (town: string, prev: number, value: number, extra: Partial<MoverRow> = {}): MoverRow => ({
	town_key: `k/${town}`, town, county: '甲县', name_shared: false, value, qualifier: 'exact', report_id: `r_${town}`,
	prev_value: prev, prev_qualifier: 'exact', prev_report_id: `p_${town}`, change: value - prev, change_pct: prev > 0 ? ((value - prev) / prev) * 100 : null,
	direction: value > prev ? 'up' : 'down', ...extra
});
const movers = [
	mover('丁镇', 50, 300),
	mover('甲镇', 100, 30_100, { qualifier: 'approx' }),
	mover('乙镇', 200, 150, { change_pct: null }), // as if last year's value were 0: no percentage
	mover('<b>丙镇</b>', 200, 150)
];
const mLabels: MoversLabels = {
	lang: 'zh', year: 2024, unit: '条', axis: '较上年变化（条）',
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	report: (id) => `报告 ${id}`,
	cols: { prev: (y) => `${y} 年`, value: (y) => `${y} 年`, change: '变化', pct: '变化率' }
};
type Opt = ReturnType<typeof moversOption>;
const seriesOf = (o: Opt) => (o.series as { data: { value: number; itemStyle: { color: string } }[]; label: { formatter: (p: unknown) => string } }[])[0];
const tip = (o: Opt, i: number) => (o.tooltip as { formatter: (p: unknown) => string }).formatter({ data: seriesOf(o).data[i] });

describe('movers', () => {
	it('draws each town’s change, rises and falls in two colours, in SQL order', () => {
		const o = moversOption(movers, mLabels);
		const s = optionSummary(o);
		expect(s.categories).toEqual(['丁镇', '甲镇', '乙镇', '<b>丙镇</b>']);
		expect(s.series[0].values).toEqual([250, 30_000, -50, -50]);
		const colours = seriesOf(o).data.map((d) => d.itemStyle.color);
		expect(colours[0]).toBe(colours[1]);
		expect(colours[2]).toBe(colours[3]);
		expect(colours[0]).not.toBe(colours[2]);
	});

	it('writes changes with their sign, 万 in Chinese, and ≈ when either end is approximate', () => {
		const s = seriesOf(moversOption(movers, mLabels));
		expect(s.data.map((d) => s.label.formatter({ data: d }))).toEqual(['+250', '≈+3万', '-50', '-50']);
		expect(changeText(mover('x', 10, 20, { prev_qualifier: 'at_least' }), 'en')).toBe('≈+10');
	});

	it('says both years with units and marks, the change and percentage in the tooltip, escaped', () => {
		const o = moversOption(movers, mLabels);
		expect(tip(o, 1)).toContain('2023：100 条 → 2024：≈3.01万 条');
		expect(tip(o, 1)).toContain('变化 ≈+3万 条（+3万%）');
		expect(tip(o, 1)).toContain('报告 r_甲镇');
		expect(tip(o, 3)).not.toContain('<b>丙镇');
		expect(tip(moversOption(movers, { ...mLabels, lang: 'en' }), 0)).toContain('2023: 50 条 → 2024: 300 条');
	});

	it('tables exactly the bars (change column) with both years and the percentage', () => {
		const table = moversTable(movers, mLabels);
		expect(table.columns.map((c) => c.label)).toEqual(['2023 年', '2024 年', '变化', '变化率']);
		expect(table.rows.map((r) => r.cells[2].value)).toEqual(optionSummary(moversOption(movers, mLabels)).series[0].values);
		expect(table.rows[0].cells.map((c) => c.text)).toEqual(['50', '300', '+250', '+500%']);
		expect(table.rows[2].cells[3]).toEqual({ text: '—', value: null });
		expect(table.rows[1].cells[1]).toMatchObject({ text: '≈3.01万', qualifier: 'approx', title: '约数' });
		expect(table.rows[0].cells[3]).toEqual({ text: '+500%', value: 500 });
	});

	it('writes a machine-readable CSV with both years', () => {
		const csv = moversCsv(movers, 'active.total', 2024);
		expect(csv.header).toContain('change_percent');
		expect(csv.rows[0]).toEqual(['k/丁镇', '丁镇', '甲县', 'active.total', 2023, 50, 'exact', 2024, 300, 'exact', 250, 500, 'up', 'p_丁镇', 'r_丁镇']);
	});

	it('links both years’ values to their source sentences when given SourceLinks', () => {
		const source = { href: (r: ReportRef) => (r.report_id ? `/report/${r.report_id}#active.total` : undefined), hint: '点击查看原文' };
		const cells = moversTable(movers, { ...mLabels, source }).rows[0].cells;
		expect(cells.map((c) => c.href)).toEqual(['/report/p_丁镇#active.total', '/report/r_丁镇#active.total', undefined, undefined]);
		expect(moversTable(movers, mLabels).rows.every((r) => r.cells.every((c) => c.href === undefined))).toBe(true);
	});
});

const years: CoverageYearRow[] = [
	{ year: 2023, known: 8, filed: 6, warned: 1 },
	{ year: 2024, known: 8, filed: 7, warned: 0 }
];
const cLabels: CoverageLabels = {
	year: 2024,
	series: { clean: '已提交', warned: '有警告', none: '未提交' },
	known: '已知乡镇',
	tip: (y, f, k) => `${y}：${k} 中 ${f}`
};

describe('coverage', () => {
	it('stacks filed, filed with warnings and no report; they add up to the towns known', () => {
		const s = optionSummary(coverageOption(years, cLabels));
		expect(s.categories).toEqual(['2023', '2024']);
		expect(s.series).toEqual([
			{ name: '已提交', values: [5, 7] },
			{ name: '有警告', values: [1, 0] },
			{ name: '未提交', values: [2, 1] }
		]);
	});

	it('fades the years not shown, bolds the year shown, and carries each bar’s year for the click', () => {
		const o = coverageOption(years, cLabels);
		const data = (o.series as { data: { year: number; itemStyle: object }[] }[])[0].data;
		expect(data.map((d) => [d.year, 'opacity' in d.itemStyle])).toEqual([[2023, true], [2024, false]]);
		const label = (o.xAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter;
		expect([label('2023'), label('2024')]).toEqual(['2023', '{now|2024}']);
	});

	it('tables the same counts per year, with the towns known, and writes the CSV', () => {
		const table = coverageTable(years, cLabels);
		expect(table.rows.map((r) => [r.head, ...r.cells.map((c) => c.value)])).toEqual([['2023', 5, 1, 2, 8], ['2024', 7, 0, 1, 8]]);
		expect(coverageCsv(years).rows).toEqual([[2023, 8, 6, 1, 2], [2024, 8, 7, 0, 1]]);
	});

	it('where warnings are not counted (a national summary) stacks filed and no report, never zero warnings', () => {
		const summary = years.map((r) => ({ ...r, warned: null }));
		expect(optionSummary(coverageOption(summary, cLabels)).series).toEqual([
			{ name: '已提交', values: [6, 7] },
			{ name: '未提交', values: [2, 1] }
		]);
		const table = coverageTable(summary, cLabels);
		expect(table.columns.map((c) => c.label)).toEqual(['已提交', '未提交', cLabels.known]);
		expect(table.rows.map((r) => r.cells.map((c) => c.value))).toEqual([[6, 2, 8], [7, 1, 8]]);
		// the CSV keeps its columns; the unknown count is an empty cell
		expect(coverageCsv(summary).rows).toEqual([[2023, 8, 6, null, 2], [2024, 8, 7, null, 1]]);
	});
});

const headline = (extra: Partial<HeadlineRow>): HeadlineRow => ({
	indicator: 'active.total', n: 6, total: 25_745, median: 352.5, total_qualifier: 'exact', n_marked: 0,
	prev_n: 6, prev_total: 640, n_both: 5, both_total: 910, both_prev_total: 560, change: 350, change_pct: 62.5, ...extra
});

describe('headlineCard', () => {
	it('writes total, median and change in 万 (zh) or with separators (en)', () => {
		expect(headlineCard(headline({}), 'zh')).toEqual({
			indicator: 'active.total', total: '2.57万', median: '352.5', change: '+350', pct: '+62.5%', trend: 'up'
		});
		expect(headlineCard(headline({ change: -12_345, change_pct: -5.04 }), 'en')).toMatchObject({
			total: '25,745', change: '-12,345', pct: '-5%', trend: 'down'
		});
	});

	it('marks an approximate total ≈ and a floor ≥; the change of either is approximate', () => {
		expect(headlineCard(headline({ total_qualifier: 'approx' }), 'zh')).toMatchObject({ total: '≈2.57万', change: '≈+350' });
		expect(headlineCard(headline({ total_qualifier: 'at_least' }), 'zh')).toMatchObject({ total: '≥2.57万', change: '≈+350' });
	});

	it('shows nothing stated as no number, never 0, and no change without a comparable year', () => {
		expect(headlineCard(headline({ n: 0, total: null, median: null, total_qualifier: null, change: null, change_pct: null }), 'zh')).toMatchObject({
			total: null, median: null, change: null, pct: null, trend: null
		});
		expect(headlineCard(headline({ change: 0, change_pct: 0 }), 'zh')).toMatchObject({ change: '0', pct: '0%', trend: 'flat' });
		expect(headlineCard(headline({ change: 5, change_pct: null }), 'zh')).toMatchObject({ change: '+5', pct: null });
	});
});
