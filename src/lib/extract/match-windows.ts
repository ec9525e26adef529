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
// statements end so.
const COUNTED = /[\d零〇一二两三四五六七八九十百千万][多余来 ]{0,2}(?=[条件宗项篇份个次人名起处期场则位轮元万户班])/g;
/** what may follow a number inside a statement: a range's upper end, the unit, 以上/左右 */
const NUMBER_TAIL = 16;

/** Where statements may end: after each counted number (ascending). */
export function numberEnds(text: string): number[] {
	const out: number[] = [];
	COUNTED.lastIndex = 0;
	for (let m = scanExec(COUNTED, text); m; m = scanExec(COUNTED, text)) out.push(m.index + m[0].length);
	return out;
}

/** Windows ending just past each number: after-form statements (label … number) lie inside them. */
export function numberWindows(text: string, ends: number[], reach: number): Window[] {
	const out: Window[] = [];
	for (const at of ends) add(out, Math.max(0, at - reach), Math.min(text.length, at + NUMBER_TAIL));
	return out;
}
