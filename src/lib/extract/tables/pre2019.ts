// Reads the pre-2019 statistics table from the cell stream: a label cell, optional continuation
// and unit cells, then the number cell. The label is resolved in the context of the last section
// heading; an empty value cell (seed 001's 政策解读稿件发布数) yields nothing rather than zero.
import type { Candidate, ExtractWarning } from '../types';
import { openParens, tableCandidate, unrecognizedRow } from './slots';
import { ONE_COLUMN, valueColumns, type ValueColumnKind, type ValueColumns } from './pre2019-columns';
import { UNIT_ALTERNATION, pre2019Cell, rowIn, type GluedRow, type Pre2019Cell } from './pre2019-cells';
import type { Pre2019Section } from './pre2019-rules';
import { labelCore, type Token } from './tokens';

/** Fewer rows than this are more likely prose that happens to look like a row. */
const MIN_ROWS = 3;

interface Pending {
	indicator: string | null;
	label: string;
	start: number;
	/** a numbered label no rule knows: its number is reported as an unrecognized row */
	unknown: boolean;
	sawUnit: boolean;
	/** value cells of the row read so far */
	cells: number;
}

interface Walk {
	section: Pre2019Section | null;
	/** the section was told by a row, the table having no section rows (see sectionOfRow) */
	inferred: boolean;
	pending: Pending | null;
	/** the last label cell no rule matched, which may be the first line of a wrapped label */
	unmatched: Token | null;
	candidates: Candidate[];
	unknownRows: string[];
	/** value columns told by the last header (上年 / 本年 …) */
	columns: ValueColumns;
	/** header cells read in a run, not yet closed by another cell */
	header: ValueColumnKind[];
}

/** A header cell such as "本年度" is noted; the first other cell after a run of them closes it. */
function onHeaderCell(w: Walk, kind: ValueColumnKind | null): boolean {
	if (kind) {
		w.header.push(kind);
		return true;
	}
	if (w.header.length) {
		w.columns = valueColumns(w.header) ?? w.columns;
		w.header = [];
	}
	return false;
}

/** The section a row is read in: the last heading's, or — in a table without headings — the row's own. */
function sectionFor(w: Walk, cell: Readonly<Pre2019Cell>): Pre2019Section | null {
	if (w.section && !w.inferred) return w.section;
	if (w.section && cell.rows?.[w.section]) return w.section;
	const s = cell.sectionOfRow;
	if (s) [w.section, w.inferred] = [s, true];
	return w.section;
}

function onText(w: Walk, tok: Token): void {
	const cell = pre2019Cell(tok.text);
	if (onHeaderCell(w, cell.header)) return;
	if (cell.unit) {
		if (w.pending) w.pending.sawUnit = true;
		return;
	}
	// "110件": value and unit in one cell, right after the label
	if (cell.valueWithUnit !== null && w.pending && !w.pending.sawUnit) {
		onNumber(w, { ...tok, kind: 'number', value: cell.valueWithUnit });
		return;
	}
	if (cell.long) {
		w.pending = null;
		return;
	}
	if (cell.glued) return onGlued(w, tok, cell.glued);
	if (cell.sectionHeading) {
		const hit = cell.section;
		w.section = hit ? hit.section : null;
		w.inferred = false;
		w.unmatched = null;
		w.pending = hit ? newPending(hit.indicator, tok, false) : null;
		return;
	}
	const section = sectionFor(w, cell);
	if (!section) return;
	if (continuesLabel(w, tok, cell.numbered)) return;
	if (cell.prose) {
		// "回应公众关注热点3次，发布…": a sentence quoting a row's words is no row
		w.pending = null;
		w.unmatched = null;
		return;
	}
	const row = cell.rows?.[section];
	const unmatched = w.unmatched;
	w.unmatched = row ? null : tok;
	if (row) w.pending = newPending(row.indicator, tok, false);
	else if (unmatched && !w.pending?.sawUnit && joinLines(w, unmatched, tok)) return;
	else if (cell.sentence) w.pending = null;
	else if (cell.numbered) w.pending = newPending(null, tok, true);
	// an un-numbered cell after the label is the label's second line ("…经费）" of seed 001)
	else if (w.pending?.sawUnit) w.pending = null;
}

/**
 * A glued row split into its label and number cells: the label is read as a cell, and when it
 * began (or finished) a row the number is read as its value.
 */
function onGlued(w: Walk, tok: Token, glued: GluedRow): void {
	const label: Token = { kind: 'text', text: glued.label, start: tok.start, end: tok.start + glued.label.length };
	onText(w, label);
	if (!w.pending || w.pending.sawUnit || !w.pending.label.endsWith(label.text)) return;
	const digits = tok.text.length - glued.digits.length;
	onNumber(w, { kind: 'number', text: glued.digits, start: tok.start + digits, end: tok.end, value: Number(glued.digits) });
}

/**
 * "1.专职人员数（不包括政府公" / "报及政府网站工作人员数）": a label whose parenthesis is still open
 * takes the next un-numbered cell as its tail, which must not be read as a row of its own.
 */
function continuesLabel(w: Walk, tok: Token, numbered: boolean): boolean {
	const p = w.pending;
	if (!p || p.sawUnit || numbered || openParens(p.label) <= 0) return false;
	p.label += tok.text;
	w.unmatched = null;
	return true;
}

/** A label wrapped so that neither line matches alone ("…会议或专题" / "会议数"). */
function joinLines(w: Walk, first: Token, second: Token): boolean {
	const row = w.section && rowIn(w.section, labelCore(first.text + second.text).core);
	if (!row) return false;
	w.pending = newPending(row.indicator, first, false);
	w.pending.label = first.text + second.text;
	w.unmatched = null;
	return true;
}

function newPending(indicator: string | null, tok: Token, unknown: boolean): Pending {
	return { indicator, label: tok.text, start: tok.start, unknown, sawUnit: false, cells: 0 };
}

/** Counts a value cell of the pending row; true when it is the reporting year's. */
function isCurrentCell(w: Walk, p: Pending): boolean {
	const k = p.cells++;
	if (k >= w.columns.take) w.pending = null;
	return k === w.columns.take;
}

function onNumber(w: Walk, tok: Token): void {
	const p = w.pending;
	w.unmatched = null;
	if (!p || !w.section) {
		w.pending = null;
		return;
	}
	if (!isCurrentCell(w, p)) return;
	if (p.indicator) w.candidates.push(tableCandidate(p.indicator, tok.value ?? 0, p.start, tok.end, `pre2019:${w.section}`));
	else if (p.unknown) w.unknownRows.push(p.label);
}

/** "1 名、", "3 篇。": a measure word and sentence punctuation after the number. */
const MEASURE_IN_SENTENCE = new RegExp(`^(?:${UNIT_ALTERNATION}|名)[，。；、,;]`);

/** A number followed by its measure word inside a sentence ("专职人员 1 名、…") is prose, not a row. */
function inSentence(w: Walk, next: Token | undefined): boolean {
	return Boolean(w.pending && !w.pending.sawUnit && next?.kind === 'text' && MEASURE_IN_SENTENCE.test(next.text));
}

function firstPerIndicator(candidates: Candidate[]): Candidate[] {
	const seen = new Set<string>();
	return candidates.filter((c) => !seen.has(c.indicator) && (seen.add(c.indicator), true));
}

/**
 * "（一）收到申请数件41（二）申请办结数件44": rows run together in one cell without separator. A
 * number followed straight by the next row's enumerator — "（二）", "二、", "其中" — ends a row
 * there; "件411.当面申请数" ends after 41, the last digit being the row number 1. (the forms number
 * their sub-rows 1–8); a first sub-row "（一）" always starts a row, also after a section heading.
 * An un-numbered label after a number cannot be told apart and stays glued.
 */
const ENUMERATOR_AHEAD = /[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|其中|\d[.．](?=[\u4e00-\u9fff])/g;
const DIGIT = /\d/;
/** before a sub-row digit: the unit and the value's other digits ("件41" + "1.") */
const VALUE_BEFORE = /[条件个次篇人期份]\d+$/;

const FIRST_ROW = /^[(（]一[)）]$/;
const SPACE = /\s/;
const NO_BOUNDARIES: readonly number[] = [];

function rowBoundaries(cell: string): readonly number[] {
	// only a cell with a digit can hold a row's value run into the next row
	if (!DIGIT.test(cell)) return NO_BOUNDARIES;
	const out: number[] = [];
	for (const m of cell.matchAll(ENUMERATOR_AHEAD)) {
		const at = m.index;
		const before = cell[at - 1] ?? '';
		const sub = DIGIT.test(m[0][0]);
		const firstRow = FIRST_ROW.test(m[0]);
		if (sub ? VALUE_BEFORE.test(cell.slice(Math.max(0, at - 12), at)) : DIGIT.test(before) || (firstRow && before !== '' && !SPACE.test(before))) out.push(at);
	}
	return out;
}

/** The cells with run-together rows split; the same array when there are none. */
function splitRows(tokens: Token[]): Token[] {
	// a plain loop with a shared empty result: most cells have no boundary, and a callback and an
	// array per cell cost more than the check
	let out: Token[] | null = null;
	for (let i = 0; i < tokens.length; i++) {
		const tok = tokens[i];
		const bounds = tok.kind === 'text' ? rowBoundaries(tok.text) : NO_BOUNDARIES;
		if (bounds.length === 0) {
			out?.push(tok);
			continue;
		}
		out ??= tokens.slice(0, i);
		for (const [k, from] of [0, ...bounds].entries()) {
			const to = bounds[k] ?? tok.text.length;
			out.push({ kind: 'text', text: tok.text.slice(from, to), start: tok.start + from, end: tok.start + to });
		}
	}
	return out ?? tokens;
}

/** Candidates and unmapped-row warnings of a pre-2019 statistics table found in the cells. */
export function parsePre2019(tokens: Token[]): { candidates: Candidate[]; warnings: ExtractWarning[] } {
	const w: Walk = { section: null, inferred: false, pending: null, unmatched: null, candidates: [], unknownRows: [], columns: ONE_COLUMN, header: [] };
	const cells = splitRows(tokens);
	for (let i = 0; i < cells.length; i++) {
		const tok = cells[i];
		if (tok.kind === 'number' && inSentence(w, cells[i + 1])) w.pending = null;
		else if (tok.kind === 'number') onNumber(w, tok);
		else if (tok.kind === 'empty') {
			// the value cell of the row is empty: the row states nothing
			if (w.pending && (w.pending.sawUnit || w.pending.cells > 0)) isCurrentCell(w, w.pending);
		} else onText(w, tok);
	}
	if (w.candidates.length < MIN_ROWS) return { candidates: [], warnings: [] };
	return { candidates: firstPerIndicator(w.candidates), warnings: w.unknownRows.map(unrecognizedRow) };
}
