// Global regex search that skips, in plain JS, the positions where no match can open.
// On two-byte (Chinese) text the regex engine tries every position, and patterns that open with a
// long class of scattered CJK characters ([\d零〇一二…万]) or a lookahead hint ((?=[依信政申]))
// cost 10–30 ns a character there. The characters a match can open with are derived from the
// pattern's source (first-set.ts); a sticky copy of the regex is tried only where the text holds
// one of them. Leftmost-first search tries positions in the same order, so every match, capture
// and lastIndex is exactly what re.exec gives.
import { firstTable } from './first-set';

interface Scanner {
	sticky: RegExp;
	table: Uint8Array;
}

const SCANNERS = new WeakMap<RegExp, Scanner | null>();

function scannerOf(re: RegExp): Scanner | null {
	let s = SCANNERS.get(re);
	if (s === undefined) {
		// only global, non-sticky regexes: their exec searches onwards from lastIndex
		const table = re.global && !re.sticky ? firstTable(re.source, re.flags) : null;
		s = table ? { sticky: new RegExp(re.source, re.flags.replace('g', '') + 'y'), table } : null;
		SCANNERS.set(re, s);
	}
	return s;
}

// Where candidates are dense (digit soup), one engine search beats many sticky tries: after this
// many tries, if they are more than one in DENSE characters, the rest of the text goes to re.exec.
const TRIES = 64;
const DENSE = 4;

/** re.exec(text) for a global regex, with the same result and lastIndex, faster on sparse openings. */
export function scanExec(re: RegExp, text: string): RegExpExecArray | null {
	const s = scannerOf(re);
	if (!s) return re.exec(text);
	const { sticky, table } = s;
	const from = re.lastIndex;
	let tries = 0;
	for (let i = from; i < text.length; i++) {
		if (table[text.charCodeAt(i)] === 0) continue;
		if (++tries > TRIES && tries * DENSE > i - from) {
			re.lastIndex = i;
			return re.exec(text);
		}
		sticky.lastIndex = i;
		const m = sticky.exec(text);
		if (m) {
			re.lastIndex = sticky.lastIndex;
			return m;
		}
	}
	re.lastIndex = 0;
	return null;
}

/** Every match of a global regex from the start, as text.matchAll(re) lists them. */
export function scanAll(re: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = scanExec(re, text); m; m = scanExec(re, text)) {
		out.push(m);
		if (m[0].length === 0) re.lastIndex++;
	}
	return out;
}

/** text.replace(re, fn) for a global regex whose replacer reads only the matched text. */
export function scanReplace(re: RegExp, text: string, fn: (matched: string) => string): string {
	const found = scanAll(re, text);
	if (found.length === 0) return text;
	let out = '';
	let at = 0;
	for (const m of found) {
		out += text.slice(at, m.index) + fn(m[0]);
		at = m.index + m[0].length;
	}
	return out + text.slice(at);
}
