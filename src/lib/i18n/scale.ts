// The national dataset's words (rankings pages), apart from the shared dictionary so other datasets' pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';

const zh = {
	national: (year: number) => `全国各乡镇 · ${year} 年`,
	page: (from: number, to: number, ranked: number) => `第 ${from}–${to} 名，共 ${ranked} 个乡镇有数值`,
	prev: '上一页',
	next: '下一页',
	first: '回到前 50 名',
	own: (n: number) => `另显示你选的 ${n} 个乡镇（不在本页的排在最后）`,
	pager: '排名分页'
};

export type Words = typeof zh;

export const scaleText: Record<Lang, Words> = bilingual('scale', zh);
