// uses.* flags: a channel named in a clause that says the body publishes through it.
import { clauseEnd, clauseStart, inRanges, isChromeLine, isTableLabelLine, lineAt, sentenceAround, type Ranges } from './prose-context';
import { lastTime } from './prose-time';
import { NOT_USED_AFTER, NOT_USED_BEFORE, ROW_LABEL_AFTER, USE_CUE, USE_TERMS } from './rules';
import type { Candidate } from './types';

const COMPILED = USE_TERMS.map((u) => ({ ind: u.ind, re: new RegExp(u.term, 'g') }));
const CUE = new RegExp(USE_CUE);
const NOT_USED = new RegExp(NOT_USED_AFTER);
const ROW_LABEL = new RegExp(ROW_LABEL_AFTER);
const NOT_OPENED = new RegExp(NOT_USED_BEFORE);

function isUseStatement(text: string, start: number, end: number): boolean {
	const after = text.slice(end, end + 20);
	if (NOT_USED.test(after) || ROW_LABEL.test(after)) return false;
	if (NOT_OPENED.test(text.slice(Math.max(0, start - 12), start))) return false;
	const line = lineAt(text, start);
	if (isTableLabelLine(line) || isChromeLine(line)) return false;
	const s = sentenceAround(text, start, end);
	// a channel the body plans to open ("计划明年建立查阅室") is not in use yet
	if (lastTime(text.slice(s.start, start), []) === 'future') return false;
	// the cue must be said about the channel — in its clause or the next ("…公开栏、宣传栏，及时更新内容")
	// — and not be part of its name (公开栏 holds 公开)
	const from = clauseStart(text, start);
	const to = clauseEnd(text, clauseEnd(text, end) + 1);
	return CUE.test(text.slice(from, start) + ' ' + text.slice(end, to));
}

export function matchUses(text: string, skip: Ranges): Candidate[] {
	const out: Candidate[] = [];
	for (const { ind, re } of COMPILED) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const end = m.index + m[0].length;
			if (inRanges(skip, m.index) || !isUseStatement(text, m.index, end)) continue;
			out.push({ indicator: ind, value: 1, qualifier: 'exact', origin: 'prose', start: m.index, end, rule: `${ind}:flag`, priority: 1 });
			break; // the first use statement is the quote; refiners never drop flags but for truncation
		}
	}
	return out;
}
