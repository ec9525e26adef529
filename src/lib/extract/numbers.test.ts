import { describe, expect, it } from 'vitest';
import { chineseToNumber, parseNumber, qualifierOf } from './numbers';

describe('numbers', () => {
	it.each([
		['二十', 20],
		['两', 2],
		['十五', 15],
		['一百零三', 103],
		['一千二百', 1200],
		['百', 100],
		['千', 1000],
		['三万五千', 35000],
		['零', 0],
		['二〇一八', 2018]
	])('reads the Chinese numeral %s as %d', (s, v) => {
		expect(chineseToNumber(s)).toBe(v);
	});

	it('rejects what is not a numeral', () => {
		expect(chineseToNumber('镇')).toBeNull();
		expect(chineseToNumber('')).toBeNull();
	});

	it('reads Arabic numbers with decimals and 万', () => {
		expect(parseNumber('86')).toBe(86);
		expect(parseNumber('1.5万')).toBe(15000);
		expect(parseNumber('2千')).toBe(2000);
		expect(parseNumber('1.5千')).toBe(1500);
		expect(parseNumber('5百')).toBe(500);
		expect(parseNumber('3.25')).toBe(3.25);
	});

	it('derives each qualifier', () => {
		expect(qualifierOf('', '多', '', 400)).toBe('approx');
		expect(qualifierOf('', '余', '', 170)).toBe('approx');
		expect(qualifierOf('近', '', '', 300)).toBe('approx');
		expect(qualifierOf('约', '', '', 50)).toBe('approx');
		expect(qualifierOf('', '', '左右', 50)).toBe('approx');
		expect(qualifierOf('超过', '', '', 500)).toBe('at_least');
		expect(qualifierOf('逾', '', '', 1000)).toBe('at_least');
		expect(qualifierOf('达', '', '以上', 60)).toBe('at_least');
		expect(qualifierOf('达', '', '', 60)).toBe('exact');
		expect(qualifierOf('', '', '', 0)).toBe('zero_stated');
	});
});
