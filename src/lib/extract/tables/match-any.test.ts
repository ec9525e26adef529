import { describe, expect, it } from 'vitest';
import { anyOf, firstMatch } from './match-any';

describe('anyOf', () => {
	it('matches when any pattern does, keeping each pattern its own anchors', () => {
		const any = anyOf([/^规章$/, /^行政许可/, /新闻发布会/]);
		expect(any.test('规章')).toBe(true);
		expect(any.test('规章制度')).toBe(false);
		expect(any.test('行政许可事项')).toBe(true);
		expect(any.test('举办新闻发布会次数')).toBe(true);
		expect(any.test('政策解读')).toBe(false);
	});

	it('matches nothing when there are no patterns', () => {
		expect(anyOf([]).test('')).toBe(false);
		expect(anyOf([]).test('任何文字')).toBe(false);
	});

	it('refuses patterns it cannot join faithfully', () => {
		expect(() => anyOf([/a/g])).toThrow();
		expect(() => anyOf([/a/, /b/i])).toThrow();
		expect(() => anyOf([/(a)\1/])).toThrow();
	});
});

describe('firstMatch', () => {
	it('returns the first rule in list order, not the leftmost match', () => {
		const rules = [
			{ pattern: /发布会/, id: 'later in text, first in list' },
			{ pattern: /^新闻/, id: 'at the start' }
		];
		expect(firstMatch(rules)('新闻发布会')?.id).toBe('later in text, first in list');
		expect(firstMatch(rules)('新闻稿')?.id).toBe('at the start');
		expect(firstMatch(rules)('解读')).toBeUndefined();
	});
});
