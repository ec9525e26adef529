// Refiners settle candidates: drop traps and statements about other bodies, keep one value per
// indicator, and let a table value win over prose (with a conflict warning when they disagree).
import { clauseStart, inRanges, isChromeLine, lineAt, sentenceAround, type Ranges } from './prose-context';
import { timeAt, timeMarks, type TimeKind, type TimeMark } from './prose-time';
import { CHANNEL_TERMS } from './rules';
import type { Candidate, ExtractWarning } from './types';

export type Refiner = (c: Candidate[], text: string) => Candidate[];

/** Figures about the county, the city, villages … are not the body's own. */
const OTHER_BODY =
	/全(?:县|市|区|省|国|旗|盟)|各(?:乡镇|乡|镇|村(?!务)|街道|部门|单位)|村级|县级部门|市级部门|(?:县|市)[\u4e00-\u9fff]{1,4}(?<![布格大全])局/;
/**
 * A higher government as the subject of the clause ("县政府公开各类信息…"); not "按照县政府要求",
 * not "在县政府网站发布", not "经县政府批准".
 */
const OTHER_SUBJECT = /^[^,。;\n]{0,10}?(?<![在按照据经由向对把被给与和及为])(?:县|市|区)(?:人民)?政府(?!网|门户|办|信息公开|公报)/;
/** A rate, not a count: "每个季度召开一次通报会", "每月更新信息不少于10条". */
const FREQUENCY = /每(?:个)?(?:季度|月|周|星期|年|半年|季|旬|天|日)/;
/** Numbers that are dates, document numbers, percentages or phone numbers, whatever rule caught them. */
const NUMBER_TRAP = /^[\d.]+(?:年|月|日|号|%|‰)|^\d{5,}[-—]|^\d{7,}/;
const DOC_NUMBER_BEFORE = /[[(（〔﹝]\s*\d{0,4}\s*$|第\s*$|〕\s*$/;

/** The clause of a statement up to its end (from the last comma or stop before it). */
function clauseOf(text: string, start: number, end: number): string {
	return text.slice(clauseStart(text, start, 40), end);
}

/** A paragraph that opens with a year and a comma speaks of that year to its end. */
const PARAGRAPH_YEAR = /^[\s　]*(?:在)?((?:19|20)\d\d)\s*年度?[,，:：]/;

/** 'other' when the paragraph of `at` opens with another year than the report's own. */
function paragraphTime(text: string, at: number, years: readonly number[]): TimeKind | null {
	const from = text.lastIndexOf('\n', at - 1) + 1;
	const y = PARAGRAPH_YEAR.exec(text.slice(from, from + 16));
	return y && years.length > 0 && !years.includes(Number(y[1])) ? 'other' : null;
}

/** Statements of other bodies, other years, several years together, rates, or plans. */
export function dropOtherBodiesAndYears(years: readonly number[]): Refiner {
	return (c, text) => {
		// statements of one sentence share its time words
		const marks = new Map<number, TimeMark[]>();
		return c.filter((x) => {
			// flags are about channels the body uses, village boards included; only figures are filtered
			if (x.origin !== 'prose' || x.indicator.startsWith('uses.')) return true;
			const s = sentenceAround(text, x.start, x.end);
			const head = text.slice(s.start, x.end);
			const clause = clauseOf(text, x.start, x.end);
			if (OTHER_BODY.test(head) || OTHER_SUBJECT.test(clause) || FREQUENCY.test(clause)) return false;
			let m = marks.get(s.start);
			if (!m) marks.set(s.start, (m = timeMarks(s.text, years)));
			// a sentence without a time word is in the time of its paragraph ("2017年，…。共公开信息210条。")
			const time = timeAt(m, head.length) ?? paragraphTime(text, s.start, years);
			// nothing over several years up to now ("自…以来未收取费用") is nothing this year too
			return time === null || time === 'this' || (time === 'cumulative' && x.value === 0);
		});
	};
}

export function dropNumberTraps(c: Candidate[], text: string): Candidate[] {
	return c.filter((x) => {
		if (x.origin !== 'prose') return true;
		const quote = text.slice(x.start, x.end);
		// the statement's number is the last digit run (a bridged quote holds others before it)
		const at = quote.search(/[\d.]+(?=[^\d零〇一二两三四五六七八九十百千万]*$)/);
		if (at < 0) return true;
		const rest = quote.slice(at);
		return !NUMBER_TRAP.test(rest) && !DOC_NUMBER_BEFORE.test(text.slice(Math.max(0, x.start + at - 6), x.start + at));
	});
}

// a column of a site ("“工作动态”栏目发布信息30条") speaks of that column, like a channel; so does
// "政务新媒体", several channels under one name that is none of them
const CHANNEL_WORDS = [...Object.values(CHANNEL_TERMS), '栏目', '(?:政务)?新媒体'];
const CHANNEL_ANY = new RegExp(CHANNEL_WORDS.join('|'));

/** a sum over channels, or channels named as examples of all ("公开栏等渠道") */
const ALL_CHANNELS = /共|合计|累计|总计/;
const AS_EXAMPLES = /等(?:多种|各类|各种)?(?:渠道|方式|载体|途径|平台|形式)/;
/** one pattern per kind of channel: "政务微信公众号" names one channel, "网站、微信" two */
const CHANNEL_KINDS = CHANNEL_WORDS.map((t) => new RegExp(t));
/** a channel listed with something else: "县政府网站、村务公开及网络平台" */
const LISTED_CHANNEL = new RegExp(`(?:${CHANNEL_ANY.source})[^,。;\\n\\d]{0,6}?(?:、|及|和|与)|(?:、|及|和|与)(?:${CHANNEL_ANY.source})`);

/**
 * "网站主动公开信息506条" speaks of one channel: a channel value, not the report's total. Several
 * channels make a total only as a sum ("网站、微信等平台共发布77条") or as examples of all channels
 * ("公开栏等渠道发布100余条"); otherwise they may be a subset ("微信、微博等新媒体发布信息40条").
 * A sum over channels counts an item once per channel, so a plain statement of the year's items
 * outranks it.
 */
export function dropChannelOnlyTotals(c: Candidate[], text: string): Candidate[] {
	const out: Candidate[] = [];
	for (const x of c) {
		if (x.indicator !== 'active.total' || x.origin !== 'prose') {
			out.push(x);
			continue;
		}
		const from = clauseStart(text, x.start, 200);
		const head = text.slice(from, x.end).replace(/\([^()]{0,40}\)/g, '');
		const channels = CHANNEL_KINDS.filter((k) => k.test(head)).length;
		if (channels === 0) out.push(x);
		else if (AS_EXAMPLES.test(head) || ((channels > 1 || LISTED_CHANNEL.test(head)) && ALL_CHANNELS.test(head))) out.push({ ...x, priority: 1 });
	}
	return out;
}

/** A page cut off mid-sentence: a statement running into the end of the text is not trusted. */
export function dropTruncated(c: Candidate[], text: string): Candidate[] {
	const end = text.trimEnd().length;
	return c.filter((x) => x.origin !== 'prose' || x.end <= end - 2 || /[。;!?]/.test(text.slice(x.end, end)));
}

/** A count in the page's header or footer ("本站共发布信息12580条") is the site's, not the report's. */
export function dropChrome(c: Candidate[], text: string): Candidate[] {
	return c.filter((x) => x.origin !== 'prose' || !isChromeLine(lineAt(text, x.start)));
}

export function dropSkipped(skip: Ranges): Refiner {
	return (c) => c.filter((x) => x.origin !== 'prose' || !inRanges(skip, x.start));
}

function better(a: Candidate, b: Candidate): boolean {
	const pa = a.priority ?? 0;
	const pb = b.priority ?? 0;
	return pa !== pb ? pa > pb : a.start < b.start;
}

/** One candidate per indicator and origin: highest priority, then the first statement. */
export function onePerIndicator(c: Candidate[]): Candidate[] {
	// a slot per indicator and origin, in first-seen order; looked up by the indicator string
	// itself (a joined origin-indicator key was built and hashed anew for every candidate)
	const best: Candidate[] = [];
	const slots = new Map<Candidate['origin'], Map<string, number>>();
	for (const x of c) {
		let slot = slots.get(x.origin);
		if (!slot) slots.set(x.origin, (slot = new Map()));
		const at = slot.get(x.indicator);
		if (at === undefined) slot.set(x.indicator, best.push(x) - 1);
		else if (better(x, best[at])) best[at] = x;
	}
	return best.sort((a, b) => a.start - b.start);
}

function describe(x: Candidate, text: string): string {
	return `${text.slice(x.start, x.end).replace(/\s+/g, ' ').slice(0, 60)} (${x.value})`;
}

/** Table values win; a prose value that disagrees is dropped with a conflict warning. */
/** The place value a round prose number leaves open: 400多 → 100, 170余 → 10, 20余 → 10, 7 → 1. */
function openPlace(v: number): number {
	let place = 1;
	while (v > 0 && v % (place * 10) === 0) place *= 10;
	return place;
}

/**
 * Does the prose statement allow the table's exact number? "逾180条" allows 187, "近160" 157,
 * "170余条" 170: only a statement the table contradicts is a conflict.
 */
export function proseAllows(prose: Pick<Candidate, 'value' | 'qualifier'>, tableValue: number): boolean {
	if (prose.qualifier === 'at_least') return tableValue >= prose.value;
	if (prose.qualifier === 'approx') return Math.abs(tableValue - prose.value) <= openPlace(prose.value);
	return tableValue === prose.value;
}

export function tableWins(c: Candidate[], text: string): { candidates: Candidate[]; warnings: ExtractWarning[] } {
	// (plain loops: the filter, map and pairs this was built from cost more than the lookups)
	const table = new Map<string, Candidate>();
	for (const x of c) if (x.origin === 'table') table.set(x.indicator, x);
	const warnings: ExtractWarning[] = [];
	const candidates: Candidate[] = [];
	for (const x of c) {
		const t = x.origin === 'prose' ? table.get(x.indicator) : undefined;
		if (!t) {
			candidates.push(x);
			continue;
		}
		if (!proseAllows(x, t.value)) {
			const message = `prose: ${describe(x, text)}; table: ${describe(t, text)} / 正文与表格不一致，采用表格值`;
			warnings.push({ code: 'conflict', indicator: x.indicator, message });
		}
	}
	return { candidates, warnings };
}

/** The prose pipeline, in order; `years` are the report's own. Table candidates pass through untouched. */
export function refine(c: Candidate[], text: string, skip: Ranges, years: readonly number[] = []): { candidates: Candidate[]; warnings: ExtractWarning[] } {
	const steps: Refiner[] = [dropSkipped(skip), dropChrome, dropTruncated, dropNumberTraps, dropOtherBodiesAndYears(years), dropChannelOnlyTotals];
	let out = c;
	for (const step of steps) out = step(out, text);
	return tableWins(onePerIndicator(out), text);
}
