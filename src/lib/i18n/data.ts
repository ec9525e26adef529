// The data view's words, apart from the shared dictionary so other pages do not load them. Its
// components take `t: DataDict`, the shared dictionary with these words as `t.data`.
import type { Lang } from '$lib/charts/format';
import { bilingual } from './bilingual';
import type { Dict } from './zh';

const zh = {
	intro: '按乡镇和年度查看年报覆盖情况，筛选全部数值，或用 SQL 自行查询；每个数值都可打开原文。',
	tabs: { coverage: '覆盖情况', values: '数值表', sql: 'SQL 查询' } as Record<string, string>,
	tabsLabel: '数据视图',
	all: '全部',
	group: '指标类别',
	qualifierLabel: '数值性质',
	originLabel: '来源',
	origins: { table: '表格', prose: '正文' } as Record<string, string>,
	coverageTitle: (region: string) => `${region}年报覆盖情况（乡镇 × 年度）`,
	provinceCoverageTitle: '全国年报覆盖情况（省 × 年度）',
	provinceCoverageHint: '每格为该省当年报送年报的乡镇数，颜色越深报送比例越高（省级汇总表）。点击省名查看该省各乡镇。',
	provinceCell: (province: string, year: number, filed: string, known: string, pct: string) => `${province} ${year} 年：${known} 个乡镇中 ${filed} 个报送（${pct}%）`,
	coverageHint: '每格是一个乡镇一年的年报：数字为识别出的数值个数，⚠ 为提示条数，×2 表示同年有两份；空格为未报送。方向键移动，回车打开报告。',
	notFiled: '未报送',
	cellLabel: (town: string, year: number, n: number, w: number, reports: number) =>
		`${town} ${year} 年：识别出 ${n} 个数值${w ? `，${w} 条提示` : ''}${reports > 1 ? `，共 ${reports} 份` : ''}`,
	notFiledLabel: (town: string, year: number) => `${town} ${year} 年：未报送`,
	legend: '颜色越深，识别出的数值越多',
	townsPage: (from: number, to: number, total: number) => `乡镇 ${from}–${to}，共 ${total} 个`,
	prev: '上一页',
	next: '下一页',
	valuesTitle: (n: number) => `数值表（${n} 条）`,
	valuesHint: '点击表头排序；点击数值打开原文。',
	cols: { town: '乡镇', county: '县（市、区）', year: '年度', indicator: '指标', value: '数值', qualifier: '性质', origin: '来源', quote: '原句' } as Record<string, string>,
	sortBy: (col: string) => `按${col}排序`,
	rowsPage: (from: number, to: number, total: number) => `第 ${from}–${to} 条，共 ${total} 条`,
	noValues: '没有符合筛选条件的数值。',
	download: '下载',
	downloadNote: (cap: number) => `下载最多包含 ${cap.toLocaleString('zh-CN')} 行。`,
	preparing: '正在生成文件…',
	tablesTitle: '原始数据表（与命令行输出同结构）',
	sqlTitle: 'SQL 查询（只读）',
	sqlHint: '可查询的表：reports（年报）、vals（数值）、warnings（提示）、indicators（指标目录），以及 town_reports、towns、regions。只允许一条 SELECT、WITH、DESCRIBE 或 SUMMARIZE 语句。',
	editor: 'SQL 语句',
	run: '运行',
	cancel: '取消',
	running: '正在运行…',
	cancelled: '查询已取消。',
	fromLink: '这条查询来自链接，尚未运行；检查后请按“运行”。',
	examples: '示例查询',
	exampleList: [
		{ label: '各年度年报与数值个数', sql: 'SELECT year, count(DISTINCT report_id) AS reports, count(*) AS "values"\nFROM vals JOIN reports USING (report_id)\nGROUP BY year ORDER BY year' },
		{ label: '主动公开信息最多的乡镇', sql: "SELECT r.town, r.county, r.year, v.value, v.qualifier\nFROM vals v JOIN reports r USING (report_id)\nWHERE v.indicator = 'active.total'\nORDER BY v.value DESC LIMIT 20" },
		{ label: '正文与表格不一致的提示', sql: "SELECT r.town, r.year, w.indicator, w.message\nFROM warnings w JOIN reports r USING (report_id)\nWHERE w.code = 'conflict'" },
		{ label: '数值表的列和统计', sql: 'SUMMARIZE vals' }
	],
	resultCount: (shown: number, total: number, ms: number) =>
		shown < total
			? `共 ${total.toLocaleString('zh-CN')} 行，显示前 ${shown.toLocaleString('zh-CN')} 行（${Math.round(ms)} 毫秒）`
			: `共 ${total.toLocaleString('zh-CN')} 行（${Math.round(ms)} 毫秒）`,
	noRows: '查询没有返回任何行。',
	tooLongForLink: (max: number) => `查询超过 ${max.toLocaleString('zh-CN')} 个字符，未写入链接。`,
};

export type Words = typeof zh;

export const dataText: Record<Lang, Words> = bilingual('data', zh);

export type DataDict = Dict & { data: typeof zh };
