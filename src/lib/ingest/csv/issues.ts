// What can be wrong with an imported CSV, each in Chinese and English, with the file, row and
// column, and what happens to the data (a value or a row not imported, the file refused). Nothing
// is dropped without one of these.

export type Severity = 'error' | 'notice';

export interface CsvIssue {
	file: string;
	/** spreadsheet row number: 1 is the header, 2 the first data row; 0 = the whole file */
	row: number;
	/** column name ('' = the whole row or file) */
	column: string;
	code: string;
	severity: Severity;
	zh: string;
	en: string;
}

type Say = { code: string; zh: string; en: string; severity?: Severity };

const VALUE_SKIPPED = ['该值未导入', 'this value is not imported'] as const;
const ROW_SKIPPED = ['该行未导入', 'this row is not imported'] as const;
const FILE_SKIPPED = ['该文件未导入', 'this file is not imported'] as const;

const value = (code: string, zh: string, en: string): Say => ({ code, zh: `${zh}，${VALUE_SKIPPED[0]}`, en: `${en}; ${VALUE_SKIPPED[1]}` });
const row = (code: string, zh: string, en: string): Say => ({ code, zh: `${zh}，${ROW_SKIPPED[0]}`, en: `${en}; ${ROW_SKIPPED[1]}` });
const file = (code: string, zh: string, en: string): Say => ({ code, zh: `${zh}，${FILE_SKIPPED[0]}`, en: `${en}; ${FILE_SKIPPED[1]}` });

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export const SAY = {
	tooLarge: (size: number, max: number) => file('too_large', `文件 ${mb(size)} MB，超过 CSV 导入上限 ${mb(max)} MB（未读取）`, `the file is ${mb(size)} MB, over the ${mb(max)} MB limit for CSV imports (not read)`),
	empty: () => file('empty', '文件为空', 'the file is empty'),
	binary: () => file('binary', '文件不是文本（二进制或无法解码）', 'the file is not text (binary or undecodable)'),
	encodingGuessed: (enc: string): Say => ({ code: 'encoding_guessed', severity: 'notice', zh: `文件不是 UTF-8，已按 ${enc.toUpperCase()} 读取，请核对中文是否正确`, en: `not UTF-8; read as ${enc.toUpperCase()} — check that the Chinese reads right` }),
	undecodable: () => value('encoding', '含有无法解码的字符（文件编码有误？）', 'holds characters that could not be decoded (wrong file encoding?)'),
	parse: (why: string) => row('parse', `CSV 格式错误：${why}`, `malformed CSV: ${why}`),
	unknownShape: (cols: string) =>
		file('unknown_shape', `无法识别的表头（${cols}）：应为 town,county,year,<指标编号>…，或 TownLens 的 reports.csv / values.csv / warnings.csv`, `unrecognised header (${cols}): expected town,county,year,<indicator id>…, or TownLens reports.csv / values.csv / warnings.csv`),
	missingColumn: (col: string) => file('missing_column', `缺少列 ${col}`, `the column ${col} is missing`),
	duplicateColumn: () => ({ code: 'duplicate_column', zh: `列名重复，只使用第一列，${VALUE_SKIPPED[0]}`, en: `the column name repeats; only the first is read, ${VALUE_SKIPPED[1]}` }),
	unknownIndicator: () => ({ code: 'unknown_indicator', zh: '不是指标目录中的指标编号，该列未导入', en: 'not an indicator id of the catalog; this column is not imported' }),
	notANumber: (raw: string) => value('not_a_number', `“${raw}” 不是数字`, `“${raw}” is not a number`),
	negative: (raw: string) => value('negative', `“${raw}” 为负数，计数不能为负`, `“${raw}” is negative; counts cannot be`),
	notAFlag: (raw: string) => value('not_a_flag', `“${raw}” 应为 1（是）或 0（否）`, `“${raw}” should be 1 (yes) or 0 (no)`),
	unclosedQuote: () => file('unclosed_quote', '引号未闭合（从这一行起的内容都在一个单元格里），其余内容未读取', 'a quote never closes (everything from this row on would be one cell); the rest was not read'),
	missingTown: () => row('missing_town', '缺少乡镇名称', 'the town is missing'),
	missingYear: () => row('missing_year', '缺少年度', 'the year is missing'),
	badYear: (raw: string, lo: number, hi: number) => row('bad_year', `年度 “${raw}” 无效（应为 ${lo}–${hi}）`, `the year “${raw}” is not valid (${lo}–${hi})`),
	duplicate: (where: string) => value('duplicate', `同一乡镇、年度、指标已在 ${where} 给出`, `the same town, year and indicator is already given at ${where}`),
	badEnum: (raw: string, allowed: readonly string[]) => value('bad_value', `“${raw}” 不是有效取值（${allowed.join(' | ')}）`, `“${raw}” is not a valid value (${allowed.join(' | ')})`),
	badReportId: (raw: string) => row('bad_report_id', `报告编号 “${raw}” 应为 16 位十六进制字符`, `the report id “${raw}” should be 16 hex digits`),
	duplicateReport: (id: string) => row('duplicate_report', `报告编号 ${id} 重复`, `the report id ${id} repeats`),
	unknownReport: (id: string) => row('unknown_report', `报告编号 ${id} 不在同时导入的 reports.csv 中`, `the report id ${id} is not in the reports.csv imported with it`),
	alreadyImported: (id: string): Say => ({ code: 'already_imported', severity: 'notice', zh: `报告 ${id} 之前已导入，跳过`, en: `report ${id} was imported before; skipped` }),
	unknownIndicatorValue: (id: string) => value('unknown_indicator', `“${id}” 不是指标目录中的指标编号`, `“${id}” is not an indicator id of the catalog`),
	needsReports: (name: string) => file('needs_reports', `${name} 需要与对应的 reports.csv 一同导入`, `${name} must be imported together with its reports.csv`),
	tooManyValues: (max: number) => file('too_many_values', `本次导入的数值超过 ${max.toLocaleString('zh-CN')} 条，其余未读取`, `this import passes ${max.toLocaleString('en')} values; the rest was not read`)
};

export function issue(fileName: string, rowNo: number, column: string, say: Say): CsvIssue {
	return { file: fileName, row: rowNo, column, code: say.code, severity: say.severity ?? 'error', zh: say.zh, en: say.en };
}
