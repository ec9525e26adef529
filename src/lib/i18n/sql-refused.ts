// The SQL console's refusals and errors, said in both languages at once (the console shows Chinese and
// English side by side whatever the page's language), so both are always loaded with the data view.
const zh = {
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

export const sqlRefusalText = { zh, en };
