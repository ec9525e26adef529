// The data view's words, apart from the shared dictionary so other pages do not load them. Its
// components take `t: DataDict`, the shared dictionary with these words as `t.data`.
import type { Lang } from '$lib/charts/format';
import { plural } from './plural';
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
	refusedTitle: '未运行：只允许只读查询',
	refused: {
		empty: () => '请输入一条查询语句。',
		too_long: (max: number) => `语句过长（最多 ${max.toLocaleString('zh-CN')} 个字符）。`,
		unterminated: (what: string) => `${what === 'comment' ? '注释' : what === 'identifier' ? '带引号的名称' : '字符串'}没有结束。`,
		unbalanced: () => '括号不配对。',
		multiple: () => '一次只能运行一条语句（分号后还有内容）。',
		not_read_only: (word: string) => `只允许 SELECT、WITH、DESCRIBE、SUMMARIZE 查询，不能运行 ${word || '这种语句'}。`,
		refused_word: (word: string) => `语句中含有会修改数据或访问外部的 ${word}。`,
		file_function: (word: string) => `不能用 ${word}() 读取文件或网址，也不能执行文本形式的 SQL。`,
		file_literal: (word: string) => `不能把 “${word}” 当作表读取（文件或网址）。`,
		unknown_table: (word: string) =>
			`没有名为 “${word}” 的表（也不会把它当作文件或网址读取）：可查询 reports、vals、warnings、indicators、town_reports、towns、regions 和 WITH 定义的名称。`
	},
	queryError: '查询出错'
};

const en: typeof zh = {
	intro: 'Which towns filed which years, every value with filters, and your own SQL; every value opens its source sentence.',
	tabs: { coverage: 'Coverage', values: 'Values', sql: 'SQL' },
	tabsLabel: 'Data views',
	all: 'All',
	group: 'Indicator group',
	qualifierLabel: 'Qualifier',
	originLabel: 'Origin',
	origins: { table: 'table', prose: 'prose' },
	coverageTitle: (region) => `Reports filed${region ? ` in ${region}` : ''} (town × year)`,
	coverageHint: 'Each cell is one town’s report for one year: the number is the values found, ⚠ the warnings, ×2 two reports that year; empty = not filed. Arrow keys move, Enter opens the report.',
	notFiled: 'not filed',
	cellLabel: (town, year, n, w, reports) =>
		`${town} ${year}: ${plural(n, 'value')}${w ? `, ${plural(w, 'warning')}` : ''}${reports > 1 ? `, ${reports} reports` : ''}`,
	notFiledLabel: (town, year) => `${town} ${year}: not filed`,
	legend: 'Darker = more values found',
	townsPage: (from, to, total) => `Towns ${from}–${to} of ${total}`,
	prev: 'Previous',
	next: 'Next',
	valuesTitle: (n) => `Values (${n.toLocaleString('en')})`,
	valuesHint: 'Click a column head to sort; click a value to open its source.',
	cols: { town: 'Town', county: 'County', year: 'Year', indicator: 'Indicator', value: 'Value', qualifier: 'Qualifier', origin: 'Origin', quote: 'Sentence' },
	sortBy: (col) => `Sort by ${col}`,
	rowsPage: (from, to, total) => `Rows ${from}–${to} of ${total.toLocaleString('en')}`,
	noValues: 'No values match the filters.',
	download: 'Download',
	downloadNote: (cap) => `Downloads hold at most ${cap.toLocaleString('en')} rows.`,
	preparing: 'Preparing the file…',
	tablesTitle: 'Raw tables (same structure as the command-line output)',
	sqlTitle: 'SQL (read-only)',
	sqlHint: 'Tables: reports, vals (values), warnings, indicators (catalog), and town_reports, towns, regions. One SELECT, WITH, DESCRIBE or SUMMARIZE statement.',
	editor: 'SQL statement',
	run: 'Run',
	cancel: 'Cancel',
	running: 'Running…',
	cancelled: 'The query was cancelled.',
	fromLink: 'This query came with the link and has not run; check it, then press Run.',
	examples: 'Examples',
	exampleList: [
		{ label: 'Reports and values per year', sql: 'SELECT year, count(DISTINCT report_id) AS reports, count(*) AS "values"\nFROM vals JOIN reports USING (report_id)\nGROUP BY year ORDER BY year' },
		{ label: 'Towns disclosing the most items', sql: "SELECT r.town, r.county, r.year, v.value, v.qualifier\nFROM vals v JOIN reports r USING (report_id)\nWHERE v.indicator = 'active.total'\nORDER BY v.value DESC LIMIT 20" },
		{ label: 'Prose and table disagree', sql: "SELECT r.town, r.year, w.indicator, w.message\nFROM warnings w JOIN reports r USING (report_id)\nWHERE w.code = 'conflict'" },
		{ label: 'Columns and statistics of the values', sql: 'SUMMARIZE vals' }
	],
	resultCount: (shown, total, ms) =>
		shown < total
			? `${total.toLocaleString('en')} rows, the first ${shown.toLocaleString('en')} shown (${Math.round(ms)} ms)`
			: `${total.toLocaleString('en')} rows (${Math.round(ms)} ms)`,
	noRows: 'The query returned no rows.',
	tooLongForLink: (max) => `The query is longer than ${max.toLocaleString('en')} characters and was not put in the link.`,
	refusedTitle: 'Not run: only read-only queries are allowed',
	refused: {
		empty: () => 'Type a query.',
		too_long: (max) => `The statement is too long (at most ${max.toLocaleString('en')} characters).`,
		unterminated: (what) => `A ${what === 'comment' ? 'comment' : what === 'identifier' ? 'quoted name' : 'string'} is not closed.`,
		unbalanced: () => 'The parentheses do not match.',
		multiple: () => 'One statement at a time (there is more after a semicolon).',
		not_read_only: (word) => `Only SELECT, WITH, DESCRIBE and SUMMARIZE queries run, not ${word || 'this statement'}.`,
		refused_word: (word) => `The statement contains ${word}, which changes data or reaches outside.`,
		file_function: (word) => `${word}() reads files or URLs or runs SQL given as text: not allowed.`,
		file_literal: (word) => `“${word}” cannot be read as a table (a file or URL).`,
		unknown_table: (word) =>
			`There is no table “${word}” (and it is not read as a file or URL): query reports, vals, warnings, indicators, town_reports, towns, regions or a WITH name.`
	},
	queryError: 'The query failed'
};

export const dataText: Record<Lang, typeof zh> = { zh, en };

export type DataDict = Dict & { data: typeof zh };
