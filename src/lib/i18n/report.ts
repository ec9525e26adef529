// The report view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';
import type { Dict } from '$lib/i18n';

const zh = {
	title: (town: string, year: string) => `${town} ${year} 年报原文`,
	pageTitle: '报告',
	meta: '报告信息',
	fields: {
		town: '乡镇', county: '县（市、区）', city: '市', province: '省', year: '年度', format: '格式', published: '发布日期',
		status: '识别状态', source: '源文件', n_values: '识别出的数值', report_id: '报告编号', dataset: '数据集', body: '发布机关'
	} as Record<string, string>,
	formats: { pre2019_table: '2019 年前统计表', std2019: '2019 版统一表格', std2021: '2021 版统一表格', prose: '纯文字' } as Record<string, string>,
	statuses: { ok: '正常', partial: '部分识别', unrecognized: '未识别为年报', unreadable: '无法读取' } as Record<string, string>,
	warningCodes: {
		conflict: '正文与表格不一致', unrecognized_table_row: '表格行未识别', year_mismatch: '年度不一致', encoding_guessed: '编码为推测',
		unreadable: '无法读取', not_a_report: '不是年报', extract_error: '提取出错', duplicate: '重复文件', town_ambiguous: '乡镇不唯一',
		town_unknown: '乡镇未知'
	} as Record<string, string>,
	reportWarnings: '关于整份报告的提示',
	otherWarnings: '其他提示',
	values: (n: number) => `识别出的数值（${n}）`,
	valuesHint: '点击数值可跳到原文中对应的句子；点击原文中的高亮可选中对应数值。',
	noValues: '这份报告中没有识别出数值。',
	text: '报告原文（规范化文本）',
	textHint: '高亮部分是每个数值所依据的原句；悬停可看到指标名称。',
	noText: '该数据集没有提供这份报告的原文。',
	origin: { table: '表格', prose: '正文' } as Record<string, string>,
	unplaced: '原句未能在原文中定位，未高亮。',
	relocated: '偏移量与原文不符，已按原句位置高亮。',
	selected: '已选数值',
	showInList: '在列表中查看',
	loading: '正在读取报告…',
	unknownIndicator: (id: string) => `链接指向的指标 “${id}” 不在这份报告中。`
};

export type Words = typeof zh;

export const reportText: Record<Lang, Words> = bilingual('report', zh);

/** The shared dictionary with the report view's words under `report` (`withWords`), as its components take it. */
export type ReportDict = Dict & { report: typeof zh };
