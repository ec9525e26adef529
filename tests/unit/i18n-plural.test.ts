import { describe, expect, it } from 'vitest';
import { en } from '../../src/lib/i18n/en';
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
	});
});
