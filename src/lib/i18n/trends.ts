// The trends view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';

const zh = {
	modes: { abs: '数值', index: '指数（首年=100）', yoy: '同比变化 %' },
	scales: { linear: '线性', log: '对数' },
	trendTitle: (name: string, unit: string, mode: string, scope: string, from: number, to: number) =>
		`${scope}${name}${mode}（${unit}），${from}–${to} 年`,
	trendModeWord: { abs: '', index: '指数', yoy: '同比变化' },
	trendUnit: { index: '首年=100', yoy: '%' },
	trendScope: (n: number) => `${n} 个乡镇`,
	axisIndex: '指数（首年=100）',
	axisYoy: '同比变化（%）',
	logGaps: (n: number) => `对数刻度无法显示零或负数：${n} 个点以空缺显示。`,
	zeroBase: (towns: string) => `${towns} 首年数值为 0，无法计算指数。`,
	yoyFromZero: (n: number) => `上年为 0 时无法计算同比：${n} 个点以空缺显示。`,
	noData: '所选乡镇和年度没有该指标的数值。',
	hollowNote: '空心点为约数或至少；断开处为当年未报告。',
};

export type Words = typeof zh;

export const trendsText: Record<Lang, Words> = bilingual('trends', zh);
