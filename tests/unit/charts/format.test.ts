import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, qualifierMark, rankChange, townLabel } from '../../../src/lib/charts/format';

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

describe('townLabel', () => {
	it('adds the county only where two towns share a name', () => {
		expect(townLabel({ town: '松山镇', county: '甲县', name_shared: true }, 'zh')).toBe('松山镇（甲县）');
		expect(townLabel({ town: '松山镇', county: '甲县', name_shared: true }, 'en')).toBe('松山镇 (甲县)');
		expect(townLabel({ town: '孤镇', county: '乙县', name_shared: false }, 'zh')).toBe('孤镇');
		expect(townLabel({ town: '松山镇', county: null, name_shared: true }, 'zh')).toBe('松山镇');
	});
});
