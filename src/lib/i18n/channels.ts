// The channels view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';

const zh = {
	view: '显示',
	views: { counts: '条数', shares: '占比（100%）' },
	names: {
		'channel.website': '政府网站', 'channel.platform': '统一平台', 'channel.wechat': '政务微信', 'channel.weibo': '政务微博',
		'channel.new_media': '短视频/客户端', 'channel.gazette': '政府公报', 'channel.bulletin': '公开栏/电子屏', 'channel.other': '其他方式',
		unattributed: '其他/未分渠道'
	} as Record<string, string>,
	title: (region: string, view: 'counts' | 'shares', year: number) =>
		`${region}各乡镇分渠道主动公开信息${view === 'counts' ? '数（条）' : '占比（%）'} · ${year} 年`,
	adoptionTitle: (region: string, from: number, to: number) => `${region}各公开渠道的使用率（有年报的乡镇中使用该渠道的比例，%），${from}–${to} 年`,
	axisShares: '占该镇合计的比例（%）',
	axisAdoption: '使用的乡镇（%）',
	unattributedNote: '“其他/未分渠道”= 报告的主动公开总数减去各渠道条数之和。',
	adoptionNote: '使用：年报提到该渠道（如“通过政务微信公开”），或该渠道条数大于 0。分母为当年有年报的乡镇；未提交年报的年份不计入，全无年报的年份留空。',
	statedTotal: (v: string) => `报告总数：${v}`,
	noTotal: '未报告主动公开总数',
	over: '各渠道条数之和超过报告总数（同一条信息可在多个渠道发布，总数只计一次），不另列“未分渠道”。',
	overNote: (towns: string) => `${towns}：各渠道条数之和超过报告的主动公开总数（同一条信息可在多个渠道发布）。`,
	totalCol: '报告总数',
	colChannel: '渠道',
	towns: (using: number, reporting: number) => `${using}/${reporting} 个乡镇`,
	noBreakdownTitle: (n: number) => `有年报但未分渠道报告条数的乡镇（${n}）`,
	noBreakdownNote: '这些乡镇的年报没有给出任何渠道的条数，不画入上图，也不计为零。',
	noBreakdownItem: (town: string, total: string) => (total ? `${town}（报告总数 ${total}）` : `${town}（未报告总数）`),
	empty: (year: number) => `${year} 年没有乡镇报告分渠道的条数。`,
	/** the country level of the national dataset: one bar per province, from the province summary */
	byProvince: {
		title: (view: 'counts' | 'shares', year: number) => `全国各省分渠道主动公开信息${view === 'counts' ? '数（条）' : '占比（%）'} · ${year} 年`,
		note: '每省一条：该省报告各渠道条数的乡镇的条数之和（省级汇总表）。占比为占该省各渠道合计的比例；报告总数之和也含未分渠道的乡镇，故不另列“未分渠道”。选择省份可看各乡镇。',
		axisShares: '占该省各渠道合计的比例（%）',
		statedTotal: (v: string) => `各乡镇报告总数之和：${v}`,
		totalCol: '报告总数之和',
		colProvince: '省份'
	}
};

export type Words = typeof zh;

export const channelsText: Record<Lang, Words> = bilingual('channels', zh);
