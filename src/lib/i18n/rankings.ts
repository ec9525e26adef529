// The ranking view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';

const zh = {
	title: (name: string, unit: string, scope: string, region: string, asc: boolean) =>
		`${region}${name}（${unit}）排名 · ${scope}${asc ? ' · 从少到多' : ''}`,
	rank: (r: number) => `第 ${r} 名`,
	order: '排序',
	orders: { desc: '从多到少', asc: '从少到多' },
	showAll: (n: number) => `显示全部 ${n} 个乡镇`,
	showTop: (n: number) => `只显示前 ${n} 名`,
	topOf: (shown: number, total: number) => `图中显示 ${shown} 个乡镇（共 ${total} 个有数值），表格同图，CSV 含全部乡镇`,
	fresh: '新',
	move: (m: string) => `名次较上年 ${m}`,
	prev: (year: number, value: string, rank: string) => `${year} 年：${value}，${rank}`,
	colPrev: (year: number) => `${year} 年数值`,
	colMove: '名次较上年',
	moveNote: '▲ 名次上升，▼ 名次下降，– 名次不变，新 = 上年无数值',
	noReport: (n: number, year: number, known: number) =>
		`另有 ${n} 个乡镇未提交 ${year} 年年报（本地区已知 ${known} 个乡镇），不在排名中。`
};

export type Words = typeof zh;

export const rankingsText: Record<Lang, Words> = bilingual('rankings', zh);
