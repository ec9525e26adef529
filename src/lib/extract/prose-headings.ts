// Sections answered by a bare "无" under a heading that names the topic: a stated zero for each
// indicator the heading names ("四、因政府信息公开申请行政复议、提起行政诉讼的情况：无。").
import { HEADING_TOPICS, NOTHING } from './rules/headings';
import type { Candidate } from './types';

// the heading: numbered, at a line start, up to 50 characters; then a stop, a colon or a line break
const HEADING = new RegExp(`(?:^|\\n)[ \\t　]*(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）])(?<heading>[^\\n。:：]{2,50}?)[ \\t　]*(?:[:：。]|\\n)[ \\t　\\n]*${NOTHING}[。.]?[ \\t　]*(?=\\n|$)`, 'g');
const TOPICS = HEADING_TOPICS.map((t) => ({ ...t, re: new RegExp(t.term), not: t.unless ? new RegExp(t.unless) : null }));

export function matchHeadingZeros(text: string): Candidate[] {
	const out: Candidate[] = [];
	if (!/[无没零]/.test(text)) return out;
	for (const m of text.matchAll(HEADING)) {
		const heading = m.groups?.heading ?? '';
		const start = m.index + (m[0].startsWith('\n') ? 1 : 0);
		for (const t of TOPICS) {
			if (!t.re.test(heading) || t.not?.test(heading)) continue;
			for (const indicator of t.indicators) {
				out.push({ indicator, value: 0, qualifier: 'zero_stated', origin: 'prose', start, end: m.index + m[0].length, rule: `${indicator}:heading`, priority: 0 });
			}
		}
	}
	return out;
}
