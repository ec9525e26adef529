import { describe, expect, it } from 'vitest';
import { formatChange, formatNumber, formatPercent, formatValue, qualifierMark, rankMove, townLabel } from '../../../src/lib/charts/format';

describe('formatNumber / formatValue', () => {
	it('uses 万 and 亿 in Chinese and digit groups in English', () => {
		expect(formatNumber(756, 'zh')).toBe('756');
		expect(formatNumber(12345, 'zh')).toBe('1.23万');
		expect(formatNumber(250_000_000, 'zh')).toBe('2.5亿');
		expect(formatNumber(-20000, 'zh')).toBe('-2万');
		expect(formatNumber(12345, 'en')).toBe('12,345');
	});

	it('writes 0, 9,999, 10,000 and 123,456,789 the way each language reads them', () => {
		const zh = [0, 9999, 10000, 123_456_789].map((n) => formatNumber(n, 'zh'));
		expect(zh).toEqual(['0', '9999', '1万', '1.23亿']);
		const en = [0, 9999, 10000, 123_456_789].map((n) => formatNumber(n, 'en'));
		expect(en).toEqual(['0', '9,999', '10,000', '123,456,789']);
	});

	it('keeps the sign of negatives, and never writes "-0"', () => {
		expect([-9999, -10000, -123_456_789, -0.001].map((n) => formatNumber(n, 'zh'))).toEqual(['-9999', '-1万', '-1.23亿', '0']);
		expect([-12345, -0.001].map((n) => formatNumber(n, 'en'))).toEqual(['-12,345', '0']);
	});

	it('moves up a step when rounding reaches it: never "10000万"', () => {
		expect(formatNumber(99_999_999, 'zh')).toBe('1亿');
		expect(formatNumber(9999.999, 'zh')).toBe('1万');
		expect(formatNumber(99_994_999, 'zh')).toBe('9999.5万');
		expect(formatNumber(1.5, 'zh')).toBe('1.5');
		expect(formatNumber(Number.NaN, 'zh')).toBe('—');
	});

	it('writes changes with their sign and percentages with one decimal', () => {
		expect([formatChange(350, 'zh'), formatChange(-12345, 'zh'), formatChange(0, 'en'), formatChange(25000, 'en')]).toEqual(['+350', '-1.23万', '0', '+25,000']);
		expect([formatPercent(62.5, 'zh'), formatPercent(-16.6667, 'en'), formatPercent(0, 'zh'), formatPercent(12345.6, 'zh')]).toEqual(['+62.5%', '-16.7%', '0%', '+1.23万%']);
	});

	it('prefixes ≈ for approx and ≥ for at_least, nothing for exact or stated zero', () => {
		expect(formatValue(400, 'approx', 'zh')).toBe('≈400');
		expect(formatValue(15000, 'at_least', 'zh')).toBe('≥1.5万');
		expect(formatValue(0, 'zero_stated', 'zh')).toBe('0');
		expect(formatValue(123_456_789, 'approx', 'zh')).toBe('≈1.23亿');
		expect(formatValue(-10000, 'approx', 'en')).toBe('≈-10,000');
		expect(formatValue(9999, 'at_least', 'en')).toBe('≥9,999');
		expect(qualifierMark('exact')).toBe('');
	});

	it('shows missing as the missing text, never as 0', () => {
		expect(formatValue(null, null, 'zh', '未报告')).toBe('未报告');
		expect(formatValue(null, null, 'en')).toBe('—');
	});
});

describe('rankMove', () => {
	it('shows climbs ▲, falls ▼, the same rank –, and a town without last year\'s value as new', () => {
		expect([rankMove(2, '新'), rankMove(-3, '新'), rankMove(0, '新'), rankMove(null, '新'), rankMove(null, 'new')]).toEqual(['▲2', '▼3', '–', '新', 'new']);
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
