// Text preparation with an exact offset map back to the original (see Normalised in types.ts).
// Two passes: a per-character fold (width, spaces, traditional → simplified, pinyin glosses) and
// a deletion pass on the folded text (PDF-split digits, thousands separators). Each pass keeps,
// for every output character, the offset of the original character it came from.
import * as OpenCC from 'opencc-js/t2cn';
import { scanAll } from './scan';
import type { Normalised } from './types';

// 'tw' → 'cn' without phrase dictionaries at the call site: we convert one character at a time,
// so the output has exactly one character per input character and offsets stay exact.
let t2s: ((s: string) => string) | null = null;
/** per code unit: 0 = not looked up yet, else the simplified code unit */
const simplified = new Uint16Array(0x10000);

function toSimplified(code: number): number {
	const hit = simplified[code];
	if (hit) return hit;
	t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
	const out = t2s(String.fromCharCode(code));
	const kept = out.length === 1 ? out.charCodeAt(0) : code;
	simplified[code] = kept;
	return kept;
}

/** Full-width brackets that PDF/Word copies use around document-number years, folded to [ ]. */
const BRACKETS: Record<number, number> = { 0xfe5d: 0x5b, 0xfe5e: 0x5d, 0x3014: 0x5b, 0x3015: 0x5d };
const DROP = -1;
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

/** The folded code unit, or DROP. */
function foldCode(code: number): number {
	if (code < 0x80) return code;
	// Full-width ASCII block: digits, letters and punctuation (，：；（）％ …) become half-width.
	// 、 and 。 are outside this block and stay: they separate list items and sentences.
	if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
	if (isCjk(code)) return toSimplified(code);
	if (isOddSpace(code)) return 0x20;
	if (isZeroWidth(code)) return DROP;
	return BRACKETS[code] ?? code;
}

function pinyinGlossLength(original: string, i: number, prevCode: number): number {
	if (!isCjk(prevCode)) return 0;
	const m = PINYIN_GLOSS.exec(original.slice(i, i + 12));
	return m && TONE_MARK.test(m[0]) ? m[0].length : 0;
}

interface Pass {
	text: string;
	map: Int32Array;
}

// TextDecoder turns code units into a string about 4x faster than String.fromCharCode.apply, but
// it replaces lone surrogates with U+FFFD (and reads little-endian bytes): it decodes only texts
// without surrogates on little-endian machines, so every code unit stays exactly as it was.
const UTF16 = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le', { ignoreBOM: true });
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function hasSurrogate(codes: Uint16Array, length: number): boolean {
	for (let i = 0; i < length; i++) if ((codes[i] & 0xf800) === 0xd800) return true;
	return false;
}

function codesToString(codes: Uint16Array, length: number): string {
	if (UTF16 && LITTLE_ENDIAN && !hasSurrogate(codes, length)) return UTF16.decode(codes.subarray(0, length));
	let s = '';
	// apply takes the typed array itself: no copy into a plain array (chunks keep under the argument limit)
	for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
	return s;
}

// Taiwan-style words left after the per-character fold ("政府資訊" → "政府资讯"). Each
// replacement has the same length, so the offset map stays exact.
const PHRASES: Record<string, string> = { 资讯: '信息', 网路: '网络' };
const PHRASE_RE = new RegExp(Object.keys(PHRASES).join('|'), 'g');

function foldPhrases(s: string): string {
	return s.replace(PHRASE_RE, (w) => PHRASES[w]);
}

function foldPass(original: string): Pass {
	const out = new Uint16Array(original.length);
	const map = new Int32Array(original.length + 1);
	let k = 0;
	for (let i = 0; i < original.length; i++) {
		const code = original.charCodeAt(i);
		if (code === 0x0d) {
			if (original.charCodeAt(i + 1) !== 0x0a) (out[k] = 0x0a), (map[k++] = i);
			continue;
		}
		if ((code === 0x28 || code === 0xff08) && k > 0) {
			const skip = pinyinGlossLength(original, i, out[k - 1]);
			if (skip) {
				i += skip - 1;
				continue;
			}
		}
		const folded = foldCode(code);
		if (folded === DROP) continue;
		out[k] = folded;
		map[k++] = i;
	}
	return { text: foldPhrases(codesToString(out, k)), map: map.subarray(0, k) };
}

// Digits split by PDF spacing ("1 2 3 条", "7\n1条"): joined only when the group runs straight
// into a count unit, so table rows ("0 0 0") and dates ("2023 1 1 日") are left alone.
// Groups may hold up to three digits ("1 024条", "10 24条").
const SPLIT_DIGITS = /(?<![\d.])\d{1,3}(?:[ \n]{1,2}\d{1,3}){1,6}(?= ?(?:条|件|宗|篇|次|人次|名|个|项|份)(?![\d]))/g;
// Words spaced out letter by letter ("主 动 公 开 信 息"): four or more single characters, each
// followed by one space, are one word. Two- or three-character runs ("目 录") are left alone.
const SPACED_CJK = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff] ){3,60}[\u4e00-\u9fff](?![\u4e00-\u9fff])/g;
// Thousands separators: "1,234" and "12,345,678"; never a leading zero, never a longer tail.
const THOUSANDS = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g;

// A prose line wrapped inside a word ("主动公开政府\n信息133条", PDF and fixed-width copies): the
// break goes when the line is a long sentence (a comma or 、 in it, no tab or pipe) that runs on
// into a word, and the next line goes on with a word or a number rather than a heading. Lines of a
// flattened table (one cell per line, rows of spaced numbers) hold no sentence punctuation and
// keep their breaks.
const WRAPPED_LINE = /^[^\t|]{11,}$/;
const SENTENCE_MARK = /[,、]/;
const RUNS_ON = /[\u4e00-\u9fff\d]$/;
const GOES_ON = /^ ?[\u4e00-\u9fff\d](?![一二三四五六七八九十]{0,2}、)/;
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、](?!\d)|第[一二三四五六七八九十\d]{1,3}[条章部节])/;

/** the sentence in progress at the end of a line: after its last stop or colon */
const LAST_SENTENCE = /[^。;:!?]*$/;

/**
 * The line ends inside a sentence of some length that has a comma or 、 — not a bare heading
 * ("三、…的情况", whose 、 is its number's) nor a short word after a stop ("…情况。无").
 */
function inSentence(line: string): boolean {
	const body = line.trimStart();
	const tail = LAST_SENTENCE.exec(body)?.[0] ?? '';
	if (tail.length < 6) return false;
	if (HEADING.test(body) && !body.includes('。')) return SENTENCE_MARK.test(body.replace(HEADING, '')) && /,/.test(body);
	return SENTENCE_MARK.test(body);
}

function softWraps(text: string, drop: Uint8Array | null): Uint8Array | null {
	let d = drop;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
		// cheap tests first: most lines are short or end in punctuation
		if (i - lineStart < 11 || !RUNS_ON.test(text[i - 1]) || !GOES_ON.test(text.slice(i + 1, i + 3))) continue;
		const line = text.slice(lineStart, i);
		if (!WRAPPED_LINE.test(line) || !inSentence(line)) continue;
		const next = text.slice(i + 1, i + 16);
		if (!GOES_ON.test(next) || HEADING.test(next.trimStart())) continue;
		d ??= new Uint8Array(text.length);
		d[i] = 1;
	}
	return d;
}

function deletionPass(p: Pass): Pass {
	let drop: Uint8Array | null = softWraps(p.text, null);
	// (both open behind a lookbehind: scanAll jumps from digit to digit)
	for (const m of scanAll(SPLIT_DIGITS, p.text)) drop = markDeleted(drop, p.text.length, m.index, m[0], /[ \n]/);
	for (const m of p.text.matchAll(SPACED_CJK)) drop = markDeleted(drop, p.text.length, m.index, m[0], / /);
	for (const m of scanAll(THOUSANDS, p.text)) drop = markDeleted(drop, p.text.length, m.index, m[0], /,/);
	if (!drop) return p;
	const out = new Uint16Array(p.text.length);
	const map = new Int32Array(p.text.length);
	let k = 0;
	for (let i = 0; i < p.text.length; i++) {
		if (drop[i]) continue;
		out[k] = p.text.charCodeAt(i);
		map[k++] = p.map[i];
	}
	return { text: codesToString(out, k), map: map.subarray(0, k) };
}

function markDeleted(drop: Uint8Array | null, size: number, at: number, s: string, which: RegExp): Uint8Array {
	const d = drop ?? new Uint8Array(size);
	for (let k = 0; k < s.length; k++) if (which.test(s[k])) d[at + k] = 1;
	return d;
}

export function normalise(original: string): Normalised {
	const p = deletionPass(foldPass(original));
	const toOriginal = new Int32Array(p.text.length + 1);
	toOriginal.set(p.map);
	toOriginal[p.text.length] = original.length;
	return { original, text: p.text, toOriginal };
}

/** Original-text span of a normalised span [start, end). End maps past the last kept character. */
export function toOriginalSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
	const s = n.toOriginal[start];
	const e = end > start ? n.toOriginal[end - 1] + 1 : s;
	return { start: s, end: Math.max(s, e) };
}
