// Table 四 of the standard formats: after its header cells come fifteen numbers in a fixed order —
// 行政复议 (维持, 纠正, 其他, 尚未审结, 总计), then 行政诉讼 未经复议直接起诉 (same five), then
// 复议后起诉 (same five). litigation.* counts both kinds of suit, so it is their sum.
import type { Candidate } from '../types';
import { REVIEW_RESULTS, type StdFormat } from './std-rules';
import { tableCandidate } from './slots';
import { isSectionHeading, type Token } from './tokens';

const GROUP = REVIEW_RESULTS.length;
const ALL = GROUP * 3;
/** header cells between the heading and the numbers; more means the table is not there */
const MAX_HEADER_CELLS = 40;

interface Sink {
	format: StdFormat;
	candidates: Candidate[];
}

/** The column-group header cells a quote starts from, so it shows which part of the table it is. */
const GROUP_HEADERS = { review: /^行政复议$/, litigation: /^行政诉讼$/, direct: /^未经复议直接起诉$/, after: /^复议后起诉$/ };
type GroupHeader = keyof typeof GROUP_HEADERS;

interface Table4 {
	cells: (Token | null)[];
	next: number;
	starts: Partial<Record<GroupHeader, number>>;
	/** the results of each group in the order the header names them */
	order: readonly Result[];
}

type Result = (typeof REVIEW_RESULTS)[number];

const RESULT_HEADERS: readonly { result: Result; pattern: RegExp }[] = [
	{ result: 'upheld', pattern: /^结果维持$/ },
	{ result: 'corrected', pattern: /^结果纠正$/ },
	{ result: 'other', pattern: /^其他结果$/ },
	{ result: 'pending', pattern: /^尚未审结$/ },
	{ result: 'total', pattern: /^总计$/ }
];

/** The first five result header cells, when they name each result once (总计 may come first). */
function resultOrder(headers: readonly Token[]): readonly Result[] {
	const named = headers.map((t) => RESULT_HEADERS.find((h) => h.pattern.test(t.text))?.result).filter((r) => r !== undefined);
	const first = named.slice(0, GROUP);
	return new Set(first).size === GROUP ? first : REVIEW_RESULTS;
}

/** The cells of table 四's header, which may also stand between its three groups of numbers. */
const HEADER_WORD = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计)$/;

/** The entries listed once: listing them per cell was most of noteGroup's time. */
const GROUP_HEADER_ENTRIES = Object.entries(GROUP_HEADERS) as [GroupHeader, RegExp][];

function noteGroup(tok: Token, starts: Table4['starts']): void {
	for (const [key, pattern] of GROUP_HEADER_ENTRIES) {
		if (pattern.test(tok.text)) starts[key] ??= tok.start;
	}
}

function collect(tokens: Token[], from: number): Table4 {
	let j = from;
	const starts: Table4['starts'] = {};
	// header cells, and the empty cells that separate header rows, up to the first number
	for (let k = 0; j < tokens.length && tokens[j].kind !== 'number' && k < MAX_HEADER_CELLS; k++, j++) {
		if (isSectionHeading(tokens[j].text)) return { cells: [], next: j, starts, order: REVIEW_RESULTS };
		noteGroup(tokens[j], starts);
	}
	const order = resultOrder(tokens.slice(from, j));
	const cells: (Token | null)[] = [];
	for (; j < tokens.length && cells.length < ALL; j++) {
		const tok = tokens[j];
		if (tok.kind !== 'text') cells.push(tok.kind === 'number' ? tok : null);
		// each group's header may sit right before its five numbers; elsewhere text ends the table
		else if (cells.length % GROUP === 0 && HEADER_WORD.test(tok.text)) noteGroup(tok, starts);
		else break;
	}
	return { cells, next: Math.max(j, from), starts, order };
}

function push(sink: Sink, id: string, cells: (Token | null)[], start: number): void {
	const present = cells.filter((c): c is Token => c !== null);
	if (present.length !== cells.length || present.length === 0) return;
	const value = present.reduce((sum, c) => sum + (c.value ?? 0), 0);
	sink.candidates.push(tableCandidate(id, value, start, present[present.length - 1].end, `${sink.format}:review`));
}

/**
 * Reads table 四 from its heading at `at` (or, untitled, from its first header cell at `at` with
 * `titled` false); returns the index after its numbers.
 */
export function readReview(sink: Sink, tokens: Token[], at: number, titled = true): number {
	const { cells, next, starts, order } = collect(tokens, titled ? at + 1 : at);
	const from = (key: GroupHeader): number => starts[key] ?? tokens[at].start;
	const cell = (group: number, k: number): Token | null => cells[group * GROUP + k] ?? null;
	const totalAt = order.indexOf('total');
	order.forEach((result, k) => {
		push(sink, `review.${result}`, [cell(0, k)], from('review'));
		// both kinds of suit must be there, or the sum would understate
		if (cells.length === ALL) push(sink, `litigation.${result}`, [cell(1, k), cell(2, k)], from('litigation'));
	});
	if (cells.length >= GROUP * 2) push(sink, 'litigation.direct', [cell(1, totalAt)], from('direct'));
	if (cells.length === ALL) push(sink, 'litigation.after_review', [cell(2, totalAt)], from('after'));
	return next;
}

/** Cells a table 四 without its section title may open with, before its first result header. */
const OPENING_WORD = /^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉)$/;
const LOOKAHEAD = 8;

/** "行政复议" / "行政诉讼" / … / "结果维持": table 四's header where the page lost its title. */
export function opensUntitledReview(tokens: Token[], at: number): boolean {
	if (tokens[at].text !== '行政复议') return false;
	for (let j = at + 1; j < tokens.length && j <= at + LOOKAHEAD; j++) {
		if (RESULT_HEADERS.some((h) => h.pattern.test(tokens[j].text))) return true;
		if (tokens[j].kind !== 'empty' && !OPENING_WORD.test(tokens[j].text)) return false;
	}
	return false;
}
