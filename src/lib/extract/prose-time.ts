// Which year a statement speaks of. The time words in front of a number, read from the sentence
// start, decide: the last one wins ("网站开通以来累计发布1042条，本年度发布660条": 1042 is
// cumulative, 660 is this year's). A report states its own year's figures; another year's,
// a cumulative figure over several years, or a plan is not its value.
import { eachMatch } from './count';

export type TimeKind = 'this' | 'other' | 'cumulative' | 'future';

interface Marker {
	kind: TimeKind;
	re: RegExp;
}

/** Verbs a plan or target goes on with: "将开通", "力争发布", "计划新增" (not "将各类信息…公开"). */
const PLAN_VERB =
	'(?:开通|开设|建立|建设|发布|公开|通过|依托|利用|配备|召开|组织|新增|增加|实现|完成|达到|上传|推送|更新|收到|举办|开展|设立|设置|培训|编发|主动|加大|确保|做到)';

// Relative markers, data; absolute years are compared with the report's year in code.
const MARKERS: Marker[] = [
	{ kind: 'this', re: /(?:今年|本年度?|年初)(?:[\d一二三四五六七八九十]{1,2}月(?:份)?)?(?:以来|至今)?|全年|当年|年内|报告期内?|一年来|本报告期/g },
	{ kind: 'other', re: /上一?年度?(?!度?结转)|去年|前年|往年/g },
	{ kind: 'future', re: new RegExp(`明年|(?<!结转(?:至|到)?)下一?年度?|来年|今后|下一步|(?:将|拟|力争|(?<![按照度作定])计划|预计|争取|准备)(?:要|继续|进一步|在|于|每年|全年)?${PLAN_VERB}(?!的?(?:信息|内容|事项|文件|稿件))`, 'g') },
	{ kind: 'cumulative', re: /(?<!今年|本年度?|年初|当年|年度?|月份?|日|起)(?:以来|至今)|历年|多年(?:以)?来|近年(?:以)?来|近[一二三四五两几\d]年(?:来|间)?|(?:[二三四五六七八九十两几]|(?<!\d)\d{1,2})年(?:以)?来|迄今|截[至止]目前|截[至止]发稿/g }
];

/**
 * A year as a time word: "2017年", "2017年度", "2016年1月至今" (since a date of that year); not a
 * document number or a year inside a title.
 */
const YEAR = /(?<![\d[(〔])((?:19|20)\d\d)\s*年(度)?(?:\d{1,2}月(?:\d{1,2}日)?(?:起)?)?(以来|至今)?/g;

/** Comparisons name other years without speaking of them: "较上年增加", "比2017年多". */
const COMPARISON = /(?:较|比|与|同比|相比|对比)\s*(?:上一?年度?|去年|前年|(?:19|20)\d\d\s*年度?)(?:同期)?/g;
/** Titles of documents and document numbers carry years that are no time of the statement. */
const CITATION = /《[^》]{0,80}》|[[(（〔]\s*(?:19|20)\d\d\s*[\]）)〕]/g;

/**
 * Marks the end of every match of a global regex, of the kind `kindOf` tells. The engine's own
 * search (eachMatch): sentences are short, and walking them in JS for the characters a marker may
 * open with (scanAll) cost more.
 */
function markAll(out: TimeMark[], re: RegExp, text: string, kindOf: (m: RegExpExecArray) => TimeKind): void {
	eachMatch(re, text, (m) => void out.push({ end: m.index + m[0].length, kind: kindOf(m) }));
}

/** `s` with the matches of `re` (global) blanked out; most sentences hold none, and a replace with a callback cost far more than a test. */
function blank(s: string, re: RegExp): string {
	re.lastIndex = 0;
	return re.test(s) ? s.replace(re, (m) => ' '.repeat(m.length)) : s;
}

/** A time word of a sentence: where it ends and what it says. */
export interface TimeMark {
	end: number;
	kind: TimeKind;
}

/** The time words of a sentence, in order (the same for every statement in it). */
/** `years`: the report's own years (its title's and its statistics period's); none known, any year is its own. */
export function timeMarks(sentence: string, years: readonly number[]): TimeMark[] {
	const text = blank(blank(sentence, CITATION), COMPARISON);
	const out: TimeMark[] = [];
	for (const { kind, re } of MARKERS) markAll(out, re, text, () => kind);
	markAll(out, YEAR, text, (m) => {
		const y = Number(m[1]);
		const same = years.length === 0 || years.includes(y);
		return same ? 'this' : m[3] ? 'cumulative' : 'other';
	});
	// at one place the later marker table wins (近一年来 is cumulative, not this year)
	return out.sort((a, b) => a.end - b.end);
}

/** The last time word up to `upTo` (a statement's end inside the sentence), or null. */
export function timeAt(marks: TimeMark[], upTo: number): TimeKind | null {
	let kind: TimeKind | null = null;
	for (const m of marks) {
		if (m.end > upTo) break;
		kind = m.kind;
	}
	return kind;
}

/** The last time word of `head` (the sentence up to and including the statement), or null. */
export function lastTime(head: string, years: readonly number[]): TimeKind | null {
	return timeAt(timeMarks(head, years), head.length);
}
