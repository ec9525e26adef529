// Where a rule needs trying. Running every rule over a whole report is the extractor's main cost;
// a statement always holds its number (after-forms) or its label (before- and zero forms), so each
// rule runs only on the windows around those, found by one cheap scan.

import { scanExec } from './scan';

export type Window = [number, number];

/** Windows closer than this merge: one regex run over a little more text beats two runs. */
const MERGE_GAP = 40;

function add(out: Window[], from: number, to: number): void {
	const last = out[out.length - 1];
	if (last && last[1] + MERGE_GAP >= from) last[1] = Math.max(last[1], to);
	else out.push([from, to]);
}

/** Windows from `before` characters ahead of each probe hit to `after` characters past it. */
export function probeWindows(text: string, probe: RegExp, before: number, after: number): Window[] {
	const out: Window[] = [];
	probe.lastIndex = 0;
	for (let m = scanExec(probe, text); m; m = scanExec(probe, text)) {
		if (m[0].length === 0) probe.lastIndex++;
		add(out, Math.max(0, m.index - before), Math.min(text.length, m.index + m[0].length + after));
	}
	return out;
}

// A number right before a measure word (every unit any rule accepts, 万元 and 人次 by their first
// character), maybe with a qualifier or a space between ("30余条", "1 024 条", "二十件"): most
// statements end so. The regex /[NUMERAL][FILLER]{0,2}(?=[UNIT])/g says it; numberEnds walks the
// character codes instead, because reports are full of digits (dates, table cells) and a regex
// try at each of them was a quarter of all regex calls of the prose rules, nearly all failing.
const NUMERAL = '0123456789零〇一二两三四五六七八九十百千万';
const FILLER = '多余来 ';
const UNIT = '条件宗项篇份个次人名起处期场则位轮元万户班';
/** at most this many fillers between a number and its unit */
const FILLERS = 2;

function codeTable(chars: string): Uint8Array {
	const table = new Uint8Array(0x10000);
	for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
	return table;
}
const IS_NUMERAL = codeTable(NUMERAL);
const IS_FILLER = codeTable(FILLER);
const IS_UNIT = codeTable(UNIT);
/** what may follow a number inside a statement: a range's upper end, the unit, 以上/左右 */
const NUMBER_TAIL = 16;

/** Whether the character at `at` is in a table (false past the end of the text). */
const isAt = (table: Uint8Array, text: string, at: number) => at < text.length && table[text.charCodeAt(at)] === 1;

/**
 * Where statements may end: after each counted number (ascending). The same ends as the regex's
 * global search: fillers are taken greedily, given back until a unit follows, and the search
 * goes on after each match.
 */
export function numberEnds(text: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		if (!isAt(IS_NUMERAL, text, i)) continue;
		let fillers = 0;
		while (fillers < FILLERS && isAt(IS_FILLER, text, i + 1 + fillers)) fillers++;
		while (fillers >= 0 && !isAt(IS_UNIT, text, i + 1 + fillers)) fillers--;
		if (fillers < 0) continue;
		out.push(i + 1 + fillers);
		i += fillers;
	}
	return out;
}

/** Windows ending just past each number: after-form statements (label … number) lie inside them. */
export function numberWindows(text: string, ends: number[], reach: number): Window[] {
	const out: Window[] = [];
	for (const at of ends) add(out, Math.max(0, at - reach), Math.min(text.length, at + NUMBER_TAIL));
	return out;
}
