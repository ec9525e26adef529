import type { ProseRule } from './types';

// Category breakdowns ("其中：法规文件信息4条、工作动态信息26条"). Short gaps: the label sits
// right before its number, and a 、 in the gap would mean a list of several categories.
// A channel word in the gap makes "其他平台30条" a channel, not the category 其他.
// 等 ends a list of categories named as examples of all items ("政策文件等信息220条"): a total.
const T = { form: 'after', gap: 3, avoid: '、|等|合计|共计|累计|总计|平台|渠道|途径|载体|方式|媒体', unit: '(?:条次|条|件|篇|则|份|项)' } as const;

export const TOPIC_RULES: ProseRule[] = [
	{ ind: 'topic.policy', ...T, label: '(?:法规|政策)性?(?:文件|法规)(?:及解读)?类?(?:信息)?' },
	{ ind: 'topic.policy', ...T, label: '政策规范性文件类?(?:信息)?' },
	{ ind: 'topic.policy', ...T, label: '规章类?文件类?' },
	{ ind: 'topic.news', ...T, label: '(?:政府|政务|部门)?(?:工作|政务|部门)动态类?(?:信息)?' },
	{ ind: 'topic.news', ...T, label: '工作信息(?<![公开发布人事]工作信息)' },
	{ ind: 'topic.news', ...T, label: '“?工作动态”?栏目(?:发布|公开)?(?:信息)?' },
	{ ind: 'topic.personnel', ...T, label: '人事(?:任免|工作)?(?:类)?(?:信息)?' },
	{ ind: 'topic.services', ...T, label: '(?:公共|便民)服务类?(?:信息)?' },
	{ ind: 'topic.services', ...T, label: '民生(?:事项|信息)类?' },
	{ ind: 'topic.fiscal', ...T, label: '财政(?:预算决算|预决算|预算、决算|预算和决算|资金|管理)?类?(?:信息)?' },
	{ ind: 'topic.fiscal', ...T, label: '(?=预)(?<!财政)预决算类?(?:信息)?' },
	{ ind: 'topic.fiscal', ...T, label: '财经类?信息' },
	{ ind: 'topic.planning', ...T, label: '(?:规划计划|发展规划|计划规划)类?(?:信息)?' },
	{ ind: 'topic.other', ...T, label: '(?=其)(?<![通过以及和等])其[它他](?:类)?(?:信息|事项)?' }
];
