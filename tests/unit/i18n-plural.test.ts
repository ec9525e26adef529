import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';
import { plural } from '../../src/lib/i18n/plural';

describe('English counts', () => {
	it('say one thing in the singular and every other count in the plural', () => {
		expect(plural(1, 'report')).toBe('1 report');
		expect(plural(0, 'report')).toBe('0 reports');
		expect(plural(2, 'entry', 'entries')).toBe('2 entries');
	});
	it('read right in the dataset line', () => {
		expect(en.summary(1, 1, 1)).toBe('1 report · 1 town · 1 value');
		expect(en.summary(8, 7, 130)).toBe('8 reports · 7 towns · 130 values');
		expect(en.summary(465_833, 41_345, 22_111_492)).toBe('465,833 reports · 41,345 towns · 22,111,492 values');
		expect(zh.summary(465_833, 41_345, 22_111_492)).toBe('465,833 份年报 · 41,345 个乡镇 · 22,111,492 个数值');
	});
});
