// How a clause writes its number: the numeral (Arabic, full-width, thousands comma, spaced,
// Chinese with 两/〇/十/百/千), a qualifier before, between or after (约 近 逾 超过 达 … 余 多 来 …
// 以上 左右) and the range form "30至40条". Each form says what a careful reader records.
import { CN_DIGITS as CN, FULL_WIDTH as FULL, type Written } from '../numbers';
import type { Rng } from '../prng';

/** the number with its measure word as written, and what a careful reader records (as the demo's prose) */
export type Numeral = Written;

/** Chinese numeral for 0 ≤ n < 100000: 十二, 二十, 一百〇五, 两千三百, 三万. `liang` writes a leading 2 as 两. */
export function chineseNumeral(n: number, opts: { liang?: boolean; ling?: '零' | '〇' } = {}): string {
	if (n === 0) return '零';
	const units = ['', '十', '百', '千', '万'];
	const ds = String(n).split('').map(Number).reverse();
	let out = '';
	let pendingZero = false;
	for (let i = ds.length - 1; i >= 0; i--) {
		const d = ds[i];
		if (d === 0) {
			pendingZero = out.length > 0;
			continue;
		}
		if (pendingZero) out += opts.ling ?? '零';
		pendingZero = false;
		const first = out.length === 0;
		// 十二, not 一十二; 两百, 两千 when asked; a bare 2 stays 二 in 二十
		if (first && d === 1 && i === 1) out += '十';
		else out += (first && d === 2 && opts.liang && i !== 1 ? '两' : CN[d]) + units[i];
		// trailing zeros after the last digit are simply not written
	}
	return out;
}

const fullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[+d]);
const comma = (n: number) => n.toLocaleString('en-US');

/** The plain numeral forms of an exact number; the weights favour what reports use most. */
export function plainNumeral(n: number, rng: Rng, chinese = true): string {
	const forms: [() => string, number][] = [
		[() => String(n), 6],
		[() => ` ${n} `, 1],
		[() => fullWidth(String(n)), 1],
		[() => (n >= 1000 ? comma(n) : String(n)), n >= 1000 ? 1 : 0],
		[() => chineseNumeral(n, { liang: rng.chance(0.5), ling: rng.chance(0.5) ? '〇' : '零' }), chinese && n < 10000 ? 2 : 0]
	];
	return rng.weighted(forms.filter(([, w]) => w > 0))();
}

/** A round number for the approximate forms: 170余, 400多, 近300. */
function roundDown(n: number): number {
	const step = n < 100 ? 10 : n < 1000 ? 10 * Math.max(1, Math.floor(n / 500)) : 100;
	return Math.max(step, Math.floor(n / step) * step);
}

type Form = 'exact' | 'approx_pre' | 'approx_mid' | 'approx_post' | 'least_pre' | 'least_post' | 'range';

const PRE_APPROX = ['约', '近', '将近', '接近', '大约'];
const PRE_LEAST = ['超过', '逾', '不少于', '不低于'];
const MID_APPROX = ['余', '多', '来'];

/**
 * A number with its measure word. Small counts (< 10) are mostly exact, as reports write them;
 * `rounded` allows the approximate and bounded forms.
 */
export function numeral(n: number, unit: string, rng: Rng, opts: { rounded?: boolean; chinese?: boolean } = {}): Numeral {
	const rounded = opts.rounded ?? n >= 12;
	const form: Form = rounded
		? rng.weighted<Form>([['exact', 8], ['approx_pre', 1], ['approx_mid', 2], ['approx_post', 1], ['least_pre', 1], ['least_post', 1], ['range', 1]])
		: 'exact';
	const chinese = opts.chinese ?? true;
	const r = roundDown(n);
	switch (form) {
		case 'exact':
			return { text: `${plainNumeral(n, rng, chinese)}${unit}`, value: n, qualifier: 'exact' };
		case 'approx_pre': {
			const w = rng.pick(PRE_APPROX);
			return { text: `${w}${plainNumeral(r, rng, chinese)}${unit}`, value: r, qualifier: 'approx' };
		}
		case 'approx_mid':
			return { text: `${plainNumeral(r, rng, chinese).trim()}${rng.pick(MID_APPROX)}${unit}`, value: r, qualifier: 'approx' };
		case 'approx_post':
			return { text: `${plainNumeral(r, rng, chinese)}${unit}左右`, value: r, qualifier: 'approx' };
		case 'least_pre':
			return { text: `${rng.pick(PRE_LEAST)}${plainNumeral(r, rng, chinese)}${unit}`, value: r, qualifier: 'at_least' };
		case 'least_post':
			return { text: `${plainNumeral(r, rng, chinese).trim()}${unit}以上`, value: r, qualifier: 'at_least' };
		case 'range': {
			// "30至40条", "三十到四十条": the lower bound is what the report commits to
			const hi = r + (r >= 100 ? 50 : 10);
			const cn = chinese && rng.chance(0.3);
			const [a, b] = cn ? [chineseNumeral(r), chineseNumeral(hi)] : [String(r), String(hi)];
			return { text: `${a}${rng.pick(['至', '到', '-', '～'])}${b}${unit}`, value: r, qualifier: 'at_least' };
		}
	}
}
