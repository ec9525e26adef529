// The overview's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';
import { count } from './plural';

const zh = {
	heading: (region: string, year: number) => `${region || '全部地区'} · ${year} 年`,
	filed: (year: number) => `个乡镇提交了 ${year} 年年报`,
	warned: '份年报有提取警告',
	sep: '；其中 ',
	headline: '主要指标',
	total: '合计',
	median: '中位数',
	change: (prev: number) => `较 ${prev} 年`,
	none: '本年没有乡镇报告此指标（不计为零）',
	noPrev: '无可比的上年数值',
	basis: (n: number, both: number) => `${count(n)} 个乡镇报告了此指标；变化按两年都报告的 ${count(both)} 个乡镇计算`,
	byProvince: '选择省份后显示',
	basisSummary: (n: number) => `${count(n)} 个乡镇报告了此指标（全国汇总）；同口径的变化需要各乡镇的数值：请选择省份`,
	marked: (k: number) => `含 ${k} 个约数或下限值`,
	moversTitle: (region: string, name: string, unit: string, year: number) =>
		`${region}${year} 年${name}变化最大的乡镇（${unit}，较 ${year - 1} 年）`,
	moversAxis: (unit: string) => `较上年变化（${unit}）`,
	moversNone: (year: number) => `没有乡镇在 ${year - 1} 年和 ${year} 年都报告了此指标，无法比较。`,
	moversFirst: (year: number) => `${year} 年是数据中最早的年度，没有上年可比。`,
	colYear: (year: number) => `${year} 年`,
	colChange: '变化',
	colPct: '变化率',
	moversTrends: '在趋势视图中比较这些乡镇',
	moversRanking: (year: number) => `查看 ${year} 年完整排名`,
	moversHint: '点击条形可查看该乡镇的趋势。',
	coverageTitle: (region: string) => `${region}各年提交年报的乡镇（个）`,
	coverageSeries: { clean: '已提交', warned: '已提交（有提取警告）', none: '未提交' },
	coverageKnown: '已知乡镇',
	coverageTip: (year: number, filed: number, known: number) => `${year} 年：${known} 个乡镇中 ${filed} 个提交`,
	toData: '各乡镇各年的提交情况和提取警告：数据视图',
	coverageHint: '点击某年的柱子切换到该年度。',
};

export type Words = typeof zh;

export const overviewText: Record<Lang, Words> = bilingual('overview', zh);
