// The compare view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';

const zh = {
	title: (towns: string, year: number) => `${towns}：各项指标对比 · ${year} 年`,
	year: '对比年度',
	yearHint: '默认：所选乡镇都有年报的最近年度',
	colIndicator: '指标',
	largest: '本行最大',
	noReport: (year: number) => `无 ${year} 年报`,
	autoHint: '未选择乡镇：显示年报最多的乡镇和同县年报最多的另一个乡镇',
	padded: (town: string) => `对比至少需要两个乡镇，已自动加入 ${town}（优先选同县、同一年有年报、年报最多的乡镇）。`,
	showEmpty: (n: number) => `显示本年无数值的 ${n} 个指标`,
	hideEmpty: '收起本年无数值的指标',
	hidden: (n: number) => `另有 ${n} 个指标本年无数值，未显示`,
	toTrends: (name: string) => `在趋势视图中查看“${name}”`,
	sparkNote: '小图：各乡镇历年数值（同一行同一刻度，从 0 起），橙点为对比年度；▲ 为本行最大值。',
	empty: '所选乡镇的年报中没有任何指标数值。'
};

export type Words = typeof zh;

export const compareText: Record<Lang, Words> = bilingual('compare', zh);
