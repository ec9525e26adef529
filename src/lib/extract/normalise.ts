// Text preparation with an exact offset map back to the original (see Normalised in types.ts).
// Two passes: a per-character fold (width, spaces, traditional → simplified, pinyin glosses) and
// a deletion pass on the folded text (normalise-deletions.ts: soft wraps, PDF-split digits,
// spaced-out words, thousands separators). Each pass keeps,
// for every output character, the offset of the original character it came from.
import * as OpenCC from 'opencc-js/t2cn';
import { markSoftWraps, markSplits, type Drops } from './normalise-deletions';
import type { Normalised } from './types';

/** Full-width brackets that PDF/Word copies use around document-number years, folded to [ ]. */
const BRACKETS: Record<number, number> = { 0xfe5d: 0x5b, 0xfe5e: 0x5d, 0x3014: 0x5b, 0x3015: 0x5d };
// "鎮(zhèn)": a gloss of lowercase pinyin with at least one tone mark right after a Chinese character.
const PINYIN_GLOSS = /^[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]/;
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

function isCjk(code: number): boolean {
	return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isOddSpace(code: number): boolean {
	return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

function isZeroWidth(code: number): boolean {
	return (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0xad;
}

// The fold of every code unit, looked up once per character (the chain of range tests per
// character cost more than the rest of the pass). Negative entries need a closer look.
const DROP = -1;
/** a Chinese character not converted yet: OpenCC is asked on first sight */
const UNCONVERTED = -2;
/** a carriage return or an opening bracket (maybe a pinyin gloss): decided by the next characters */
const LOOK_AROUND = -3;
/** half of a surrogate pair, or a lone one: kept, and the text is not decoded as UTF-16 */
const SURROGATE = -4;

/** The folded code unit of a character that needs no context, or DROP. */
function foldCode(code: number): number {
	if (code < 0x80) return code;
	// Full-width ASCII block: digits, letters and punctuation (，：；（）％ …) become half-width.
	// 、 and 。 are outside this block and stay: they separate list items and sentences.
	if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
	if (isOddSpace(code)) return 0x20;
	if (isZeroWidth(code)) return DROP;
	return BRACKETS[code] ?? code;
}

const FOLD = new Int32Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
	if (code === 0x0d || code === 0x28 || code === 0xff08) FOLD[code] = LOOK_AROUND;
	else if ((code & 0xf800) === 0xd800) FOLD[code] = SURROGATE;
	else FOLD[code] = isCjk(code) ? UNCONVERTED : foldCode(code);
}

// 'tw' → 'cn' without phrase dictionaries at the call site: we convert one character at a time,
// so the output has exactly one character per input character and offsets stay exact.
let t2s: ((s: string) => string) | null = null;

function convert(code: number): number {
	t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	const out = t2s(String.fromCharCode(code));
	const kept = out.length === 1 ? out.charCodeAt(0) : code;
	FOLD[code] = kept;
	return kept;
}

function pinyinGlossLength(original: string, i: number, prevCode: number): number {
	if (!isCjk(prevCode)) return 0;
	const m = PINYIN_GLOSS.exec(original.slice(i, i + 12));
	return m && TONE_MARK.test(m[0]) ? m[0].length : 0;
}

interface Pass {
	text: string;
	/** for each character of text, its offset in the original; one spare entry at the end */
	map: Int32Array;
}

// TextDecoder turns code units into a string about 4x faster than String.fromCharCode.apply, but
// it replaces lone surrogates with U+FFFD (and reads little-endian bytes): it decodes only texts
// without surrogates on little-endian machines, so every code unit stays exactly as it was.
const UTF16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function codesToString(codes: Uint16Array, length: number, hasSurrogate: boolean): string {
	if (UTF16 && LITTLE_ENDIAN && !hasSurrogate) return UTF16.decode(codes.subarray(0, length));
	let s = '';
	// apply takes the typed array itself: no copy into a plain array (chunks keep under the argument limit)
	for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
	return s;
}

// Taiwan-style words left after the per-character fold ("政府資訊" → "政府资讯"). Each
// replacement has the same length, so the offset map stays exact.
const PHRASES: Record<string, string> = { 资讯: '信息', 网路: '网络' };
const PHRASE_KEYS = Object.keys(PHRASES);
const PHRASE_RE = new RegExp(PHRASE_KEYS.join('|'), 'g');

function foldPhrases(s: string): string {
	return PHRASE_KEYS.some((w) => s.includes(w)) ? s.replace(PHRASE_RE, (w) => PHRASES[w]) : s;
}

// Scratch buffers shared by all calls (normalise runs to the end before it is called again, and
// what it returns never points into them): a new pair per report made the garbage collector
// sweep thousands of off-heap buffers. They grow to the longest text seen.
let scratchCodes = new Uint16Array(0);
let scratchDrops: Drops = new Uint8Array(0);

function codesFor(length: number): Uint16Array {
	if (scratchCodes.length < length) scratchCodes = new Uint16Array(Math.max(length, 2 * scratchCodes.length));
	return scratchCodes;
}

/** cleared drop flags for a text of `length` */
function dropsFor(length: number): Drops {
	if (scratchDrops.length < length) scratchDrops = new Uint8Array(Math.max(length, 2 * scratchDrops.length));
	else scratchDrops.fill(0, 0, length);
	return scratchDrops;
}

function foldPass(original: string): Pass {
	const out = codesFor(original.length);
	const map = new Int32Array(original.length + 1);
	let k = 0;
	let surrogates = false;
	for (let i = 0; i < original.length; i++) {
		const code = original.charCodeAt(i);
		let folded = FOLD[code];
		if (folded < 0) {
			if (folded === DROP) continue;
			if (folded === UNCONVERTED) folded = convert(code);
			else if (folded === SURROGATE) (folded = code), (surrogates = true);
			else if (code === 0x0d) {
				if (original.charCodeAt(i + 1) === 0x0a) continue;
				folded = 0x0a;
			} else {
				// ( or （: a pinyin gloss after a Chinese character goes, a bracket becomes (
				const skip = k > 0 ? pinyinGlossLength(original, i, out[k - 1]) : 0;
				if (skip) {
					i += skip - 1;
					continue;
				}
				folded = 0x28;
			}
		}
		out[k] = folded;
		map[k++] = i;
	}
	return { text: foldPhrases(codesToString(out, k, surrogates)), map: map.subarray(0, k + 1) };
}

/**
 * The text without the dropped characters, and its map: kept runs are copied whole (drops are
 * few), and the map is compacted in place (a kept entry only ever moves left).
 */
function deletionPass(p: Pass): Pass {
	const n = p.text.length;
	let drop: Drops | null = null;
	const drops = () => (drop ??= dropsFor(n));
	markSoftWraps(p.text, drops);
	markSplits(p.text, drops);
	if (!drop) return p;
	// (a view of the text's length: the scratch buffer may be longer)
	const dropped: Drops = (drop as Drops).subarray(0, n);
	const pieces: string[] = [];
	let k = 0;
	let from = 0;
	for (let at = dropped.indexOf(1); from <= n; at = dropped.indexOf(1, from)) {
		const to = at < 0 ? n : at;
		pieces.push(p.text.slice(from, to));
		p.map.copyWithin(k, from, to);
		k += to - from;
		from = to + 1;
	}
	return { text: pieces.join(''), map: p.map.subarray(0, k + 1) };
}

export function normalise(original: string): Normalised {
	const p = deletionPass(foldPass(original));
	// the map's spare last entry: the end of the text maps to the end of the original
	p.map[p.text.length] = original.length;
	return { original, text: p.text, toOriginal: p.map };
}

/** Original-text span of a normalised span [start, end). End maps past the last kept character. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
	const s = n.toOriginal[start];
	const e = end > start ? n.toOriginal[end - 1] + 1 : s;
	return { start: s, end: Math.max(s, e) };
}
