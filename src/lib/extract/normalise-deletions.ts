// The deletion pass of normalise: which characters of the folded text go (soft line wraps,
// spaces and breaks inside PDF-split numbers and spaced-out words, thousands separators).
//
// Each kind of deletion is a regex, but every match has to hold one particular character near its
// start (a space, a line break or a comma next to a digit or a Chinese character). A char-code
// walk over the text finds where such matches can begin, and a sticky copy of the regex is tried
// only there: the engine on its own tried every digit or every Chinese character of the text. The
// tries go in ascending order and skip starts inside the previous match, as a global search does,
// so the matches are exactly the regex's own.

/** A character a deletion regex may remove: one flag per code unit of the text, 1 = drop. */
export type Drops = Uint8Array;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** the Chinese range of SPACED_CJK, RUNS_ON and GOES_ON */
const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const DOT = 0x2e;

// Digits split by PDF spacing ("1 2 3 条", "7\n1条"): joined only when the group runs straight
// into a count unit, so table rows ("0 0 0") and dates ("2023 1 1 日") are left alone.
// Groups may hold up to three digits ("1 024条", "10 24条").
const SPLIT_DIGITS = /(?<![\d.])\d{1,3}(?:[ \n]{1,2}\d{1,3}){1,6}(?= ?(?:条|件|宗|篇|次|人次|名|个|项|份)(?![\d]))/y;
// Words spaced out letter by letter ("主 动 公 开 信 息"): four or more single characters, each
// followed by one space, are one word. Two- or three-character runs ("目 录") are left alone.
const SPACED_CJK = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff] ){3,60}[\u4e00-\u9fff](?![\u4e00-\u9fff])/y;
// Thousands separators: "1,234" and "12,345,678"; never a leading zero, never a longer tail.
const THOUSANDS = /(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/y;

// A prose line wrapped inside a word ("主动公开政府\n信息133条", PDF and fixed-width copies): the
// break goes when the line is a long sentence (a comma or 、 in it, no tab or pipe) that runs on
// into a word, and the next line goes on with a word or a number rather than a heading. Lines of a
// flattened table (one cell per line, rows of spaced numbers) hold no sentence punctuation and
// keep their breaks.
const WRAPPED_LINE = /^[^\t|]{11,}$/;
const SENTENCE_MARK = /[,、]/;
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

/** the line runs on into a word or a number (RUNS_ON: a Chinese character or a digit before the break) */
const runsOn = (c: number) => isHan(c) || isDigit(c);

/** Soft line wraps, marked in `drops()` (made on first use). */
export function markSoftWraps(text: string, drops: () => Drops): void {
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
		// cheap tests first: most lines are short or end in punctuation; the next line must open
		// with a Chinese character or a digit, maybe after one space (GOES_ON decides)
		if (i - lineStart < 11 || !runsOn(text.charCodeAt(i - 1))) continue;
		const first = text.charCodeAt(i + 1) === SPACE ? text.charCodeAt(i + 2) : text.charCodeAt(i + 1);
		if (!runsOn(first) || !GOES_ON.test(text.slice(i + 1, i + 3))) continue;
		const line = text.slice(lineStart, i);
		if (!WRAPPED_LINE.test(line) || !inSentence(line)) continue;
		const next = text.slice(i + 1, i + 16);
		if (!GOES_ON.test(next) || HEADING.test(next.trimStart())) continue;
		drops()[i] = 1;
	}
}

/** Start of the run of at most three digits ending just before `sep`, with no digit or `.` (or `,`) before it; -1 if none. */
function shortNumberBefore(text: string, sep: number, alsoComma: boolean): number {
	let s = sep;
	while (s > 0 && sep - s < 4 && isDigit(text.charCodeAt(s - 1))) s--;
	if (s === sep || sep - s > 3) return -1;
	const before = s > 0 ? text.charCodeAt(s - 1) : -1;
	if (isDigit(before) || before === DOT || (alsoComma && before === COMMA)) return -1;
	return s;
}

/**
 * Where a split number can start: a match opens with 1–3 digits (none right before them), then a
 * space or line break, then maybe one more, then a digit.
 */
function splitDigitsStart(text: string, sep: number): number {
	const next = text.charCodeAt(sep + 1);
	const goesOn = isDigit(next) || ((next === SPACE || next === NEWLINE) && isDigit(text.charCodeAt(sep + 2)));
	return goesOn ? shortNumberBefore(text, sep, false) : -1;
}

/** Where a spaced-out word can start: a Chinese character after none, then the space. */
function spacedWordStart(text: string, space: number): number {
	if (space < 1 || !isHan(text.charCodeAt(space - 1)) || !isHan(text.charCodeAt(space + 1))) return -1;
	return space >= 2 && isHan(text.charCodeAt(space - 2)) ? -1 : space - 1;
}

/** Where a number with thousands separators can start: 1–3 digits, not led by 0, before `,ddd`. */
function thousandsStart(text: string, comma: number): number {
	for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(comma + k))) return -1;
	const s = shortNumberBefore(text, comma, true);
	return s >= 0 && text.charCodeAt(s) !== 0x30 ? s : -1;
}

/** Tries a sticky regex at ascending candidate starts, skipping those inside its last match. */
class StickyScan {
	private end = 0;
	constructor(private readonly re: RegExp) {}

	/** marks the matched characters that `drop` accepts */
	tryAt(text: string, at: number, drops: () => Drops, drop: (c: number) => boolean): void {
		if (at < this.end) return;
		this.re.lastIndex = at;
		const m = this.re.exec(text);
		if (!m) return;
		this.end = at + m[0].length;
		let d: Drops | null = null;
		for (let i = at; i < this.end; i++) if (drop(text.charCodeAt(i))) (d ??= drops())[i] = 1;
	}
}

const isSpaceOrBreak = (c: number) => c === SPACE || c === NEWLINE;
const isSpace = (c: number) => c === SPACE;
const isComma = (c: number) => c === COMMA;

/** Split numbers, spaced-out words and thousands separators, marked in `drops()` (made on first use). */
export function markSplits(text: string, drops: () => Drops): void {
	const split = new StickyScan(SPLIT_DIGITS);
	const spaced = new StickyScan(SPACED_CJK);
	const thousands = new StickyScan(THOUSANDS);
	// (the three scans are independent; one walk finds the candidates of all three, each after
	// a digit or a Chinese character)
	for (let i = 1; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// space, line break and comma are all below this: one test passes over most characters
		if (c > COMMA) continue;
		const before = text.charCodeAt(i - 1);
		if (isDigit(before)) {
			if (c === COMMA) {
				const s = thousandsStart(text, i);
				if (s >= 0) thousands.tryAt(text, s, drops, isComma);
			} else if (c === SPACE || c === NEWLINE) {
				const s = splitDigitsStart(text, i);
				if (s >= 0) split.tryAt(text, s, drops, isSpaceOrBreak);
			}
		} else if (c === SPACE && isHan(before)) {
			const w = spacedWordStart(text, i);
			if (w >= 0) spaced.tryAt(text, w, drops, isSpace);
		}
	}
}
