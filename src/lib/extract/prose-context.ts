// Where in a report prose statements count: not in "problems / improvements / next year's
// plans" sections (they name channels and numbers the body does not (yet) use), and not on
// table label lines ("政务微博公开政府信息数") that only name a row.

/** Half-open ranges [start, end) of the normalised text. */
export type Ranges = Array<[number, number]>;

const TOP_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.:]|第[一二三四五六七八九十]{1,3}(?:部分|章))/;
const SUB_HEADING = /^\s*(?:\(\s*[一二三四五六七八九十]{1,3}\s*\)|[0-9]{1,2}\s*[、.](?!\d))/;
const BAD_SECTION =
	/问题|改进|不足|打算|思路|下一步|努力方向|展望|(?:20\d\d年|明年|下一?年度?|今后)(?:度)?(?:工作)?(?:计划|安排|重点|打算|思路|要点)|采取的?措措?施/;

function headingText(line: string): string {
	const cut = line.search(/[。:]/);
	return (cut >= 0 ? line.slice(0, cut) : line).slice(0, 40);
}

// Pages flattened into long lines keep their headings inline, after a full stop or a space:
// "…发布。五、存在的主要问题 一是…". Those start a segment too.
const NUMERALS = '一二三四五六七八九十';
const INLINE_HEADING = /[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)/y;
/** per code unit: 1 a line break, 2 what an inline heading opens with (a numeral or a bracket) */
const BREAK_KIND = new Uint8Array(0x10000);
BREAK_KIND[0x0a] = 1;
for (const c of NUMERALS + '(') BREAK_KIND[c.charCodeAt(0)] = 2;
/** what an inline heading follows: a stop, a space or a tab */
const BEFORE_INLINE = new Set([...'。;!? \t'].map((c) => c.charCodeAt(0)));

/**
 * Segments as flat [start, end) pairs: lines, split further before inline headings. One walk over
 * the character codes; the heading's shape is tried only after a stop or a space.
 */
function segmentBounds(text: string): number[] {
	const out: number[] = [];
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const kind = BREAK_KIND[text.charCodeAt(i)];
		if (kind === 0) continue;
		if (kind === 1) {
			out.push(from, i);
			from = i + 1;
		} else if (i > 0 && BEFORE_INLINE.has(text.charCodeAt(i - 1))) {
			INLINE_HEADING.lastIndex = i;
			if (!INLINE_HEADING.test(text)) continue;
			out.push(from, i);
			from = i;
		}
	}
	out.push(from, text.length);
	return out;
}

/** Lines, split further before inline headings: [offset, text] (exported for tests). */
export function segments(text: string): Array<[number, string]> {
	const b = segmentBounds(text);
	const out: Array<[number, string]> = [];
	for (let k = 0; k < b.length; k += 2) out.push([b[k], text.slice(b[k], b[k + 1])]);
	return out;
}

/** JavaScript's \s: what the headings' leading \s* may skip (ECMAScript WhiteSpace and LineTerminator). */
const JS_SPACES = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const TOP = 1;
const SUB = 2;
const SPACE = 3;
/**
 * Per code unit, which heading the first character after the leading \s* may open: TOP_HEADING a
 * numeral or 第, SUB_HEADING a bracket or a digit; SPACE is skipped (exported for tests).
 */
export const HEADING_OPENS = new Uint8Array(0x10000);
for (const c of NUMERALS + '第') HEADING_OPENS[c.charCodeAt(0)] = TOP;
for (const c of '(0123456789') HEADING_OPENS[c.charCodeAt(0)] = SUB;
for (const c of JS_SPACES) HEADING_OPENS[c.charCodeAt(0)] = SPACE;

/** TOP or SUB: the heading the segment [from, to) may be, by its first character after spaces; 0 for none. */
function headingKindAt(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		const kind = HEADING_OPENS[text.charCodeAt(i)];
		if (kind !== SPACE) return kind;
	}
	return 0;
}

/**
 * Sections whose heading speaks of problems, improvements or plans. Only headings change which
 * section a segment is in, so a segment whose first character opens no heading is passed over
 * without being cut out of the text or tried against the heading patterns.
 */
export function skippedSections(text: string): Ranges {
	const out: Ranges = [];
	let topBad = false;
	let subBad = false;
	let from = -1;
	const bounds = segmentBounds(text);
	for (let k = 0; k < bounds.length; k += 2) {
		const pos = bounds[k];
		const kind = headingKindAt(text, pos, bounds[k + 1]);
		if (kind === 0) continue;
		const line = text.slice(pos, bounds[k + 1]);
		const isTop = kind === TOP && TOP_HEADING.test(line);
		const isSub = kind === SUB && SUB_HEADING.test(line);
		if (isTop) {
			topBad = BAD_SECTION.test(headingText(line));
			subBad = false;
		} else if (isSub) subBad = BAD_SECTION.test(headingText(line));
		else continue;
		const bad = topBad || subBad;
		if (bad && from < 0) from = pos;
		if (!bad && from >= 0) (out.push([from, pos]), (from = -1));
	}
	if (from >= 0) out.push([from, text.length]);
	return out;
}

/** `r` ascending and apart, as skippedSections gives them: a binary search. */
export function inRanges(r: Ranges, at: number): boolean {
	let lo = 0;
	let hi = r.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (at < r[mid][0]) hi = mid - 1;
		else if (at >= r[mid][1]) lo = mid + 1;
		else return true;
	}
	return false;
}

/** The line containing `at`. */
export function lineAt(text: string, at: number): string {
	const s = text.lastIndexOf('\n', at - 1) + 1;
	const e = text.indexOf('\n', at);
	return text.slice(s, e < 0 ? text.length : e);
}

const CHROME = /当前位置|您现在的位置|网站首页|首页\s*>|\s>\s|扫一扫|扫码关注|关注我们|网站地图|联系我们|版权所有|主办单位|主办[:：]|承办[:：]|技术支持|ICP备/;
/** What a page's header and footer say of the page or site: its counters, neighbours and print links. */
const PAGE_FURNITURE = /本站|浏览次数|阅读次数|访问量|访问次数|今日访问|累计访问|网站标识码|公网安备|上一篇|下一篇|打印本页|关闭窗口/;

/**
 * Page chrome: breadcrumbs and navigation ("当前位置: 网站首页 > …"), and header or footer lines
 * about the page or the site ("本站共发布信息12580条 今日访问量356次"). A report sentence may
 * mention a site's visits too ("网站访问量达10万人次。"), but it ends as a sentence does.
 */
export function isChromeLine(line: string): boolean {
	return CHROME.test(line) || (PAGE_FURNITURE.test(line) && !line.includes('。'));
}

/** A row label of a flattened statistics table: no sentence punctuation, ends in 数/数量. */
export function isTableLabelLine(line: string): boolean {
	if (line.includes('|')) return true;
	if (/[。,;]/.test(line)) return false;
	// one cell per line (tab-led), a label wrapped over two lines (open bracket), or a 数 label
	return line.startsWith('\t') || unclosed(line) || /数(?:量)?\s*(?:\([^)]{0,40}\))?\s*$/.test(line);
}

function unclosed(line: string): boolean {
	return line.lastIndexOf('(') > line.lastIndexOf(')') || line.indexOf(')') < line.indexOf('(') || (line.includes(')') && !line.includes('('));
}

// Char-code tests: these walks run for every candidate, and text[i] would allocate a string per CJK character.
/** 。 ; ! ? and a line break end a sentence */
const isClauseEnd = (c: number) => c === 0x3002 || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a;

/** Sentence around `at` (bounded to 200 characters each side). */
export function sentenceAround(text: string, at: number, end = at): { start: number; text: string } {
	let s = at;
	while (s > 0 && at - s < 200 && !isClauseEnd(text.charCodeAt(s - 1))) s--;
	let e = end;
	while (e < text.length && e - end < 200 && !isClauseEnd(text.charCodeAt(e))) e++;
	return { start: s, text: text.slice(s, e) };
}

/** , ; 。 and a line break end a clause */
const isClauseMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3002 || c === 0x0a;

/** Where the clause holding `at` starts: after the last comma or stop, at most `reach` back. */
export function clauseStart(text: string, at: number, reach = 120): number {
	let s = at;
	while (s > 0 && at - s < reach && !isClauseMark(text.charCodeAt(s - 1))) s--;
	return s;
}

/** Where the clause holding `at` ends: at the next comma or stop, at most `reach` on. */
export function clauseEnd(text: string, at: number, reach = 120): number {
	let e = at;
	while (e < text.length && e - at < reach && !isClauseMark(text.charCodeAt(e))) e++;
	return e;
}
