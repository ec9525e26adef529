// The import view's words, apart from the shared dictionary so other pages do not load them.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';
import type { Dict } from '$lib/i18n';

const zh = {
	intro: '把乡镇年报文件（.txt、.html、.docx）或 CSV 表格拖到下面，或点击选择。文件只在本机浏览器中读取和保存，不会上传到任何地方。',
	drop: '把文件或文件夹拖到这里',
	pickFiles: '选择文件…',
	pickFolder: '选择文件夹…',
	accepts: '年报：.txt .html .htm .docx（UTF-8、UTF-16、GB18030）；表格：CSV（town,county,year,指标编号… 或 TownLens 导出的 reports.csv、values.csv、warnings.csv）',
	reading: (done: number, total: number, file: string) => `正在读取 ${done} / ${total}：${file}`,
	cancel: '取消',
	cancelled: '已取消，没有导入任何内容。',
	previewTitle: '导入预览（尚未保存）',
	previewCounts: (reports: number, values: number, warnings: number) => `将添加 ${reports} 份报告、${values} 个数值、${warnings} 条提示。`,
	nothing: '这些文件中没有可以导入的内容。',
	confirm: '确认导入',
	discard: '放弃',
	saving: '正在保存…',
	saved: (reports: number, values: number) => `已保存：${reports} 份报告、${values} 个数值。重新打开页面后仍在。`,
	openIn: '在数据视图中查看：',
	filesTitle: (n: number) => `文件（${n}）`,
	showAll: (n: number) => `显示全部 ${n} 个文件`,
	cols: { file: '文件', status: '状态', town: '乡镇', year: '年度', values: '数值', warnings: '提示', reason: '说明' } as Record<string, string>,
	statuses: {
		ok: '正常', partial: '部分识别', unrecognized: '不是年报', unreadable: '无法读取', csv: 'CSV 表格', refused: '未导入', skipped: '已跳过', already: '已导入过'
	} as Record<string, string>,
	csvLine: (rows: number, values: number, errors: number) => `读取 ${rows} 行，${values} 个数值${errors ? `，${errors} 处错误` : ''}`,
	openReport: '查看报告',
	issuesTitle: (errors: number, notices: number) => `表格中的问题：${errors} 处错误${notices ? `，${notices} 条提示` : ''}`,
	issuesNote: '有错误的单元格或行不会导入，其余内容可以照常导入。修改文件后可以再次导入。',
	issuesMore: (shown: number, total: number) => `仅显示前 ${shown} 条，共 ${total} 条。`,
	issuesDownload: '下载全部问题（CSV）',
	issueCols: { file: '文件', row: '行', column: '列', message: '问题' } as Record<string, string>,
	wholeFile: '整个文件',
	townsTitle: '以下乡镇名称在全国有多个，请选择所属县（选择会被记住，用于以后的导入）：',
	townReports: (town: string, n: number) => `${town}（${n} 份报告）`,
	townPick: '选择所属县…',
	townRemembered: '已按上次的选择',
	listTitle: '本机已导入的数据',
	listEmpty: '还没有导入任何数据。',
	listCols: { when: '导入时间', files: '文件', reports: '报告', values: '数值', warnings: '提示' } as Record<string, string>,
	moreFiles: (n: number) => `等 ${n} 个文件`,
	remove: '删除',
	removeAll: '全部删除',
	confirmRemoveAll: '确定删除本机导入的全部数据？此操作不能撤销。',
	confirmRemove: (when: string) => `确定删除 ${when} 的这次导入？`,
	removed: '已删除。',
	exportZip: '导出全部（zip：三个 CSV 和原文）',
	exporting: '正在打包…',
	usage: (used: string, quota: string) => `浏览器存储：已用 ${used}，上限约 ${quota}`,
	storageError: '浏览器存储出错',
	privacy: '所有处理都在本机进行：文件不会上传，页面只从本站读取程序和区划库。',
	throughput: (n: number, s: number) => `读取 ${n} 个文件用时 ${s.toFixed(1)} 秒`
};

export type Words = typeof zh;

export const importText: Record<Lang, Words> = bilingual('import', zh);

/** The shared dictionary with the import view's words under `import` (`withWords`), as its components take it. */
export type ImportDict = Dict & { import: typeof zh };
