// Reads the 2019/2021 standard tables from the cell stream. Section headings and the
// "第二十条第(一)项" block titles set the zone; within a zone a known row label is followed by
// its value cells, which the block's header cells (or the format's default order) assign to columns.
import type { Candidate, ExtractWarning } from '../types';
import { opensUntitledReview, readReview } from './std-review';
import {
	APPLY_COLUMNS,
	APPLY_COLUMNS_SHORT,
	APPLY_COLUMNS_SHORT_TOTAL_FIRST,
	APPLY_COLUMNS_TOTAL_FIRST,
	DEFAULT_RULE_COLUMNS,
	RULE_HEADERS,
	type ApplyColumn,
	type ApplyRow,
	type RuleColumn,
	type RuleRow,
	type StdFormat
} from './std-rules';
import { isKnownLabel, rowCore, stdCell, type StdCell } from './std-cells';
import { readSlots, tableCandidate, unrecognizedRow, type Slots } from './slots';
import { MAX_LABEL_LENGTH, SENTENCE, endsWithDigit, type Token } from './tokens';

type Zone = 'rules' | 'apply' | null;

interface Walk {
	format: StdFormat;
	zone: Zone;
	/** header cells of the current block, spaces removed */
	header: string;
	/** table 三 rows have begun (its 总计 header cell is not the 总计 row) */
	applyRows: boolean;
	/** the header columns last read from `header` */
	parsed?: { header: string; columns: RuleColumn[] };
	candidates: Candidate[];
	warnings: ExtractWarning[];
}

/** Header cells of one block fit in this; older text is prose before the table. */
const MAX_HEADER = 120;
/** "第二十条第（一）项" opens a block of table 二. */
const BLOCK_TITLE = '第二十条第';
const APPLY_SECTION = /收到和处理.{0,8}申请/;
const REVIEW_SECTION = /行政复议.{0,4}行政诉讼|行政诉讼.{0,4}行政复议/;
const OTHER_SECTION = /^(?:总体情况|主动公开政府信息情况|存在的主要问题|其他需要报告)/;


/** Column kinds named in the block's header text, in order (kept: rows of a block share it). */
function parsedHeaders(w: Walk): RuleColumn[] {
	if (w.parsed?.header !== w.header) w.parsed = { header: w.header, columns: findHeaders(w.header) };
	return w.parsed.columns;
}

/** All header patterns in one alternation, one capture group each: a single pass per header. */
const ANY_HEADER = new RegExp(RULE_HEADERS.map((h) => `(${h.pattern.source})`).join('|'), 'g');

function findHeaders(header: string): RuleColumn[] {
	const columns: RuleColumn[] = [];
	for (const m of header.matchAll(ANY_HEADER)) {
		const group = m.findIndex((g, k) => k > 0 && g !== undefined);
		columns.push(RULE_HEADERS[group - 1].column);
	}
	return columns;
}

/** The block's own header cells when they are complete, else the format's usual order. */
function ruleColumns(w: Walk, row: RuleRow, slotCount: number): RuleColumn[] {
	const fallback = DEFAULT_RULE_COLUMNS[w.format][row.kind];
	const allowed = [...DEFAULT_RULE_COLUMNS.std2019[row.kind], ...DEFAULT_RULE_COLUMNS.std2021[row.kind]];
	const parsed = parsedHeaders(w).filter((c) => allowed.includes(c));
	const fits = parsed.length > 0 && (parsed.length === slotCount || parsed.length === fallback.length);
	return fits ? parsed : fallback;
}

/**
 * Fewer value cells than columns, and more table after them: a cell was dropped without a marker
 * and the rest shifted, and which one is missing cannot be told, so the row gives nothing. A short
 * row that ends the text is a page cut off after its first columns, which keep their places.
 */
function droppedCells(tokens: Token[], slots: Slots, columns: number): boolean {
	return slots.read < columns && slots.next < tokens.length;
}

function onRuleRow(w: Walk, tokens: Token[], label: LabelAt, row: RuleRow): number {
	const slots = readSlots(tokens, label.last, 3, 'parenthetical', isKnownLabel);
	const columns = ruleColumns(w, row, slots.cells.length);
	if (droppedCells(tokens, slots, columns.length)) return slots.next;
	const start = tokens[label.first].start;
	slots.cells.forEach((cell, k) => {
		const id = cell && row.indicators[columns[k]];
		if (id) w.candidates.push(tableCandidate(id, cell.value ?? 0, start, cell.end, `${w.format}:rules`));
	});
	return slots.next;
}

function applyColumns(header: string): readonly ApplyColumn[] {
	const totalAt = header.indexOf('总计');
	const personAt = header.indexOf('自然人');
	const totalFirst = totalAt >= 0 && personAt > totalAt;
	if (personAt >= 0 && header.includes('法人') && !header.includes('商业企业')) {
		return totalFirst ? APPLY_COLUMNS_SHORT_TOTAL_FIRST : APPLY_COLUMNS_SHORT;
	}
	return totalFirst ? APPLY_COLUMNS_TOTAL_FIRST : APPLY_COLUMNS;
}

function onApplyRow(w: Walk, tokens: Token[], label: LabelAt, row: ApplyRow): number {
	const slots = readSlots(tokens, label.last, APPLY_COLUMNS.length, 'tail', isKnownLabel);
	const columns = applyColumns(w.header);
	if (droppedCells(tokens, slots, columns.length)) return slots.next;
	const start = tokens[label.first].start;
	slots.cells.forEach((cell, k) => {
		for (const id of (cell && row.indicators[columns[k]]) || []) {
			w.candidates.push(tableCandidate(id, cell?.value ?? 0, start, cell?.end ?? 0, `${w.format}:apply`));
		}
	});
	return slots.next;
}

function enterZone(w: Walk, zone: Zone): true {
	w.zone = zone;
	w.header = '';
	if (zone === 'apply') w.applyRows = false;
	return true;
}

/** Headings and block titles: returns true when the token only changed the zone. */
function onHeading(w: Walk, core: string, sectionHeading: boolean): boolean {
	if (core.startsWith(BLOCK_TITLE)) return enterZone(w, 'rules');
	if (!sectionHeading) return false;
	if (APPLY_SECTION.test(core)) return enterZone(w, 'apply');
	if (OTHER_SECTION.test(core)) return enterZone(w, null);
	return false;
}

/** The label cells of a row: usually one; two when a page broke the label ("行政" / "许可"). */
interface LabelAt {
	first: number;
	last: number;
}

type Found = { rule: RuleRow } | { apply: ApplyRow } | null;

function findRow(w: Walk, cell: StdCell): Found {
	if (cell.rule) return { rule: cell.rule };
	// 总计 and the outcome rows count only inside table 三, which opens with 本年新收 or 上年结转
	return cell.apply && (w.applyRows || cell.opensApply) ? { apply: cell.apply } : null;
}

function onRow(w: Walk, tokens: Token[], label: LabelAt, found: NonNullable<Found>): number {
	if ('rule' in found) return onRuleRow(w, tokens, label, found.rule);
	w.zone = 'apply';
	w.applyRows = true;
	return onApplyRow(w, tokens, label, found.apply);
}

function step(w: Walk, tokens: Token[], i: number): number {
	const tok = tokens[i];
	if (tok.kind !== 'text' || tok.text.length > MAX_LABEL_LENGTH) return i + 1;
	const cell = stdCell(tok.text);
	if (onHeading(w, cell.core, cell.sectionHeading)) return i + 1;
	if (cell.sectionHeading && REVIEW_SECTION.test(cell.core)) return readReview(w, tokens, i);
	if (opensUntitledReview(tokens, i)) return readReview(w, tokens, i, false);
	const found = findRow(w, cell);
	if (found) return onRow(w, tokens, { first: i, last: i }, found);
	const next = tokens[i + 1];
	const joined = next?.kind === 'text' && next.text.length < MAX_LABEL_LENGTH ? findRow(w, stdCell(tok.text + next.text)) : null;
	if (joined) return onRow(w, tokens, { first: i, last: i + 1 }, joined);
	if (w.zone === 'apply' && w.applyRows && cell.numbered && !SENTENCE.test(tok.text) && next?.kind === 'number') {
		w.warnings.push(unrecognizedRow(tok.text));
	}
	if (!w.applyRows || w.zone === 'rules') w.header = (w.header + cell.flat).slice(-MAX_HEADER);
	return i + 1;
}

/** "行政许可12": a known row label with its first value cell run into it. */
const GLUED_VALUE = /^(.*[^\d.,+\-])(\d+(?:\.\d+)?)$/;

function pushSplit(tok: Token, out: Token[]): void {
	// the digit check first: the regex's backtracking over every label cell was most of the split
	const m = tok.kind === 'text' && tok.text.length <= MAX_LABEL_LENGTH && endsWithDigit(tok.text) ? GLUED_VALUE.exec(tok.text) : null;
	if (!m || !isKnownLabel(rowCore(m[1]).core)) {
		out.push(tok);
		return;
	}
	const cut = tok.start + m[1].length;
	out.push({ kind: 'text', text: m[1], start: tok.start, end: cut }, { kind: 'number', text: m[2], start: cut, end: tok.end, value: Number(m[2]) });
}

/** Candidates of the standard tables (二, 三, 四) found in the cells. */
export function parseStd(cells: Token[], format: StdFormat): { candidates: Candidate[]; warnings: ExtractWarning[] } {
	// a loop, not flatMap: an array per cell cost more than the split itself
	const tokens: Token[] = [];
	for (const cell of cells) pushSplit(cell, tokens);
	const w: Walk = { format, zone: null, header: '', applyRows: false, candidates: [], warnings: [] };
	for (let i = 0; i < tokens.length; ) i = step(w, tokens, i);
	const seen = new Set<string>();
	const candidates = w.candidates.filter((c) => !seen.has(c.indicator) && (seen.add(c.indicator), true));
	return { candidates, warnings: w.warnings };
}
