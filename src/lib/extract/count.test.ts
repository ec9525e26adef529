import { describe, expect, it } from 'vitest';
import { countMatches, eachMatch } from './count';

describe('eachMatch and countMatches', () => {
	it('visit the matches matchAll lists, empty ones included, and leave lastIndex at 0', () => {
		for (const [re, text] of [[/a*/g, 'baaac'], [/\d+/g, '12 x 345 6'], [/(?:)/gu, 'a😀b'], [/年/g, '无']] as const) {
			const seen: string[] = [];
			eachMatch(re, text, (m) => void seen.push(`${m.index}:${m[0]}`));
			expect(seen).toEqual([...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`));
			expect(re.lastIndex).toBe(0);
			expect(countMatches(text, re)).toBe(seen.length);
		}
	});

	it('stop when the visitor says so, or when enough are counted', () => {
		const re = /\d/g;
		const seen: number[] = [];
		eachMatch(re, '1234', (m) => (seen.push(Number(m[0])), m[0] === '2'));
		expect(seen).toEqual([1, 2]);
		expect(re.lastIndex).toBe(0);
		expect(countMatches('1234', re, 3)).toBe(3);
		expect(countMatches('1234', re, 0)).toBe(0);
	});

	it('refuse a regex that is not global', () => {
		expect(() => countMatches('a', /a/)).toThrow(TypeError);
	});
});
