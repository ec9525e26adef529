import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, qualifierMark, rankChange } from '../../src/lib/charts/format';
import { categoryLabel, MAX_BARS, rankingData, rankingHeight, rankingOption, type RankingLabels } from '../../src/lib/charts/ranking';
import { optionSummary } from '../../src/lib/charts/summary';
import { fileStem, rankingCsv } from '../../src/lib/charts/export';
import type { RankingRow } from '../../src/lib/db/types';

const row = (town: string, value: number | null, rank: number | null, extra: Partial<RankingRow> = {}): RankingRow => ({
	town_key: `k/${town}`, town, county: '某县', year: 2018, value, qualifier: value === null ? null : 'exact',
	report_id: value === null ? null : `r_${town}`, rank, prev_rank: null, ...extra
});

const labels: RankingLabels = {
	lang: 'zh', title: '主动公开政府信息数（条）排名', source: '来源：测试', valueAxis: '数量（条）',
	qualifier: { exact: '确数', approx: '约数', at_least: '至少', zero_stated: '报告明确为零' },
	rank: (r) => `第 ${r} 名`
};

// Rows arrive from SQL already ordered; shuffle to prove the builder orders by rank itself.
const rows: RankingRow[] = [
	row('丙镇', 300, 3),
	row('未报镇', null, null),
	row('甲镇', 1200, 1, { qualifier: 'at_least' }),
	row('乙镇', 400, 2, { qualifier: 'approx', year: 2017 }),
	row('丁镇', 300, 3)
];

describe('formatNumber / formatValue', () => {
	it('uses 万 and 亿 in Chinese and digit groups in English', () => {
		expect(formatNumber(756, 'zh')).toBe('756');
		expect(formatNumber(12345, 'zh')).toBe('1.23万');
		expect(formatNumber(250_000_000, 'zh')).toBe('2.5亿');
		expect(formatNumber(-20000, 'zh')).toBe('-2万');
		expect(formatNumber(12345, 'en')).toBe('12,345');
	});

	it('prefixes ≈ for approx and ≥ for at_least, nothing for exact or stated zero', () => {
		expect(formatValue(400, 'approx', 'zh')).toBe('≈400');
		expect(formatValue(15000, 'at_least', 'zh')).toBe('≥1.5万');
		expect(formatValue(0, 'zero_stated', 'zh')).toBe('0');
		expect(qualifierMark('exact')).toBe('');
	});

	it('shows missing as the missing text, never as 0', () => {
		expect(formatValue(null, null, 'zh', '未报告')).toBe('未报告');
		expect(formatValue(null, null, 'en')).toBe('—');
	});
});

describe('rankChange', () => {
	it('shows climbs, falls, no change, and unknown', () => {
		expect([rankChange(1, 3), rankChange(4, 2), rankChange(2, 2), rankChange(2, null), rankChange(null, 1)]).toEqual([
			'↑2', '↓2', '=', '—', '—'
		]);
	});
});

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

	it('labels bars and tooltips with ≈ / ≥ and the qualifier name', () => {
		const option = rankingOption(rows, labels);
		const series = (option.series as { label: { formatter: (p: unknown) => string }; data: unknown[] }[])[0];
		const fmt = series.label.formatter;
		expect(series.data.map((d) => fmt({ data: d }))).toEqual(['≥1200', '≈400', '300', '300']);
		const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ data: series.data[1] });
		expect(tip).toContain('≈400');
		expect(tip).toContain('约数');
		expect(tip).toContain('2017');
		expect(tip).toContain('第 2 名');
	});

	it('adds the rank change to the tooltip when the year before is known', () => {
		const withPrev = [row('甲镇', 10, 1, { prev_rank: 3 })];
		const option = rankingOption(withPrev, { ...labels, prevYear: (c: string) => `较上年 ${c}` });
		const data = (option.series as { data: unknown[] }[])[0].data;
		const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ data: data[0] });
		expect(tip).toContain('较上年 ↑2');
	});

	it('states what is shown and where it comes from', () => {
		const option = rankingOption(rows, labels);
		expect(option.title).toMatchObject({ text: labels.title, subtext: labels.source });
		expect(option.xAxis).toMatchObject({ name: '数量（条）' });
		const axisFmt = (option.xAxis as { axisLabel: { formatter: (v: number) => string } }).axisLabel.formatter;
		expect([axisFmt(800), axisFmt(20000)]).toEqual(['800', '2万']);
	});

	it('escapes HTML in town names inside tooltips', () => {
		const evil = [row('<img src=x onerror=alert(1)>', 5, 1)];
		const option = rankingOption(evil, labels);
		const data = (option.series as { data: unknown[] }[])[0].data;
		const tip = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ data: data[0] });
		expect(tip).not.toContain('<img');
		expect(tip).toContain('&lt;img');
	});

	it('formats the category in English when asked', () => {
		expect(categoryLabel(rankingData(rows)[0], 'en')).toBe('甲镇 (2018)');
	});
});

describe('ranking layout', () => {
	it('makes room for a title that wraps on a narrow chart', () => {
		const wide = rankingOption(rows, { ...labels, width: 1000 });
		const narrow = rankingOption(rows, { ...labels, width: 180 });
		const top = (o: typeof wide) => (o.grid as { top: number }).top;
		expect(top(narrow)).toBeGreaterThan(top(wide));
		expect(rankingHeight(rows, { ...labels, width: 180 })).toBeGreaterThan(rankingHeight(rows, { ...labels, width: 1000 }));
		expect(rankingHeight(rows.slice(0, 2), labels)).toBeLessThan(rankingHeight(rows, labels));
	});
});

describe('exports', () => {
	it('writes the ranking as BOM-prefixed CSV, quoting where needed and leaving missing empty', () => {
		const csv = rankingCsv([row('甲镇', 1200, 1, { qualifier: 'at_least', county: '某县,东' }), row('未报镇', null, null)], 'active.total');
		expect(csv.startsWith('\uFEFFrank,town,county,year,indicator,value,qualifier,prev_rank,report_id\r\n')).toBe(true);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines[1]).toBe('1,甲镇,"某县,东",2018,active.total,1200,at_least,,r_甲镇');
		expect(lines[2]).toBe(',未报镇,某县,2018,active.total,,,,');
	});

	it('makes file names that say what they hold and are safe to save', () => {
		expect(fileStem(['active.total', '样本年报（5 份）', 2018])).toBe('active.total-样本年报（5_份）-2018');
		expect(fileStem(['a/b', 'c:d'])).toBe('a_b-c_d');
	});
});

describe('many towns', () => {
	const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => row(`镇${i}`, 1000 - i, i + 1));
	const t = { ...labels, topOf: (n: number, total: number) => `前 ${n} 名（共 ${total} 个）` };

	it('draws only the first MAX_BARS bars and says how many there are in all', () => {
		const option = rankingOption(many, t);
		expect(optionSummary(option).series[0].values).toHaveLength(MAX_BARS);
		expect((option.title as { subtext: string }).subtext).toContain(`前 ${MAX_BARS} 名（共 ${MAX_BARS + 5} 个）`);
		expect(rankingHeight(many, t)).toBe(rankingHeight(many.slice(0, MAX_BARS), t) + 17);
	});
});
