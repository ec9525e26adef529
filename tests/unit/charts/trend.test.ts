import type { ReportRef } from '../../../src/lib/charts/frame';
import { describe, expect, it } from 'vitest';
import { optionSummary } from '../../../src/lib/charts/summary';
import { plotted, trendCsv, trendNotes, trendOption, trendPointLink, trendSeries, trendTable, type TrendLabels } from '../../../src/lib/charts/trend';
import type { TrendRow } from '../../../src/lib/db/types';

const r = (town_key: string, ord: number, year: number, value: number | null, extra: Partial<TrendRow> = {}): TrendRow => ({
	town_key, ord, town: '松山镇', county: '甲县', name_shared: false, year, value, qualifier: value === null ? null : 'exact',
	report_id: value === null ? null : `${town_key}-${year}`, base: null, base_year: null, prev: null, index_value: null, yoy: null, ...extra
});

// A: 100, gap, ≈150, 300 — B: 0 (stated), 10. Index and YoY as the SQL computes them.
const rows: TrendRow[] = [
	r('A', 1, 2016, 100, { base: 100, index_value: 100 }),
	r('A', 1, 2017, null, { base: 100, prev: 100 }),
	r('A', 1, 2018, 150, { qualifier: 'approx', base: 100, index_value: 150 }),
	r('A', 1, 2019, 300, { base: 100, prev: 150, index_value: 300, yoy: 100 }),
	r('B', 2, 2016, null, { town: '零乡', county: '乙县' }),
	r('B', 2, 2017, null, { town: '零乡', county: '乙县' }),
	r('B', 2, 2018, 0, { town: '零乡', county: '乙县', qualifier: 'zero_stated', base: 0 }),
	r('B', 2, 2019, 10, { town: '零乡', county: '乙县', base: 0, prev: 0 })
];

const labels = (extra: Partial<TrendLabels> = {}): TrendLabels => ({
	lang: 'zh', mode: 'abs', scale: 'linear', unit: '条', axis: '数量（条）',
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	missing: '未报告', report: (id) => `报告 ${id}`, width: 1000, ...extra
});
const words = { logGaps: (n: number) => `log:${n}`, zeroBase: (t: string) => `zero:${t}`, yoyFromZero: (n: number) => `yoy0:${n}` };

describe('trendOption', () => {
	it('draws one line per town over the year axis, gaps as null (never 0)', () => {
		const s = optionSummary(trendOption(rows, labels()));
		expect(s.categories).toEqual(['2016', '2017', '2018', '2019']);
		expect(s.series).toEqual([
			{ name: '松山镇', values: [100, null, 150, 300] },
			{ name: '零乡', values: [null, null, 0, 10] }
		]);
		const series = trendOption(rows, labels()).series as { connectNulls: boolean }[];
		expect(series.every((x) => x.connectNulls === false)).toBe(true);
	});

	it('draws approximate and at-least values hollow, exact ones filled', () => {
		const data = (trendOption(rows, labels()).series as { data: ({ symbol: string } | null)[] }[])[0].data;
		expect(data.map((d) => d?.symbol ?? null)).toEqual(['circle', null, 'emptyCircle', 'circle']);
	});

	it('plots the index and the year-on-year change the SQL computed', () => {
		expect(optionSummary(trendOption(rows, labels({ mode: 'index' }))).series[0].values).toEqual([100, null, 150, 300]);
		expect(optionSummary(trendOption(rows, labels({ mode: 'yoy' }))).series[0].values).toEqual([null, null, null, 100]);
	});

	it('turns zero into a gap on a log scale, and says so', () => {
		const t = labels({ scale: 'log' });
		const option = trendOption(rows, t);
		expect(option.yAxis).toMatchObject({ type: 'log' });
		expect(optionSummary(option).series[1].values).toEqual([null, null, null, 10]);
		expect(trendNotes(rows, t, words)).toEqual(['log:1']);
		expect(trendNotes(rows, labels(), words)).toEqual([]);
	});

	it('notes a town whose index has a zero base, and YoY from a zero year', () => {
		expect(trendNotes(rows, labels({ mode: 'index' }), words)).toEqual(['zero:零乡']);
		expect(trendNotes(rows, labels({ mode: 'yoy' }), words)).toEqual(['yoy0:1']);
	});

	it('tells towns of the same name apart by their county', () => {
		const twins = [r('A', 1, 2019, 5, { name_shared: true }), r('C', 2, 2019, 6, { county: '乙县', name_shared: true })];
		expect(trendSeries(twins, 'zh').map((s) => s.name)).toEqual(['松山镇（甲县）', '松山镇（乙县）']);
	});

	it('writes town, county, year, value with unit and qualifier, and the report in the tooltip, escaped', () => {
		const option = trendOption([r('A', 1, 2018, 150, { qualifier: 'approx', town: '<b>镇' })], labels());
		const datum = (option.series as { data: unknown[] }[])[0].data[0];
		const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ data: datum, marker: '' }]);
		expect(tip).toContain('甲县 &lt;b&gt;镇 · 2018');
		expect(tip).toContain('≈150 条');
		expect(tip).toContain('约数');
		expect(tip).toContain('报告 A-2018');
	});

	it('marks the clicked point larger', () => {
		const data = (trendOption(rows, labels({ selected: { town_key: 'A', year: 2018 } })).series as { data: ({ symbolSize: number } | null)[] }[])[0].data;
		expect(data.map((d) => d?.symbolSize ?? null)).toEqual([7, null, 14, 7]);
	});

	it('keeps line-end labels off narrow screens', () => {
		const end = (w: number) => (trendOption(rows, labels({ width: w })).series as { endLabel: { show: boolean } }[])[0].endLabel.show;
		expect([end(1000), end(375)]).toEqual([true, false]);
	});
});

describe('trendTable / trendCsv', () => {
	it('holds exactly the plotted numbers, marks and 未报告 for gaps', () => {
		const t = labels();
		const table = trendTable(rows, t);
		expect(table.columns.map((c) => c.label)).toEqual(['2016', '2017', '2018', '2019']);
		expect(table.rows.map((x) => x.cells.map((c) => c.value))).toEqual(optionSummary(trendOption(rows, t)).series.map((s) => s.values));
		expect(table.rows[0].cells.map((c) => c.text)).toEqual(['100', '未报告', '≈150', '300']);
		expect(trendTable(rows, labels({ mode: 'yoy' })).rows[0].cells[3].text).toBe('+100%');
	});

	it('matches the plotted log-scale gaps', () => {
		expect(trendTable(rows, labels({ scale: 'log' })).rows[1].cells.map((c) => c.value)).toEqual([null, null, null, 10]);
		expect(plotted(rows[6], 'abs', 'log')).toBeNull();
	});

	it('exports every cell in long form with the raw value, qualifier, index and YoY', () => {
		const csv = trendCsv(rows, 'active.total');
		expect(csv.header).toContain('index_value');
		expect(csv.rows[2]).toEqual(['A', '松山镇', '甲县', 2018, 'active.total', 150, 'approx', 150, null, null, 'A-2018']);
		expect(csv.rows).toHaveLength(8);
	});
});

describe('links to the source sentence', () => {
	const source = { href: (r: ReportRef) => (r.report_id ? `/report/${r.report_id}#active.total` : undefined), hint: '点击查看原文' };

	it('links each table cell with a value to its report, gaps to nothing', () => {
		const cells = trendTable(rows, labels({ source })).rows[0].cells;
		expect(cells.map((c) => c.href)).toEqual(['/report/A-2016#active.total', undefined, '/report/A-2018#active.total', '/report/A-2019#active.total']);
	});

	it('a clicked point offers the town, year, plotted value with its mark and unit, and the link', () => {
		const t = labels({ source });
		const point = (trendOption(rows, t).series as { data: unknown[] }[])[0].data[2];
		expect(trendPointLink(point, t)).toEqual({ label: '松山镇 · 2018：≈150 条', href: '/report/A-2018#active.total' });
		expect(trendPointLink(null, t)).toBeUndefined();
		expect(trendPointLink(point, labels())).toBeUndefined();
	});
});
