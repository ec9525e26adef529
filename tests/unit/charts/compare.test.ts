// The compare grid model: catalog order and groups, missing cells, the largest mark, sparklines on
// one scale per row, and the hook, table, CSV and SVG drawn from the same model.
import { describe, expect, it } from 'vitest';
import { compareCsv, compareModel, compareSummary, compareTable, type CompareLabels } from '../../../src/lib/charts/compare';
import { compareSvg } from '../../../src/lib/charts/compare-svg';
import { sparkline } from '../../../src/lib/charts/sparkline';
import type { ComparePoint, CompareRow } from '../../../src/lib/db/queries/compare';
import type { IndicatorMeta } from '../../../src/lib/catalog';

const ind = (id: string, group: string, name: string, unit = '条'): IndicatorMeta => ({ id, group, name_zh: name, name_en: id, unit });
const CATALOG = [ind('active.total', 'active', '主动公开'), ind('topic.news', 'topic', '工作动态'), ind('apply.received', 'apply', '收到申请', '件'), ind('review.total', 'review', '行政复议', '件')];

const cell = (town_key: string, ord: number, indicator: string, value: number | null, extra: Partial<CompareRow> = {}): CompareRow => ({
	town_key, ord, town: town_key === 'P' ? '松山镇' : '零乡', county: '甲县', name_shared: false, added: false, year: 2019, has_report: true,
	indicator, group: indicator.split('.')[0], std_group: ['apply', 'review'].includes(indicator.split('.')[0]),
	value, qualifier: value === null ? null : 'exact', report_id: value === null ? null : `${town_key}19`, largest: false, ...extra
});
// SQL order is by indicator id; the model puts lines in catalog order
const rows: CompareRow[] = [
	cell('P', 1, 'active.total', 300, { largest: true }), cell('Q', 2, 'active.total', 200, { qualifier: 'at_least' }),
	cell('P', 1, 'apply.received', 5), cell('Q', 2, 'apply.received', 5),
	cell('P', 1, 'review.total', null), cell('Q', 2, 'review.total', null),
	cell('P', 1, 'topic.news', 120, { qualifier: 'approx' }), cell('Q', 2, 'topic.news', null)
];
const pt = (indicator: string, town_key: string, year: number, value: number): ComparePoint => ({ indicator, town_key, year, value, qualifier: 'exact' });
const points = [pt('active.total', 'P', 2017, 100), pt('active.total', 'P', 2019, 300), pt('active.total', 'Q', 2018, 150), pt('active.total', 'Q', 2019, 200), pt('review.total', 'P', 2016, 1)];
const YEARS = [2016, 2017, 2018, 2019];
const labels: CompareLabels = {
	lang: 'zh', missing: '未报告', groupName: (g) => `组${g}`, unit: (u) => u, withUnit: (n, u) => `${n}（${u}）`,
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' }, largest: '本行最大'
};
const model = compareModel(rows, points, CATALOG, YEARS, labels);

describe('compareModel', () => {
	it('groups lines as the catalog does, in catalog order, towns in column order', () => {
		expect(model.year).toBe(2019);
		expect(model.towns.map((t) => [t.key, t.label])).toEqual([['P', '松山镇'], ['Q', '零乡']]);
		expect(model.groups.map((g) => [g.label, g.std, g.lines.map((l) => l.indicator)])).toEqual([
			['组active', false, ['active.total']], ['组topic', false, ['topic.news']], ['组apply', true, ['apply.received']], ['组review', true, ['review.total']]
		]);
	});

	it('shows marks and 未报告 for missing cells, never 0, and marks the largest', () => {
		const [total] = model.groups[0].lines;
		expect(total.cells.map((c) => [c.text, c.largest, c.title])).toEqual([['300', true, '本行最大'], ['≥200', false, '至少']]);
		expect(model.groups[1].lines[0].cells.map((c) => [c.text, c.value])).toEqual([['≈120', 120], ['未报告', null]]);
		expect(model.groups[3].lines[0].empty).toBe(true);
		expect(model.groups[2].lines[0].empty).toBe(false);
	});

	it('draws each town’s sparkline over every year on the row’s shared scale, dotting the compared year', () => {
		const [p, q] = model.groups[0].lines[0].cells.map((c) => c.spark);
		// P: 2017 100, 2019 300 — two lone values (gaps between), the 2019 one dotted
		expect(p.d).toBe('');
		expect(p.lone.map((x) => x.x)).toEqual([28.8, 81.5]);
		expect(p.dot).toEqual({ x: 81.5, y: 2.5 });
		// Q: 2018 150 → 2019 200 on the 0–300 scale of the row
		expect(q.d).toBe('M55.2 9L81.5 6.8');
		expect(model.groups[1].lines[0].cells[0].spark.dot).toBeNull(); // no history point for topic.news
	});
});

describe('sparkline', () => {
	it('restarts after gaps, dots lone values, and keeps a flat zero line at the bottom', () => {
		const s = sparkline([1, 2, null, 3, null], 0, 4, 3, 44, 12);
		// x: 2.5 + i × 9.75; y: 2.5 + 7 × (1 − v / 4)
		expect(s.d).toBe('M2.5 7.8L12.3 6');
		expect(s.lone).toEqual([{ x: 31.8, y: 4.3 }]);
		expect(s.dot).toEqual({ x: 31.8, y: 4.3 });
		expect(sparkline([0, 0], 0, 0, 1, 20, 10).d).toBe('M2.5 7.5L17.5 7.5');
		expect(sparkline([5], 0, 5, 0, 20, 10).lone).toEqual([{ x: 10, y: 2.5 }]);
	});
});

describe('compareSummary / compareTable / compareCsv / compareSvg', () => {
	it('exposes the compared values on the hook, exactly as the table holds them', () => {
		const s = compareSummary(model);
		expect(s).toEqual({
			categories: ['主动公开', '工作动态', '收到申请', '行政复议'],
			series: [{ name: '松山镇', values: [300, 120, 5, null] }, { name: '零乡', values: [200, null, 5, null] }]
		});
		const t = compareTable(model);
		expect(t.rows.map((r) => r.head)).toEqual(['主动公开（条）', '工作动态（条）', '收到申请（件）', '行政复议（件）']);
		expect(t.columns.map((c) => c.label)).toEqual(['松山镇', '零乡']);
		expect(t.rows.map((r) => r.cells.map((c) => c.value))).toEqual([[300, 200], [120, null], [5, 5], [null, null]]);
		expect(t.rows[0].cells.map((c) => c.text)).toEqual(['300 ▲', '≥200']);
	});

	it('exports one CSV line per indicator and town with the raw value, qualifier and mark', () => {
		const csv = compareCsv(model);
		expect(csv.rows).toHaveLength(8);
		expect(csv.rows[1]).toEqual(['active', 'active.total', 'Q', '零乡', 2019, 200, 'at_least', false, 'Q19']);
	});

	it('draws the screen’s lines into a standalone SVG: collapsed std lines left out unless opened, text escaped', () => {
		const caption = { title: '松山镇、零乡 <对比>', source: '来源：年报\n第二行' };
		const words = { indicator: '指标', noReport: '无年报', hidden: (n: number) => `另有 ${n} 个` };
		const closed = compareSvg(model, caption, 800, words);
		expect(closed.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"')).toBe(true);
		expect(closed.svg).toContain('松山镇、零乡 &lt;对比&gt;');
		expect(closed.svg).toContain('另有 1 个');
		expect(closed.svg).not.toContain('行政复议</text>');
		expect(closed.svg).toContain('300 ▲');
		const open = compareSvg(model, caption, 800, words, new Set(['review']));
		expect(open.svg).toContain('行政复议</text>');
		expect(open.height).toBeGreaterThan(closed.height);
	});
});
