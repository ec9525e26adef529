import { COUNT_NOUN, EXAMPLES_NOUN, ITEMS_NOUN, PUBLISH, PUBLISH_PHRASE, TOPIC_WORDS, TOTAL_WORDS, fill } from './parts';
import type { ProseRule } from './types';

// Totals of proactively disclosed items, in three word orders:
//   verb … noun … number   "全年共主动向社会公开各类政务信息合计215条"
//   verb number noun       "共发布了120条政务信息"
//   noun first             "发布的政务信息共867篇", "政府信息主动公开量达300条"
// A channel-specific sentence ("网站主动公开信息506条") is filtered in refiners (channelOnlyClause),
// a category ("人事信息") is kept out by ITEMS_NOUN. Priority: a statement with 主动/共/合计/累计 …
// is the year's total; one with 各类/全年 comes next; a bare "公开政府信息" last.
const BOOST = [[TOTAL_WORDS, 2], ['各类|各项|全年|本年|今年', 1]] as const;
const BASE = { ind: 'active.total', priority: 1, boost: BOOST, check: 'items' } as const;

export const ACTIVE_RULES: ProseRule[] = [
	{ ...BASE, form: 'after', label: `${PUBLISH_PHRASE}${ITEMS_NOUN}${COUNT_NOUN}?`, gap: 14 },
	{ ...BASE, form: 'before', lead: PUBLISH_PHRASE, label: '信息', gap: 8, avoid: TOPIC_WORDS },
	// "发布了745件工作动态、通知公告、政策文件等信息"
	{ ...BASE, form: 'before', lead: PUBLISH_PHRASE, label: EXAMPLES_NOUN, gap: 30, listGap: true },
	// "发布的政务信息共867篇", "对外公开的各类信息达1800则"
	{ ...BASE, form: 'after', label: `(?=[公发推更上刊编录])(?<![未不没予请依])${PUBLISH}的${ITEMS_NOUN}`, gap: 14 },
	// "政府信息主动公开量达300条", "信息公开数量总数为80项", "政务信息公开总计210条"
	{ ...BASE, form: 'after', label: `(?:政府|政务)?信息(?:主动)?公开(?:数量|总量|量|总数|条数|(?=共计?|总计|合计|累计))`, gap: 10 },
	{ ...BASE, form: 'after', label: `(?:各类|各种|多种|不同)渠道(?:和方式)?${fill(4)}${PUBLISH}${ITEMS_NOUN}`, gap: 10, priority: 2 },
	{ ind: 'active.normative_docs', form: 'after', label: '规范性文件(?<!(?:政策|制发|行政)规范性文件)(?:类)?(?:信息)?', gap: 3 }
];
