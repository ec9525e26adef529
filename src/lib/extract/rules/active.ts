import type { ProseRule } from './types';

// Totals of proactively disclosed items. A channel-specific sentence ("网站主动公开信息506条")
// is filtered in refiners (channelOnlyClause), so these labels stay general.
export const ACTIVE_RULES: ProseRule[] = [
	{ ind: 'active.total', form: 'after', label: '主动公开[^\\d。;,\\n]{0,12}?信息(?:数量|件数|总数|总量|数)?', gap: 14, priority: 3 },
	{ ind: 'active.total', form: 'after', label: '(?:共计?|合计|累计)(?:主动)?公开(?:了)?(?:各类|各项)?(?:政府|政务)?信息', gap: 8, priority: 3 },
	{ ind: 'active.total', form: 'after', label: '公开(?:了)?各类(?:政府|政务)?信息', gap: 8, priority: 2 },
	{ ind: 'active.total', form: 'after', label: '(?:全年|本年度?|今年)(?:共)?(?:公开|发布)(?:了)?(?:政府|政务)?信息', gap: 8, priority: 2 },
	// weakest: "我镇公开政府信息325条" (not 依申请/不予/未 公开)
	{ ind: 'active.total', form: 'after', label: '(?<![未不没予请])公开(?:了)?(?:政府|政务)信息', gap: 4, priority: 1 },
	{ ind: 'active.total', form: 'after', label: '(?:各类|各种|多种|不同)渠道(?:和方式)?(?:主动)?公开(?:了)?(?:政府|政务)?信息', gap: 8, priority: 2 },
	{ ind: 'active.total', form: 'after', label: '(?:更新和|更新、|更新)?(?:发布|推送|上传)(?:了)?(?:各类|各项)(?:政府|政务)?信息', gap: 8, priority: 2 },
	{ ind: 'active.total', form: 'after', label: '共(?:更新和|更新、|更新)?(?:发布|推送|上传)(?:了)?(?:政府|政务)?信息', gap: 8, priority: 2 },
	{ ind: 'active.total', form: 'before', lead: '(?:发布|公开)(?:了)?', label: '主动公开(?:的)?(?:政府|政务)?信息', gap: 2, priority: 2 },
	{ ind: 'active.total', form: 'before', lead: '(?:共计?|累计|合计|全年)(?:主动)?(?:发布|公开)(?:了)?', label: '(?:各类|各项)?(?:的)?(?:政府|政务)?信息', gap: 2, priority: 2 },
	{ ind: 'active.normative_docs', form: 'after', label: '规范性文件(?<!(?:政策|制发|行政)规范性文件)(?:类)?(?:信息)?', gap: 3 }
];
