// Shared by the standard-table readers: the value cells that follow a row label, and the
// candidate built from one of them.
import type { Candidate } from '../types';
import { labelCore, type Token } from './tokens';

export interface Slots {
	/** value cells in column order; null = an explicitly empty cell ("", "-", "/") */
	cells: (Token | null)[];
	/** index of the first token after the row */
	next: number;
}

/** Text cells after a label that continue it: "(区分处理的,只计这一情形,不计其他情形)". */
const MAX_CONTINUATION = 4;

function isContinuation(tok: Token, isKnownLabel: (core: string) => boolean): boolean {
	if (tok.kind !== 'text') return false;
	const { core, numbered } = labelCore(tok.text);
	return !numbered && !isKnownLabel(core);
}

/**
 * Up to `max` value cells after the label at `at`. Empty cells count as columns only between
 * numbers; trailing ones are the row's margin (markdown "||").
 */
export function readSlots(
	tokens: Token[],
	at: number,
	max: number,
	isKnownLabel: (core: string) => boolean
): Slots {
	let j = at + 1;
	for (let k = 0; k < MAX_CONTINUATION && j < tokens.length && isContinuation(tokens[j], isKnownLabel); k++) j++;
	const cells: (Token | null)[] = [];
	while (j < tokens.length && cells.length < max && tokens[j].kind !== 'text') {
		cells.push(tokens[j].kind === 'number' ? tokens[j] : null);
		j++;
	}
	while (cells.length && cells[cells.length - 1] === null) cells.pop();
	return { cells, next: j };
}

export function tableCandidate(indicator: string, value: number, start: number, end: number, rule: string): Candidate {
	return { indicator, value, qualifier: 'exact', origin: 'table', start, end, rule };
}
