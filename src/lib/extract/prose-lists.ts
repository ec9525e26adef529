// Respective lists: "借助网站和公众号，分别推送41、87条" → channel.website 41, channel.wechat 87.
// The items are the last names listed before 分别 in the same sentence, the numbers the list
// after it; a list whose counts differ is no reading.
import { MID_QUALIFIER_SRC, NUMBER_SRC, POST_QUALIFIER_SRC, PRE_QUALIFIER_SRC, parseNumber, qualifierOf } from './numbers';
import { ITEM_JOIN, LIST_ITEMS, RESPECTIVELY } from './rules/lists';
import { COUNT_UNITS } from './rules/types';
import type { Candidate } from './types';

const ONE = `(?:${PRE_QUALIFIER_SRC})? ?(?:${NUMBER_SRC}) ?(?:${MID_QUALIFIER_SRC})? ?(?:${COUNT_UNITS})?(?:${POST_QUALIFIER_SRC})?`;
const LIST = new RegExp(`${RESPECTIVELY}(?<nums>${ONE}(?: ?(?:、|,|和|及|与) ?${ONE}){1,7})`, 'g');
const EACH = new RegExp(`(?<pre>${PRE_QUALIFIER_SRC})? ?(?<num>${NUMBER_SRC}) ?(?<mid>${MID_QUALIFIER_SRC})? ?(?<unit>${COUNT_UNITS})?(?<post>${POST_QUALIFIER_SRC})?`, 'g');
const ITEM = new RegExp(LIST_ITEMS.map((it, i) => `(?<i${i}>${it.term})`).join('|'), 'g');
const JOIN = new RegExp(`^${ITEM_JOIN}$`);
const REACH = 80;

interface Item {
	ind: string;
	start: number;
	end: number;
}

/** Items named in `head`, the last run of them joined by list marks. */
function lastItems(head: string, offset: number): Item[] {
	const found: Item[] = [];
	ITEM.lastIndex = 0;
	for (let m = ITEM.exec(head); m; m = ITEM.exec(head)) {
		const k = Object.keys(m.groups ?? {}).find((g) => m!.groups![g] !== undefined);
		if (k) found.push({ ind: LIST_ITEMS[Number(k.slice(1))].ind, start: offset + m.index, end: offset + m.index + m[0].length });
	}
	const run: Item[] = [];
	for (let i = found.length - 1; i >= 0; i--) {
		const next = run[0];
		if (next && !JOIN.test(head.slice(found[i].end - offset, next.start - offset))) break;
		run.unshift(found[i]);
	}
	return run;
}

export function matchLists(text: string): Candidate[] {
	const out: Candidate[] = [];
	if (!text.includes('分别')) return out;
	LIST.lastIndex = 0;
	for (let m = LIST.exec(text); m; m = LIST.exec(text)) {
		const from = Math.max(0, text.lastIndexOf('。', m.index) + 1, text.lastIndexOf('\n', m.index) + 1, m.index - REACH);
		const items = lastItems(text.slice(from, m.index), from);
		const nums = [...(m.groups?.nums ?? '').matchAll(EACH)];
		// the unit may stand once at the end ("41、87条"); a list without any unit is no count
		if (items.length < 2 || items.length !== nums.length || !nums[nums.length - 1].groups?.unit) continue;
		if (new Set(items.map((i) => i.ind)).size !== items.length) continue;
		items.forEach((item, i) => {
			const g = nums[i].groups ?? {};
			const value = parseNumber(g.num ?? '');
			if (value === null) return;
			const qualifier = qualifierOf(g.pre ?? '', g.mid ?? '', g.post ?? '', value);
			out.push({ indicator: item.ind, value, qualifier, origin: 'prose', start: items[0].start, end: m!.index + m![0].length, rule: `${item.ind}:list`, priority: 3 });
		});
	}
	return out;
}
