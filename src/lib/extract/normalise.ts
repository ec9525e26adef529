// Text preparation with an exact offset map back to the original (see Normalised in types.ts).
// Two passes: a per-character fold (width, spaces, traditional → simplified, pinyin glosses) and
// a deletion pass on the folded text (PDF-split digits, thousands separators). Each pass keeps,
// for every output character, the offset of the original character it came from.
import * as OpenCC from 'opencc-js/t2cn';
import type { Normalised } from './types';

// 'tw' → 'cn' without phrase dictionaries at the call site: we convert one character at a time,
// so the output has exactly one character per input character and offsets stay exact.
let t2s: ((s: string) => string) | null = null;
const charCache = new Map<string, string>();

function toSimplified(ch: string): string {
	const hit = charCache.get(ch);
	if (hit !== undefined) return hit;
	t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	const out = t2s(ch);
	const kept = out.length === ch.length ? out : ch;
	charCache.set(ch, kept);
	return kept;
}

/** Full-width brackets that PDF/Word copies use around document-number years, folded to [ ]. */
const BRACKETS: Record<string, string> = { '﹝': '[', '﹞': ']', '〔': '[', '〕': ']', '［': '[', '］': ']' };
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
// "鎮(zhèn)": a gloss of lowercase pinyin with at least one tone mark right after a Chinese character.
const PINYIN_GLOSS = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

function foldChar(ch: string): string {
	const code = ch.charCodeAt(0);
	// Full-width ASCII block: digits, letters and punctuation (，：；（）％ …) become half-width.
	// 、 and 。 are outside this block and stay: they separate list items and sentences.
	if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
	if (BRACKETS[ch]) return BRACKETS[ch];
	if (ODD_SPACE.test(ch)) return ' ';
	if (code >= 0x3400 && CJK.test(ch)) return toSimplified(ch);
	return ch;
}

function pinyinGlossLength(original: string, i: number, prev: string): number {
	if (!CJK.test(prev)) return 0;
	const m = PINYIN_GLOSS.exec(original.slice(i, i + 12));
	return m && TONE_MARK.test(m[0]) ? m[0].length : 0;
}

interface Pass {
	text: string;
	map: number[];
}

function foldPass(original: string): Pass {
	const out: string[] = [];
	const map: number[] = [];
	for (let i = 0; i < original.length; i++) {
		const ch = original[i];
		if (ch === '\r') {
			if (original[i + 1] !== '\n') (out.push('\n'), map.push(i));
			continue;
		}
		if (ZERO_WIDTH.test(ch)) continue;
		if (ch === '(' || ch === '（') {
			const skip = pinyinGlossLength(original, i, out.length ? out[out.length - 1] : '');
			if (skip) {
				i += skip - 1;
				continue;
			}
		}
		out.push(foldChar(ch));
		map.push(i);
	}
	return { text: out.join(''), map };
}

// Digits split by PDF spacing ("1 2 3 条", "7\n1条"): joined only when the group runs straight
// into a count unit, so table rows ("0 0 0") and dates ("2023 1 1 日") are left alone.
const SPLIT_DIGITS = /(?<![\d.])\d(?:[ \n]{1,2}\d){1,6}(?= ?(?:条|件|宗|篇|次|人次|名|个|项|份)(?![\d]))/g;
// Thousands separators: "1,234" and "12,345,678"; never a leading zero, never a longer tail.
const THOUSANDS = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g;

function deletionPass(p: Pass): Pass {
	const drop = new Uint8Array(p.text.length);
	for (const m of p.text.matchAll(SPLIT_DIGITS)) markDeleted(drop, m.index, m[0], /[ \n]/);
	for (const m of p.text.matchAll(THOUSANDS)) markDeleted(drop, m.index, m[0], /,/);
	const out: string[] = [];
	const map: number[] = [];
	for (let i = 0; i < p.text.length; i++) {
		if (drop[i]) continue;
		out.push(p.text[i]);
		map.push(p.map[i]);
	}
	return { text: out.join(''), map };
}

function markDeleted(drop: Uint8Array, at: number, s: string, which: RegExp): void {
	for (let k = 0; k < s.length; k++) if (which.test(s[k])) drop[at + k] = 1;
}

export function normalise(original: string): Normalised {
	const p = deletionPass(foldPass(original));
	const toOriginal = new Int32Array(p.text.length + 1);
	for (let i = 0; i < p.map.length; i++) toOriginal[i] = p.map[i];
	toOriginal[p.text.length] = original.length;
	return { original, text: p.text, toOriginal };
}

/** Original-text span of a normalised span [start, end). End maps past the last kept character. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
	const s = n.toOriginal[start];
	const e = end > start ? n.toOriginal[end - 1] + 1 : s;
	return { start: s, end: Math.max(s, e) };
}
