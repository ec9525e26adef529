// Numbers as reports write them: Arabic (after normalisation) or Chinese numerals, with the
// qualifier words around them (多, 余, 近, 约, 左右 → approx; 超过, 逾, 以上 → at_least).
import type { Qualifier } from './types';

const DIGITS: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Words before a number that qualify it. Longest first so 超过 wins over 过. */
export const PRE_QUALIFIER_SRC = '(?:不少于|不低于|超过|多达|将近|接近|大约|逾|近|约|达到|达)';
/** Between number and unit ("400多条", "170余条", "30来次"). */
export const MID_QUALIFIER_SRC = '(?:多|余|来)';
/** After the unit ("500条以上", "50次左右"). */
export const POST_QUALIFIER_SRC = '(?:以上|左右|之多)';

const CN_NUMERAL = '[零〇一二两三四五六七八九十百千万]{1,8}';
/** One number: Arabic with an optional decimal part and a 万/千/百 multiplier ("1.2万", "2千余"), or a Chinese numeral. */
export const NUMBER_SRC = `(?:\\d{1,9}(?:\\.\\d{1,4})?[万千百]?|${CN_NUMERAL})`;

const MULTIPLIER: Record<string, number> = { 万: 10000, 千: 1000, 百: 100 };

/** Parse a Chinese numeral: 二十 → 20, 一千二百 → 1200, 百 → 100, 千 → 1000, 二〇一七 → 2017. */
export function chineseToNumber(s: string): number | null {
	if (!s || !/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
	if (!/[十百千万]/.test(s)) {
		// digit-by-digit form (二〇一七) or a single digit
		let v = 0;
		for (const ch of s) v = v * 10 + DIGITS[ch];
		return v;
	}
	let total = 0;
	let section = 0;
	let digit = -1;
	for (const ch of s) {
		if (ch in DIGITS) digit = DIGITS[ch];
		else if (ch in SMALL_UNITS) {
			section += (digit < 0 ? 1 : digit) * SMALL_UNITS[ch];
			digit = -1;
		} else if (ch === '万') {
			total += (section + Math.max(digit, 0) || 1) * 10000;
			section = 0;
			digit = -1;
		}
	}
	return total + section + Math.max(digit, 0);
}

/** Parse one number token matched by NUMBER_SRC. */
export function parseNumber(token: string): number | null {
	const t = token.trim();
	if (/^\d/.test(t)) {
		const mult = MULTIPLIER[t[t.length - 1]];
		const v = Number(mult ? t.slice(0, -1) : t);
		if (!Number.isFinite(v)) return null;
		return mult ? Math.round(v * mult) : v;
	}
	return chineseToNumber(t);
}

/** Qualifier from the words around the number; a zero is always a stated zero in prose. */
export function qualifierOf(pre: string, mid: string, post: string, value: number): Qualifier {
	if (value === 0) return 'zero_stated';
	if (/超过|逾|多达|不少于|不低于/.test(pre) || /以上|之多/.test(post)) return 'at_least';
	if (/近|约/.test(pre) || mid || /左右/.test(post)) return 'approx';
	return 'exact';
}

/** "百余", "逾千": a bare 百/千 with a qualifier is 100 / 1000. */
export function isRoundWord(token: string): boolean {
	return token === '百' || token === '千' || token === '万';
}
