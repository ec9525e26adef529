// The section skeleton of a disclosure report. The 2019 revision of the Regulations fixed six
// sections (一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况
// 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项);
// excerpts often lose the tables but keep these headings, which tell the layout and that the
// page is a report at all.
import { eachMatch } from '../count';

interface Heading {
	name: string;
	/** the heading text after its number */
	re: string;
	/** worded this way only since the 2019 revision */
	standard: boolean;
}

export const SKELETON: readonly Heading[] = [
	{ name: 'overview', re: '总体情况', standard: false },
	{ name: 'active', re: '主动公开政府信息(?:的)?情况', standard: false },
	{ name: 'requests', re: '收到和处理政府信息公开申请(?:的)?情况', standard: true },
	{ name: 'appeals', re: '政府信息公开行政复议、?(?:和)?行政诉讼(?:的)?情况', standard: true },
	{ name: 'problems', re: '存在的主要问题及改进情况', standard: false },
	{ name: 'other', re: '其他需要报告的事项', standard: false }
];

// A top-level heading: 一、 … 六、 at a line start, or inline after a stop or a space on pages
// flattened into long lines, maybe with a few words before the name ("一、2023年政务公开总体情况");
// (一) sub-headings do not count. One scan finds the headings, then each is named.
const NUMBERED = /[一二三四五六七]\s*[、.．]\s*/g;
const OPENS = /[\n。;\s]/;
const NAMES = SKELETON.map((h) => ({ ...h, pattern: new RegExp(`^[^\\n。;,]{0,12}?${h.re}`) }));
/**
 * Any of the names, after the same words: true exactly when one of NAMES matches. Most numbered
 * items are a list's, not the skeleton's; one test passes them over instead of six.
 */
const ANY_NAME = new RegExp(`^[^\\n。;,]{0,12}?(?:${SKELETON.map((h) => h.re).join('|')})`);
/** a heading's words: its number's prefix, then the name */
const HEADING_SPAN = 40;

export interface SkeletonFound {
	/** 一、总体情况 is there */
	overview: boolean;
	/** how many of the six headings are there */
	count: number;
	/** how many of the headings worded only since 2019 */
	standard: number;
}

export function findSkeleton(text: string): SkeletonFound {
	const seen = new Set<string>();
	eachMatch(NUMBERED, text, (m) => {
		if (m.index > 0 && !OPENS.test(text[m.index - 1])) return;
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + HEADING_SPAN);
		if (!ANY_NAME.test(after)) return;
		for (const h of NAMES) if (!seen.has(h.name) && h.pattern.test(after)) seen.add(h.name);
	});
	const found = SKELETON.filter((h) => seen.has(h.name));
	return { overview: seen.has('overview'), count: found.length, standard: found.filter((h) => h.standard).length };
}

/**
 * The skeleton of the 2019 standard report: a heading worded only since 2019, or 总体情况 with a
 * second heading. From the 2021 reports on, 总体情况 alone opens the standard layout.
 */
export function hasStandardSkeleton(s: SkeletonFound, year: number | null): boolean {
	if (year === null || year < 2019) return false;
	if (s.standard > 0) return true;
	return s.overview && (year >= 2021 || s.count >= 2);
}
