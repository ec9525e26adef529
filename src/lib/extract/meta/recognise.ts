// Whether a page is a township-level annual report or work summary, and why not. "Not a report"
// needs positive evidence (a title or wording of a template, notice, regulation or news item,
// another level of government); a page with a report's skeleton or several statements about
// the body's own disclosure work is a report whatever its title looks like.
import { countMatches } from '../count';
import type { Level } from '../types';
import {
	DISCLOSURE_WORDS,
	FIRST_PERSON,
	THIRD_PERSON,
	MIN_REPORT_SECTIONS,
	NOT_REPORT_EVIDENCE,
	NOT_REPORT_TITLES,
	REPORT_MARKERS,
	REPORT_SECTIONS
} from './patterns';
import type { SkeletonFound } from './skeleton';

export interface Recognition {
	recognized: boolean;
	/** why not, bilingual; '' when recognized */
	reason: string;
	/** true when the page is no report at all (rather than a report of another level) */
	notReport: boolean;
	/** the level when the text did not name its body but reads as a township report */
	level?: Level;
}

/** What the text itself shows of a report: its section skeleton and how many indicators it states. */
export interface ReportEvidence {
	skeleton: SkeletonFound;
	/** distinct indicators with a value (tables or prose), before refiners */
	statements: number;
}

const LEVEL_REASONS: Record<Exclude<Level, 'township'>, string> = {
	county: '县级或区级政府的报告，不是乡镇报告 / a county or district report, not a township one',
	other: '部门或其他机关的文本，不是乡镇报告 / a department or other body, not a township'
};

/** several statements or two skeleton headings: a report's body, whatever the title says */
const MIN_STATEMENTS = 3;
const MIN_SKELETON = 2;
/** a notice whose title names the annual report or summary it publishes ("关于印发《…工作总结》的通知") */
const PUBLISHES_REPORT = /(?:年度报告|年报|工作总结)》?的?(?:公告|通告|通知)$/;

function looksLikeReport(title: string, text: string): boolean {
	if (REPORT_MARKERS.test(title) || REPORT_MARKERS.test(text)) return true;
	return REPORT_SECTIONS.filter((s) => s.test(text)).length >= MIN_REPORT_SECTIONS;
}

function notReport(reason: string): Recognition {
	return { recognized: false, reason, notReport: true };
}

function kindOf(line: string) {
	return NOT_REPORT_TITLES.find((k) => k.pattern.test(line.replace(/[\s(（][^\s(（]*$/, '')) || k.pattern.test(line));
}


const NONE: ReportEvidence = { skeleton: { overview: false, count: 0, standard: 0 }, statements: 0 };

/** `headings` are the page's short lines before its first section, used when no report title was found */
export function recognise(title: string, headings: string[], text: string, level: Level | null, evidence: ReportEvidence = NONE): Recognition {
	const strong = evidence.skeleton.count >= MIN_SKELETON || evidence.statements >= MIN_STATEMENTS;
	const kind = title ? kindOf(title) : undefined;
	// a title decides against a report's body only as a notice (which may list the skeleton it asks
	// for); "…关于公布2023年…年度报告的公告" over a report's body is that report, published by notice
	const overruled = strong && (!kind?.notice || PUBLISHES_REPORT.test(title));
	if (kind && !overruled) return notReport(`标题表明不是报告 / the title marks ${kind.reason}, not a report`);
	const against = NOT_REPORT_EVIDENCE.find((e) => countMatches(text, e.pattern, e.min) >= e.min);
	if (against) return notReport(`文中有非报告的标志 / the text reads as ${against.reason}`);
	// lines of page chrome ("政府信息公开指南") may look like a title: they decide only without a report's body
	const headingKind = title ? undefined : headings.map(kindOf).find((k) => k);
	if (headingKind && !strong) return notReport(`标题表明不是报告 / the title marks ${headingKind.reason}, not a report`);
	if (!strong && !looksLikeReport(title, text)) return notReport('文中没有报告或总结的字样 / no report or summary wording in the text');
	if (!DISCLOSURE_WORDS.test(title + text)) return notReport('不是政务公开方面的报告 / a report, but not about information disclosure');
	// (first-person references are counted only as far as the comparison needs: most texts have no third-person one)
	const third = countMatches(text, THIRD_PERSON);
	if (third > countMatches(text, FIRST_PERSON, third)) return notReport('以第三人称评述乡镇，是评论而非报告 / speaks of the town in the third person: a commentary, not a report');
	if (level === null) {
		if (strong) return { recognized: true, reason: '', notReport: false, level: 'township' };
		return notReport('看不出是哪一级机关的报告 / cannot tell which body reports');
	}
	if (level !== 'township') return { recognized: false, reason: LEVEL_REASONS[level], notReport: false };
	return { recognized: true, reason: '', notReport: false };
}
