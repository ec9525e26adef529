// Flattened tables arrive as one cell per line, whole rows on one line, markdown pipes or
// several rows run together. All of them become one stream of cells with their offsets, so the
// table parsers never care which layout the page used.

export type TokenKind = 'number' | 'empty' | 'text';

export interface Token {
	kind: TokenKind;
	text: string;
	start: number;
	end: number;
	/** the parsed value of a 'number' cell */
	value?: number;
}

/** A count, an amount (0.8 万元) or a signed change (本年增/减: +1, -2). */
const NUMBER = /^[+＋\-−－]?(?:[0-9０-９]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:[.．][0-9０-９]+)?$/;
/** Cells that state "nothing here" explicitly: a dash or slash placeholder. */
const PLACEHOLDER = /^(?:[-—–/／\\]+|无)$/;
/** A cell separator: space, tab, no-break or ideographic space (a code check: this runs per character). */
function isSpace(code: number): boolean {
	return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** Plain ASCII digits, the usual number cell: Number() reads them as they are. */
function isAsciiDigits(cell: string): boolean {
	if (cell.length === 0) return false;
	for (let i = 0; i < cell.length; i++) if (!isAsciiDigit(cell.charCodeAt(i))) return false;
	return true;
}

/** A number cell other than plain digits: full-width digits, signs, thousands separators. */
function toNumber(cell: string): number {
	const ascii = cell
		.replace(/[０-９．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace('−', '-')
		.replaceAll(',', '');
	return Number(ascii);
}

/**
 * A cell opening with a CJK character (most text cells) is neither a number nor a placeholder:
 * those open with a digit, a sign, a dash or slash, or are 无. Checked by code so the two regexes
 * run only on the few cells that could be either.
 */
function startsAsWords(text: string): boolean {
	const first = text.charCodeAt(0);
	return first >= 0x3400 && first < 0xff00 && text !== '无';
}

function classify(text: string, start: number): Token {
	const end = start + text.length;
	// most number cells are plain digits: a char-code check and Number() read them without a regex
	if (isAsciiDigits(text)) return { kind: 'number', text, start, end, value: Number(text) };
	if (startsAsWords(text)) return { kind: 'text', text, start, end };
	if (NUMBER.test(text)) return { kind: 'number', text, start, end, value: toNumber(text) };
	if (PLACEHOLDER.test(text)) return { kind: 'empty', text, start, end };
	return { kind: 'text', text, start, end };
}

/** Splits [from, to) of a line (no pipes inside) on spaces into cells. */
function pushWords(text: string, from: number, to: number, out: Token[]): void {
	let i = from;
	while (i < to) {
		while (i < to && isSpace(text.charCodeAt(i))) i++;
		const s = i;
		while (i < to && !isSpace(text.charCodeAt(i))) i++;
		if (i > s) out.push(classify(text.slice(s, i), s));
	}
}

function isBlank(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false;
	return true;
}

function pushLine(text: string, from: number, to: number, firstPipe: number, out: Token[]): void {
	if (firstPipe < 0 || firstPipe >= to) {
		// A line of only a tab is an empty cell in Word's one-cell-per-line export (seed layout);
		// a truly blank line is just a row separator.
		if (to > from && isBlank(text, from, to) && text.slice(from, to).includes('\t')) {
			out.push({ kind: 'empty', text: '', start: from, end: from });
		} else pushWords(text, from, to, out);
		return;
	}
	let s = from;
	let interior = false;
	// pipe to pipe with indexOf, the line's end closing the last cell
	for (let pipe = firstPipe; ; pipe = text.indexOf('|', s)) {
		const i = pipe < 0 || pipe >= to ? to : pipe;
		if (isBlank(text, s, i)) {
			// only a cell between two pipes is an empty cell; the margins outside the pipes are not
			if (interior && i < to) out.push({ kind: 'empty', text: '', start: s, end: s });
		} else pushWords(text, s, i, out);
		if (i === to) return;
		interior = true;
		s = i + 1;
	}
}

/** Cells of text[from, to): lines, pipes and space runs separate them. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const out: Token[] = [];
	// The next line feed, carriage return and pipe at or after the line start, each searched
	// again only once passed: native scans rather than a loop over every character, linear overall.
	let lf = text.indexOf('\n', from);
	let cr = text.indexOf('\r', from);
	let pipe = text.indexOf('|', from);
	for (let lineStart = from; lineStart <= to; ) {
		if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
		if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
		if (pipe >= 0 && pipe < lineStart) pipe = text.indexOf('|', lineStart);
		const lineEnd = Math.min(to, lf < 0 ? to : lf, cr < 0 ? to : cr);
		pushLine(text, lineStart, lineEnd, pipe, out);
		lineStart = lineEnd + 1;
	}
	return out;
}

/** Text cells may carry a row label; longer cells are sentences of prose around the table. */
export const MAX_LABEL_LENGTH = 60;

const ENUMERATOR = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|其中[:：]?)\s*/;

/** Sentence punctuation: a cell with it is prose, never an unknown table row worth a warning. */
export const SENTENCE = /[，。；！？,;]/;

/**
 * The characters ENUMERATOR's alternatives begin with. Most labels begin otherwise, and a set
 * lookup tells so for less than running the regex on every cell.
 */
const ENUMERATOR_START = new Set(Array.from('一二三四五六七八九十(（0123456789其', (c) => c.charCodeAt(0)));

/** A label without its numbering ("（一）", "1.", "四、", "其中：") — the part rules match. */
export function labelCore(label: string): { core: string; numbered: boolean } {
	let core = label;
	let numbered = false;
	for (let m = enumeratorAt(core); m && m[0].length > 0; m = enumeratorAt(core)) {
		core = core.slice(m[0].length);
		numbered = true;
	}
	return { core, numbered };
}

function enumeratorAt(text: string): RegExpExecArray | null {
	return ENUMERATOR_START.has(text.charCodeAt(0)) ? ENUMERATOR.exec(text) : null;
}

/** Whether the text ends in an ASCII digit, as a glued value ("行政许可12") must. */
export function endsWithDigit(text: string): boolean {
	return isAsciiDigit(text.charCodeAt(text.length - 1));
}

/** Whether the text starts with an ASCII digit, as a value with its unit ("110件") must. */
export function startsWithDigit(text: string): boolean {
	return isAsciiDigit(text.charCodeAt(0));
}

function isAsciiDigit(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

const SECTION = /^[一二三四五六七八九十]{1,3}、/;

/** "四、行政复议数量": a top-level heading of the statistics table (or of the report). */
export function isSectionHeading(label: string): boolean {
	return SECTION.test(label);
}

/** Letters only, no spaces or pipes: header cells split over lines are compared this way. */
export function compact(text: string): string {
	// a char-code walk: this runs on every header cell, and most cells have nothing to drop
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		if (!isGap(text.charCodeAt(i))) continue;
		out += text.slice(from, i);
		from = i + 1;
	}
	return from === 0 ? text : out + text.slice(from);
}

/** A run of what compact() drops, as a regex: \s is exactly isGap's white space and line terminators. */
const GAPS = '[\\s|]*';

/**
 * A global regex finding `words` (tried in order, as an alternation) in a text as they appear in
 * compact(text): between any two letters of a word the text may have gaps — a header cell broken
 * over two lines, spaces or pipes between cells. Its matches in the text are, one for one, the
 * words' matches in the compacted text, so headers are counted without compacting whole reports.
 */
export function wordsAcrossGaps(words: readonly string[]): RegExp {
	const alternatives = words.map((word) => {
		// a gap or an empty word would match what compact() never shows
		if (word === '' || compact(word) !== word) throw new Error(`wordsAcrossGaps: "${word}" is empty or has a gap`);
		// code units, as compact() drops gaps between code units
		return word.split('').map((c) => c.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&')).join(GAPS);
	});
	return new RegExp(alternatives.join('|'), 'g');
}

/** What /[\s|\u3000]/ matches: ECMAScript white space and line terminators, and the pipe. */
function isGap(c: number): boolean {
	if (c < 0x80) return c === 0x20 || c === 0x7c || (c >= 0x09 && c <= 0x0d);
	return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
