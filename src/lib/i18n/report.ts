// The report view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
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

const en: typeof zh = {
	title: (town, year) => `${town} ${year} annual report`,
	pageTitle: 'Report',
	meta: 'About this report',
	fields: {
		town: 'Town', county: 'County', city: 'City', province: 'Province', year: 'Year', format: 'Format', published: 'Published',
		status: 'Status', source: 'Source file', n_values: 'Values found', report_id: 'Report id', dataset: 'Dataset', body: 'Issued by'
	},
	formats: { pre2019_table: 'Pre-2019 statistics table', std2019: '2019 standard tables', std2021: '2021 standard tables', prose: 'Prose only' },
	statuses: { ok: 'OK', partial: 'Partly recognised', unrecognized: 'Not recognised as a report', unreadable: 'Unreadable' },
	warningCodes: {
		conflict: 'Prose and table disagree', unrecognized_table_row: 'Unrecognised table row', year_mismatch: 'Year mismatch',
		encoding_guessed: 'Encoding guessed', unreadable: 'Unreadable', not_a_report: 'Not a report', extract_error: 'Extraction error',
		duplicate: 'Duplicate file', town_ambiguous: 'Town ambiguous', town_unknown: 'Town unknown'
	},
	reportWarnings: 'Notes on the whole report',
	otherWarnings: 'Other notes',
	values: (n) => `Values found (${n})`,
	valuesHint: 'Click a value to jump to its sentence in the text; click a highlight in the text to select its value.',
	noValues: 'No values were found in this report.',
	text: 'Report text (normalised)',
	textHint: 'Highlights are the sentences each value comes from; hover one for its indicator.',
	noText: 'The dataset does not ship the text of this report.',
	origin: { table: 'table', prose: 'prose' },
	unplaced: 'Its sentence could not be found in the text; not highlighted.',
	relocated: 'The offsets do not match the text; highlighted where the sentence occurs.',
	selected: 'Selected value',
	showInList: 'Show in the list',
	loading: 'Reading the report…',
	unknownIndicator: (id) => `The indicator “${id}” the link points to is not in this report.`
};

export const reportText: Record<Lang, typeof zh> = { zh, en };

/** The shared dictionary with the report view's words under `report` (`withWords`), as its components take it. */
export type ReportDict = Dict & { report: typeof zh };
