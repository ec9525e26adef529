// Turns prose rules (data in rules/) into candidates with offsets in the normalised text.
// Every gap is bounded ({0,n}) and every quantifier runs over a single character class, so no
// rule can backtrack catastrophically on long or hostile input.
import { MID_QUALIFIER_SRC, NUMBER_SRC, POST_QUALIFIER_SRC, PRE_QUALIFIER_SRC, isRoundWord, parseNumber, qualifierOf } from './numbers';
import { COUNT_UNITS, type ProseRule } from './rules/types';
import { clauseStart } from './prose-context';
import { PROSE_RULES } from './rules';
import { ITEMS_FILL } from './rules/parts';
import type { Candidate } from './types';
import { numberEnds, numberWindows, probeWindows, type Window } from './match-windows';
import { scanExec } from './scan';

/** Negations that state a zero: 未收到, 没有发生, 暂无, 暂不存在, 尚未 …; 无 only where it is not a word part. */
export const NEGATION_SRC =
	'(?:(?:未|没有|尚未|暂未)(?:收到|接收到|接收|接到|接受|受理|发生|出现|收取|发布|开展|提起|产生|对|向|被)|未收|未有|没有|暂无|暂不存在|不存在|尚未|暂未|无(?![法论偿误缝须需正关线纸人私形限疑意效]))';

// not inside a longer number, not an article number (第十九条), not the upper end of a range (30至40条)
// 几十/数十 are vague amounts, not 十
const NOT_IN_NUMBER = '(?<![\\d.零〇一二两三四五六七八九十百千万第几~～—-])(?<![\\d零〇一二两三四五六七八九十百千万][至到])(?!(?<=数)[十百千])';
// The first character of a number or of a qualifier in front of it.
const NUMBER_OPENING = '(?=[不超多将接大逾近约达 \\d零〇一二两三四五六七八九十百千万])';
// A range states its lower bound: "30至40条", "三十到四十条", "20-30件".
const RANGE_SRC = `(?:(?<range>至|到|~|～|-|—)(?<num2>${NUMBER_SRC}))?`;
// "…申请，共计3件": a comma may stand between a noun and its count when a total word follows it
const COMMA_TOTAL = ',(?=共计?|合计|总计|累计)';
// A unit must not be the start of a longer word (条例, 名单, 期间, 项目 …), a date or a time limit (15个工作日).
const UNIT_END = '(?![例单称间目额年月日号%]|工作日|小时)';

function gapSrc(rule: ProseRule, fallback: number): string {
	const avoid = rule.avoid ? `其中|${rule.avoid}` : '其中';
	// zero statements may wrap over a PDF line break; value gaps never cross a line
	const nl = rule.form === 'zero' ? '' : '\\n';
	// in front of a label, a 、 ends the previous list item ("专职人员1名、兼职人员3名")
	const stop = (rule.comma ? '' : ',') + (rule.form === 'before' && !rule.listGap ? '、' : '');
	const cls = `[^\\d。;${nl}${stop}]`;
	const comma = rule.form === 'after' && !rule.comma ? `|${COMMA_TOTAL}` : '';
	return `(?<gap>(?:(?!${avoid})(?:${cls}${comma})){0,${rule.gap ?? fallback}}?)`;
}

function numberSrc(rule: ProseRule): string {
	const unit = rule.unit ?? COUNT_UNITS;
	return (
		`(?<pre>${PRE_QUALIFIER_SRC})? ?${NOT_IN_NUMBER}(?<num>${NUMBER_SRC})${RANGE_SRC} ?(?<mid>${MID_QUALIFIER_SRC})? ?` +
		`(?<unit>${unit})${UNIT_END}(?<post>${POST_QUALIFIER_SRC})?`
	);
}

/** The regex of a rule; `labels` are the labels of rules that share all else (r0, r1 … tell which matched). */
export function compileRule(rule: ProseRule, labels: string[] = [rule.label]): RegExp {
	const label = labels.length === 1 ? `(?<label>${labels[0]})` : `(?<label>${labels.map((l, i) => `(?<r${i}>${l})`).join('|')})`;
	let src: string;
	if (rule.form === 'after') src = label + (rule.bridge ? `(?<bridge>${rule.bridge})?` : '') + gapSrc(rule, 12) + numberSrc(rule);
	else if (rule.form === 'before') {
		// without a verb in front, a statement opens with its number or qualifier: the regex engine
		// skips every other position before it tries the lookbehinds
		const open = !rule.lead || rule.lead.startsWith('(?<') ? NUMBER_OPENING : '';
		src = open + (rule.lead ? `(?:${rule.lead})` : '') + numberSrc(rule) + gapSrc(rule, 6) + label;
	}
	else src = `(?<neg>${NEGATION_SRC})` + gapSrc(rule, 20) + label;
	return new RegExp(src, 'g');
}

const LIST_MARK = /、|及(?!时)|和|与|等/;
const PUBLISH_VERB = /公开|发布|公布|公示|推送|刊发|刊登|张贴|更新|上传|展示|播放|录入/;

function withoutParens(s: string): string {
	return s.replace(/\([^()]{0,40}\)/g, '');
}

function unbalanced(s: string): boolean {
	let depth = 0;
	for (const ch of s) {
		if (ch === '(') depth++;
		else if (ch === ')') depth = Math.max(0, depth - 1);
	}
	return depth > 0;
}

/** One channel, not a list of several sharing a total ("网站、微信、微博共发布…"). */
function singleChannel(text: string, at: number, gap: string): boolean {
	const plain = withoutParens(gap).replace(/[“”"']/g, '');
	const verb = PUBLISH_VERB.exec(plain);
	const beforeVerb = verb ? plain.slice(0, verb.index) : plain;
	if (LIST_MARK.test(beforeVerb)) return false;
	// a bare name after another bare name ("网站、微信、微博共发布"); in a breakdown the item before has its number
	if (verb && LIST_MARK.test(text[at - 1] ?? '') && !/\d/.test(text.slice(Math.max(0, at - 8), at))) return false;
	// "门户网站主动公开计划类信息3条": a category count inside a channel, not the channel's total
	if (/类$/.test(plain)) return false;
	// without a verb only a bare breakdown item counts ("网站(含转发)319条", "县政府网我镇专栏58条"),
	// not "网站点击量达…次"
	return verb !== null || /^(?:上|共|共计|合计|累计)?$/.test(plain) || /^[\u4e00-\u9fff]{0,10}(?:平台|专栏|栏目|号)上?$/.test(plain);
}

function namesAllItems(fill: string): boolean {
	return ITEMS_FILL.examples.test(fill) || (fill.length <= ITEMS_FILL.max && !ITEMS_FILL.category.test(fill));
}

/** A clause that opens a breakdown: what follows is a part of a total ("其中在网站发布信息3条"). */
const PART_OPENING = /^\s*(?:其中|含|包括)/;

/** A zero statement may continue over one line wrap between two words, never over a paragraph. */
function wrapsAtMostOnce(gap: string): boolean {
	const at = gap.indexOf('\n');
	if (at < 0) return true;
	return gap.indexOf('\n', at + 1) < 0 && at > 0 && /[\u4e00-\u9fff]/.test(gap[at - 1]);
}

/** "主动公开信息较上年增加42条": the number is a change against another year, not the year's count. */
const CHANGE_BEFORE_NUMBER = /(?:较|比)[^,]{0,8}?(?:增加|减少|增长|下降|上升|提高|降低|增|减|多|少)了?$/;

function accept(rule: ProseRule, m: RegExpExecArray, text: string): boolean {
	const g = m.groups ?? {};
	if (rule.form !== 'zero') {
		if (g.num && isRoundWord(g.num) && !g.pre && !g.mid && !g.post) return false;
		if (rule.form === 'after' && unbalanced((g.label ?? '') + (g.gap ?? ''))) return false;
		if (rule.form === 'after' && CHANGE_BEFORE_NUMBER.test(g.gap ?? '')) return false;
	}
	if (rule.form === 'zero' && !wrapsAtMostOnce(g.gap ?? '')) return false;
	if (rule.check === 'singleChannel' && !singleChannel(text, m.index, g.gap ?? '')) return false;
	if ((rule.check === 'notPart' || rule.check === 'items') && PART_OPENING.test(clauseUpTo(text, m.index, m.index))) return false;
	if (rule.check === 'items' && g.items !== undefined && !namesAllItems(g.items)) return false;
	return true;
}

/** The candidate of a match in a window that starts at `from` of the text. */
function toCandidate(rule: ProseRule, m: RegExpExecArray, clause: string, from: number): Candidate | null {
	const g = m.groups ?? {};
	// one literal per candidate (no spread of a base object): this runs for every match
	const start = m.index + from;
	const end = m.index + m[0].length + from;
	const tag = `${rule.ind}:${rule.form}`;
	if (rule.form === 'zero') return { indicator: rule.ind, origin: 'prose', start, end, rule: tag, value: 0, qualifier: 'zero_stated', priority: rule.priority ?? 0 };
	const value = parseNumber(g.num ?? '');
	if (value === null) return null;
	const qualifier = g.range ? 'at_least' : qualifierOf(g.pre ?? '', g.mid ?? '', g.post ?? '', value);
	return { indicator: rule.ind, origin: 'prose', start, end, rule: tag, value, qualifier, priority: (rule.priority ?? 1) + boostOf(rule, clause) };
}

/** The clause a statement sits in, up to its end: "全年共发布了120条" boosts "发布了120条". */
function clauseUpTo(text: string, start: number, end: number): string {
	return text.slice(clauseStart(text, start, 30), end);
}

const BOOSTS = new Map<string, RegExp>();

/** Extra priority a statement earns by its words (主动, 共, 合计 … mark the year's total). */
function boostOf(rule: ProseRule, matched: string): number {
	let best = 0;
	for (const [words, add] of rule.boost ?? []) {
		let re = BOOSTS.get(words);
		if (!re) BOOSTS.set(words, (re = new RegExp(words)));
		if (add > best && re.test(matched)) best = add;
	}
	return best;
}

export interface CompiledRule {
	/** rules that differ only in indicator, label, priority and boost: one regex serves them all */
	rules: ProseRule[];
	re: RegExp;
	/** before- and zero forms: where the label (or the rule's own probe) occurs */
	probe: RegExp | null;
}

/** a unit that may be left out ("(?:件)?"): a bare number may end the statement ("均为0", "数量为零") */
const unitless = (rule: ProseRule) => rule.unit !== undefined && rule.unit.endsWith(')?');

export function compile(rule: ProseRule, also: ProseRule[] = []): CompiledRule {
	const rules = [rule, ...also];
	// after-forms are tried before counted numbers; those whose number may go bare, after their label
	const probe = rule.probe ?? (rule.form === 'after' && !unitless(rule) ? null : rules.map((r) => `(?:${r.label})`).join('|'));
	return { rules, re: compileRule(rule, rules.map((r) => r.label)), probe: probe === null ? null : new RegExp(probe, 'g') };
}

/** What a rule does besides its label and what it yields: rules alike in this share a regex. */
function shapeOf(rule: ProseRule): string | null {
	// only after-forms (before/zero forms find their windows by their own labels), and labels without named groups
	if (rule.form !== 'after' || /\(\?<[A-Za-z]/.test(rule.label)) return null;
	const { ind: _i, label: _l, priority: _p, boost: _b, ...shape } = rule;
	return JSON.stringify(shape);
}

/** Compiles rules, one regex per group of alike rules (the channel rules, the topic rules …). */
export function compileAll(rules: ProseRule[]): CompiledRule[] {
	const groups = new Map<string, ProseRule[]>();
	const out: CompiledRule[] = [];
	for (const r of rules) {
		const shape = shapeOf(r);
		if (shape === null) out.push(compile(r));
		else groups.set(shape, [...(groups.get(shape) ?? []), r]);
	}
	for (const [, [first, ...rest]] of groups) out.push(compile(first, rest));
	return out;
}

// Longest stretch a rule can span in front of its label besides the gap: a lead, qualifiers,
// number and unit (before-forms) or a negation (zero forms).
const BEFORE_REACH = 40;
// Past a probe hit, the rest of a label it only opens ("负责…信息公开").
const PROBE_TAIL = 24;
// Longest after-form statement ahead of its number: label, fillers and gap.
const AFTER_REACH = 90;
// Past an after-form's label and gap: its number, unit and qualifiers.
const AFTER_TAIL = 24;
// The longest lookbehind a label opens with.
const LOOKBEHIND = 12;

/** Which of a group's rules matched: the one whose label group holds text. */
function ruleOf(rules: ProseRule[], m: RegExpExecArray): ProseRule {
	if (rules.length === 1) return rules[0];
	const g = m.groups ?? {};
	for (let i = 0; i < rules.length; i++) if (g[`r${i}`] !== undefined) return rules[i];
	return rules[0];
}

function execAll(compiled: CompiledRule, part: string, from: number, out: Candidate[]): void {
	const re = compiled.re;
	const grouped = compiled.rules.length > 1;
	// in a group, each rule reads on where it stopped, but the others may start inside its match
	// ("行政复议、行政诉讼均为0件" is a zero for both); alone, a rule reads on after its match
	const until = new Map<ProseRule, number>();
	re.lastIndex = 0;
	for (let m = scanExec(re, part); m; m = scanExec(re, part)) {
		if (m[0].length === 0) re.lastIndex++;
		const rule = ruleOf(compiled.rules, m);
		// a rejected match does not consume its text: a later start may still state a value
		if (m.index < (until.get(rule) ?? 0) || !accept(rule, m, part)) {
			re.lastIndex = m.index + 1;
			continue;
		}
		const end = m.index + m[0].length;
		if (grouped) {
			until.set(rule, end);
			re.lastIndex = m.index + 1;
		}
		const c = toCandidate(rule, m, rule.boost ? clauseUpTo(part, m.index, end) : '', from);
		if (c) out.push(c);
	}
}

/** Windows of a text with their slices: the number windows are shared by every after-form rule. */
interface Windows {
	at: Window[];
	parts: string[];
}

function sliced(text: string, at: Window[]): Windows {
	return { at, parts: at.map(([s, e]) => (s === 0 && e === text.length ? text : text.slice(s, e))) };
}

function windowsOf(c: CompiledRule, text: string, byReach: Map<number, Windows>, ends: () => number[]): Windows {
	const { probe } = c;
	const rule = c.rules[0];
	// (a few characters ahead of the label keep its lookbehinds seeing: "上年结转…申请数量为零")
	if (probe && rule.form === 'after') return sliced(text, probeWindows(text, probe, LOOKBEHIND, (rule.gap ?? 12) + AFTER_TAIL));
	if (probe) {
		const gap = rule.gap ?? (rule.form === 'zero' ? 20 : 6);
		return sliced(text, probeWindows(text, probe, BEFORE_REACH + gap, rule.probe ? PROBE_TAIL : 0));
	}
	const reach = rule.reach ?? AFTER_REACH;
	let w = byReach.get(reach);
	if (!w) byReach.set(reach, (w = sliced(text, numberWindows(text, ends(), reach))));
	return w;
}

const COMPILED: CompiledRule[] = compileAll(PROSE_RULES);

/** All prose candidates of the rules over a normalised text (before refiners). */
export function matchRules(text: string, rules: CompiledRule[] = COMPILED): Candidate[] {
	const out: Candidate[] = [];
	const byReach = new Map<number, Windows>();
	let found: number[] | undefined;
	const ends = () => (found ??= numberEnds(text));
	for (const c of rules) {
		const w = windowsOf(c, text, byReach, ends);
		for (let i = 0; i < w.at.length; i++) execAll(c, w.parts[i], w.at[i][0], out);
	}
	return out;
}
