// Shared by the table readers: the value cells that follow a row label, the candidate built
// from one of them, and the warning for a row no rule knows.
import type { Candidate, ExtractWarning } from '../types';
import { labelCore, type Token } from './tokens';

export interface Slots {
	/** value cells in column order; null = an explicitly empty cell ("", "-", "/") */
	cells: (Token | null)[];
	/** index of the first token after the row */
	next: number;
	/** value cells read, trailing empty ones included: fewer than the columns means cells were dropped */
	read: number;
}

/** Text cells after a label that continue it: "(区分处理的,只计这一情形,不计其他情形)". */
const MAX_CONTINUATION = 4;

/** Parentheses opened and not yet closed in `text`: a label still open continues in the next cell. */
export function openParens(text: string): number {
	let depth = 0;
	for (const ch of text) depth += ch === '(' || ch === '（' ? 1 : ch === ')' || ch === '）' ? -1 : 0;
	return depth;
}

/**
 * How a label may continue in the next cells: table 三 numbers every row, so any un-numbered
 * cell is the label's wrapped tail ("相关政府信息"); table 二's rows are bare words, so there only
 * a parenthetical continues and any other cell is a row of its own ("行政备案").
 */
export type Wrap = 'tail' | 'parenthetical';

function isContinuation(tok: Token, before: string, wrap: Wrap, isKnownLabel: (core: string) => boolean): boolean {
	if (tok.kind !== 'text') return false;
	const { core, numbered } = labelCore(tok.text);
	if (numbered || isKnownLabel(core)) return false;
	return wrap === 'tail' || /^[(（]/.test(tok.text) || openParens(before) > 0;
}

/**
 * Up to `max` value cells after the label at `at`. Empty cells count as columns only between
 * numbers; trailing ones are the row's margin (markdown "||").
 */
export function readSlots(
	tokens: Token[],
	at: number,
	max: number,
	wrap: Wrap,
	isKnownLabel: (core: string) => boolean
): Slots {
	let j = at + 1;
	let label = tokens[at].text;
	for (let k = 0; k < MAX_CONTINUATION && j < tokens.length && isContinuation(tokens[j], label, wrap, isKnownLabel); k++) {
		label += tokens[j++].text;
	}
	const cells: (Token | null)[] = [];
	while (j < tokens.length && cells.length < max && tokens[j].kind !== 'text') {
		cells.push(tokens[j].kind === 'number' ? tokens[j] : null);
		j++;
	}
	const read = cells.length;
	while (cells.length && cells[cells.length - 1] === null) cells.pop();
	return { cells, next: j, read };
}

export function tableCandidate(indicator: string, value: number, start: number, end: number, rule: string): Candidate {
	return { indicator, value, qualifier: 'exact', origin: 'table', start, end, rule };
}

export function unrecognizedRow(label: string): ExtractWarning {
	return {
		code: 'unrecognized_table_row',
		indicator: '',
		message: `表格行未能识别 / unrecognized table row: ${label}`
	};
}
