// How a report writes a number: plain, with a thousands comma, in full-width digits, with a stray
// space, rounded with 多/余/近/约, bounded with 超过/以上, or in Chinese numerals (百余条).
import type { Qualifier } from '../../src/lib/extract/types';
import type { Rng } from './prng';

export interface Written {
	/** the number with its unit, as it appears in the sentence */
	text: string;
	/** the value a careful reader records */
	value: number;
	qualifier: Qualifier;
}

export const FULL_WIDTH = '０１２３４５６７８９';
export const CN_DIGITS = '零一二三四五六七八九';

export function digits(n: number, rng: Rng): string {
	const plain = String(n);
	const roll = rng.next();
	if (roll < 0.04) return [...plain].map((d) => (d === '.' ? '．' : FULL_WIDTH[+d])).join('');
	if (roll < 0.1 && n >= 1000 && Number.isInteger(n)) return n.toLocaleString('en-US');
	return plain;
}

/** Chinese numerals for round numbers (二十, 三百, 百); undefined when the number has no short form. */
export function chinese(n: number): string | undefined {
	if (n === 100) return '百';
	if (n === 1000) return '千';
	if (n >= 10 && n < 100 && n % 10 === 0) return (n === 10 ? '' : CN_DIGITS[n / 10]) + '十';
	if (n >= 100 && n < 1000 && n % 100 === 0) return CN_DIGITS[n / 100] + '百';
	return undefined;
}

function roundStep(n: number): number {
	if (n < 30) return 5;
	if (n < 200) return 10;
	if (n < 1000) return 50;
	return 100;
}

export function exact(n: number, unit: string, rng: Rng): Written {
	const space = rng.chance(0.04) ? ' ' : '';
	return { text: `${space}${digits(n, rng)}${space && rng.chance(0.5) ? ' ' : ''}${unit}`, value: n, qualifier: 'exact' };
}

type Style = '多' | '余' | '近' | '约' | '超过' | '以上' | '逾';

/** A rounded or bounded statement of n; falls back to exact when n is too small to round. */
export function fuzzy(n: number, unit: string, rng: Rng, styles: readonly Style[]): Written {
	const step = roundStep(n);
	const down = Math.floor(n / step) * step;
	const up = Math.ceil(n / step) * step;
	if (n < 12 || down === n) return exact(n, unit, rng);
	const style = rng.pick(styles);
	const cn = rng.chance(0.12) ? chinese(down) : undefined;
	switch (style) {
		case '多': return { text: `${digits(down, rng)}多${unit}`, value: down, qualifier: 'approx' };
		case '余': return { text: `${cn ?? digits(down, rng)}余${unit}`, value: down, qualifier: 'approx' };
		case '近': return { text: `近${digits(up, rng)}${unit}`, value: up, qualifier: 'approx' };
		case '约': return { text: `约${digits(Math.round(n / step) * step, rng)}${unit}`, value: Math.round(n / step) * step, qualifier: 'approx' };
		case '超过': return { text: `超过${digits(down, rng)}${unit}`, value: down, qualifier: 'at_least' };
		case '以上': return { text: `${digits(down, rng)}${unit}以上`, value: down, qualifier: 'at_least' };
		case '逾': return { text: `逾${chinese(down) ?? digits(down, rng)}${unit}`, value: down, qualifier: 'at_least' };
	}
}

/** Most statements are exact; a town's less careful reports round more. */
export function written(n: number, unit: string, rng: Rng, fuzziness: number): Written {
	if (!rng.chance(fuzziness)) return exact(n, unit, rng);
	return fuzzy(n, unit, rng, ['多', '余', '余', '近', '约', '超过', '以上', '逾']);
}
