import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { detectStdFormat, parseTables } from './index';
import {
	APPLY_2019,
	APPLY_2021,
	APPLY_VALUES,
	REVIEW,
	REVIEW_VALUES,
	RULES_2019,
	RULES_2019_VALUES,
	RULES_2021,
	RULES_2021_VALUES,
	cellLines,
	pipeFragments,
	rowLines,
	type Rows
} from './std-fixtures';
import { identity, quoteOf, values } from './test-helpers';

const ALL_2019: Rows = [...RULES_2019, ...APPLY_2019, ...REVIEW];
const ALL_2021: Rows = [...RULES_2021, ...APPLY_2021, ...REVIEW];
const VALUES_2019 = { ...RULES_2019_VALUES, ...APPLY_VALUES, 'outcome.other': 1, ...REVIEW_VALUES };
const VALUES_2021 = { ...RULES_2021_VALUES, ...APPLY_VALUES, ...REVIEW_VALUES };

const prose = '一、总体情况\n\n全年主动公开政府信息120条，收到申请7件。\n\n';

describe('2019 standard tables', () => {
	it.each([
		['one cell per line', cellLines],
		['one row per line', rowLines],
		['pipe fragments', pipeFragments]
	])('reads tables 二, 三 and 四 laid out %s', (_, layout) => {
		const r = parseTables(identity(prose + layout(ALL_2019)));
		expect(r.format).toBe('std2019');
		expect(values(r.candidates)).toEqual(VALUES_2019);
		expect(r.candidates.every((c) => c.origin === 'table' && c.qualifier === 'exact')).toBe(true);
		expect(r.warnings).toEqual([]);
	});

	it('reads the whole table flattened into one line', () => {
		const text = prose + ALL_2019.flat().map((c) => c.replace(/\n/g, '')).join(' ');
		expect(values(parseTables(identity(text)).candidates)).toEqual(VALUES_2019);
	});

	it('quotes the row label through the cell of the value', () => {
		const text = rowLines(APPLY_2019);
		const r = parseTables(identity(text));
		expect(quoteOf(r.candidates, text, 'apply.received')).toBe('一、本年新收政府信息公开申请数量 5 1 0 0 1 0 7');
		expect(quoteOf(r.candidates, text, 'apply.by_person')).toBe('一、本年新收政府信息公开申请数量 5');
	});

	it('quotes table 四 from the header of the column group', () => {
		const text = rowLines(REVIEW);
		const r = parseTables(identity(text));
		expect(quoteOf(r.candidates, text, 'review.upheld')?.startsWith('行政复议 行政诉讼')).toBe(true);
		expect(quoteOf(r.candidates, text, 'litigation.after_review')?.startsWith('复议后起诉')).toBe(true);
		expect(quoteOf(r.candidates, text, 'litigation.after_review')?.endsWith('0 0 1 0 1')).toBe(true);
	});

	it('reads table 三 with the 总计 column placed before 自然人', () => {
		const moveTotal = (row: string[]): string[] =>
			row.length === 8 ? [row[0], row[7], ...row.slice(1, 7)] : row;
		const rows: Rows = [
			...APPLY_2019.slice(0, 3),
			['总计', '自然人', '法人或其他组织'],
			APPLY_2019[4],
			...APPLY_2019.slice(5).map(moveTotal)
		];
		const r = parseTables(identity(cellLines(rows)));
		expect(values(r.candidates)).toEqual({ ...APPLY_VALUES, 'outcome.other': 1 });
	});

	it('reads table 三 reduced to 自然人 / 法人或其他组织 / 总计', () => {
		const text = rowLines([
			['三、收到和处理政府信息公开申请情况'],
			['申请人情况', '自然人', '法人或其他组织', '总计'],
			['一、本年新收政府信息公开申请数量', '3', '2', '5'],
			['(七)总计', '3', '2', '5']
		]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'apply.by_person': 3,
			'apply.received': 5,
			'outcome.total': 5
		});
	});

	it('skips the extra rows 行政检查 and 行政确认 and mangled header fragments', () => {
		const rows: Rows = [
			...RULES_2019.slice(0, 2),
			['信息内容', '本年新', '本年新', '对外公开总数量'],
			...RULES_2019.slice(3, 8),
			['其他对外管理服务事项', '行政检查', '0', '0', '0'],
			['行政确认', '0', '0', '0'],
			...RULES_2019.slice(9)
		];
		const r = parseTables(identity(pipeFragments(rows)));
		expect(values(r.candidates)).toEqual(RULES_2019_VALUES);
	});

	it('accepts "本年增\\减" and full-width brackets in the headers', () => {
		const text = cellLines(RULES_2019)
			.replaceAll('本年增/减', '本年增\\减')
			.replaceAll('第二十条第(', '第二十条第（')
			.replaceAll(')项', '）项');
		expect(values(parseTables(identity(text)).candidates)).toEqual(RULES_2019_VALUES);
	});

	it('keeps what a page cut off mid-table states, and nothing more', () => {
		const text = cellLines(ALL_2019);
		const cut = text.slice(0, text.indexOf('2.其他法律行政法规禁止公开') + 1);
		const got = values(parseTables(identity(cut)).candidates);
		expect(got['outcome.refused_state_secret']).toBe(0);
		expect(got['outcome.refused_law']).toBeUndefined();
		expect(Object.entries(got).every(([k, v]) => (VALUES_2019 as Record<string, number>)[k] === v)).toBe(true);
	});

	it('reads a row cut after its first columns by position', () => {
		const text = rowLines([...APPLY_2019.slice(0, 5), ['一、本年新收政府信息公开申请数量', '5', '1']]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({ 'apply.by_person': 5, 'apply.by_business': 1 });
	});

	it.each([
		['one cell per line', cellLines],
		['one row per line', rowLines]
	])('gives no value from a row that lost a cell without a marker (%s), and reads the rows around it', (_, layout) => {
		const dropOne = (label: string, at: number) => (row: string[]) =>
			row[0] === label ? row.filter((_, k) => k !== at) : row;
		const rows = ALL_2019.map(dropOne('一、本年新收政府信息公开申请数量', 3)).map(dropOne('规范性文件', 2));
		const got = values(parseTables(identity(prose + layout(rows))).candidates);
		const lost = ['apply.by_person', 'apply.by_business', 'apply.by_research', 'apply.by_ngo', 'apply.by_legal', 'apply.by_other_org', 'apply.received', 'rule.normative_issued', 'rule.normative_valid'];
		const expected = Object.fromEntries(Object.entries(VALUES_2019).filter(([k]) => !lost.includes(k)));
		expect(got).toEqual(expected);
	});

	it('treats a dash cell as empty: no value, and later cells keep their columns', () => {
		const text = rowLines([['第二十条第(一)项'], RULES_2019[2], ['规章', '-', '—', '/'], ['规范性文件', '4', '-', '6']]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({ 'rule.normative_issued': 4, 'rule.normative_valid': 6 });
	});

	it('splits a group label from its first item written in one cell', () => {
		const rows = APPLY_2019.map((r) => (r[0] === '(三)不予公开' ? [r[0] + r[1], ...r.slice(2)] : r));
		const rowsNoSpace = rows
			.map((r) => (r[0] === '(四)无法提供' ? [r[0] + r[1], ...r.slice(2)] : r))
			.filter((r) => r[0] !== '三、本年度办理结果')
			.map((r) => (r[0] === '(一)予以公开' ? ['三、本年度办理结果(一)予以公开', ...r.slice(1)] : r));
		const got = values(parseTables(identity(rowLines(rowsNoSpace))).candidates);
		expect(got).toEqual({ ...APPLY_VALUES, 'outcome.other': 1 });
	});

	it('reads labels a page broke with spaces, and long explanations split into pieces', () => {
		const text = rowLines([
			['第二十条第(五)项'],
			['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
			['行政', '许可', '1', '0', '2'],
			...APPLY_2019.slice(0, 5),
			['一、本年新收政府信息', '公开申请数量', ...'5 1 0 0 1 0 7'.split(' ')],
			['(二)部分公开', '(区分处理的', '只计这一情形', '不计其他情形)', ...'1 0 0 0 0 0 1'.split(' ')],
			['(四)无法提供 1.本机关不掌握', '相关政府信息', ...'1 0 0 0 0 0 1'.split(' ')],
			['(七)', '总计', ...'7 1 0 0 1 0 9'.split(' ')]
		]);
		const got = values(parseTables(identity(text)).candidates);
		expect(got['rule.licensing']).toBe(2);
		expect(got['apply.received']).toBe(7);
		expect(got['outcome.partial']).toBe(1);
		expect(got['outcome.not_held']).toBe(1);
		expect(got['outcome.total']).toBe(9);
	});

	it('does not lend the numbers of an unknown row to a row left empty above it', () => {
		const text = rowLines([RULES_2019[5], RULES_2019[6], ['行政许可'], ['行政备案', '1', '2', '3'], ['行政处罚', '0', '0', '4']]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({ 'rule.punishment': 4 });
	});

	it('warns about an unknown numbered row of table 三', () => {
		const rows: Rows = [...APPLY_2019.slice(0, 27), ['(八)移送其他机关处理', ...'0 0 0 0 0 0 0'.split(' ')], ...APPLY_2019.slice(27)];
		const r = parseTables(identity(cellLines(rows)));
		expect(r.warnings.map((w) => w.code)).toEqual(['unrecognized_table_row']);
		expect(values(r.candidates)['outcome.total']).toBe(9);
	});
});

describe('2021 standard tables', () => {
	it.each([
		['one cell per line', cellLines],
		['one row per line', rowLines],
		['pipe fragments', pipeFragments]
	])('reads tables 二, 三 and 四 laid out %s', (_, layout) => {
		const r = parseTables(identity(prose + layout(ALL_2021)));
		expect(r.format).toBe('std2021');
		expect(values(r.candidates)).toEqual(VALUES_2021);
		expect(r.warnings).toEqual([]);
	});

	it('reads table 四 with each group header before its five numbers', () => {
		const results = '结果维持 结果纠正 其他结果 尚未审结 总计';
		const text = rowLines([
			...RULES_2021.slice(0, 3),
			REVIEW[0],
			`行政复议 ${results} 1 0 0 1 2`.split(' '),
			`行政诉讼 未经复议直接起诉 ${results} 1 1 0 0 2`.split(' '),
			`复议后起诉 ${results} 0 0 1 0 1`.split(' '),
			...REVIEW.slice(5)
		]);
		const r = parseTables(identity(text));
		expect(values(r.candidates)).toMatchObject(REVIEW_VALUES);
		expect(quoteOf(r.candidates, text, 'litigation.after_review')).toBe(`复议后起诉 ${results} 0 0 1 0 1`);
	});

	it.each([
		['one cell per line', cellLines],
		['one row per line', rowLines]
	])('reads table 四 that lost its section title (%s)', (_, layout) => {
		const rows: Rows = [...RULES_2021, ...APPLY_2021, ...REVIEW.slice(1)];
		const r = parseTables(identity(prose + layout(rows)));
		expect(values(r.candidates)).toEqual(VALUES_2021);
	});

	it('finds no untitled table 四 in a cell that merely says 行政复议', () => {
		const rows: Rows = [...RULES_2021.slice(0, 5), ['行政复议'], ['本年无相关情况。'], ['1', '0', '0', '1', '2']];
		const got = values(parseTables(identity(rowLines(rows))).candidates);
		expect(Object.keys(got).some((k) => k.startsWith('review.'))).toBe(false);
	});

	it('reads table 四 whose groups put 总计 first', () => {
		const results = '总计 结果维持 结果纠正 其他结果 尚未审结';
		const text = rowLines([
			...RULES_2021.slice(0, 3),
			REVIEW[0],
			['行政复议', '行政诉讼'],
			['总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉'],
			`${results} ${results}`.split(' '),
			'2 1 0 0 1 2 1 1 0 0 1 0 0 1 0'.split(' '),
			...REVIEW.slice(5)
		]);
		expect(values(parseTables(identity(text)).candidates)).toMatchObject(REVIEW_VALUES);
	});

	it('needs all fifteen numbers of table 四 before it sums the two kinds of lawsuit', () => {
		const rows: Rows = [...REVIEW.slice(0, 4), '1 0 0 1 2 1 1 0 0 2'.split(' ')];
		const got = values(parseTables(identity(rowLines([...RULES_2021.slice(0, 3), ...rows]))).candidates);
		expect(got['review.total']).toBe(2);
		expect(got['litigation.direct']).toBe(2);
		expect(got['litigation.total']).toBeUndefined();
		expect(got['litigation.after_review']).toBeUndefined();
	});
});

describe('traditional characters, through normalise', () => {
	it('reads a 2021 table written in traditional characters', () => {
		const text = [
			'第二十條第（一）項',
			'信息內容\t本年製發件數\t本年廢止件數\t現行有效件數',
			'行政規範性文件\t2\t1\t5',
			'三、收到和處理政府信息公開申請情況',
			'申請人情況 自然人 法人或其他組織 總計 商業企業 科研機構 社會公益組織 法律服務機構 其他',
			'一、本年新收政府信息公開申請數量 1 0 0 0 0 0 1',
			'（七）總計 1 0 0 0 0 0 1'
		].join('\n');
		const n = normalise(text);
		const r = parseTables(n);
		expect(r.format).toBe('std2021');
		expect(values(r.candidates)).toMatchObject({ 'rule.normative_valid': 5, 'apply.received': 1, 'outcome.total': 1 });
		const c = r.candidates.find((x) => x.indicator === 'rule.normative_issued');
		expect(c && n.original.slice(n.toOriginal[c.start], n.toOriginal[c.end])).toBe('行政規範性文件\t2');
	});
});

describe('format detection', () => {
	it('follows the headers, not the year', () => {
		expect(detectStdFormat('2021年度报告\n' + cellLines(RULES_2019))).toBe('std2019');
		expect(detectStdFormat('2020年度报告\n' + cellLines(RULES_2021))).toBe('std2021');
	});

	it('finds headers split over lines and pipes', () => {
		expect(detectStdFormat('信息内容 |\n本年制发\n件数 |\n本年废止件数 |')).toBe('std2021');
		expect(detectStdFormat('信息内容\n\n本年新\n\n制作数量')).toBe('std2019');
	});

	it('reads table 三 alone as a standard table', () => {
		expect(parseTables(identity(rowLines(APPLY_2019))).format).toBe('std2019');
	});

	it('does not take prose that names a table row for a table', () => {
		const r = parseTables(identity('本年新收政府信息公开申请数量为0件，上年结转政府信息公开申请数量为0件。'));
		expect(r).toEqual({ format: null, candidates: [], warnings: [] });
	});

	it('says null when there is no table', () => {
		const r = parseTables(identity('一、总体情况\n\n2022年主动公开信息56条，未收到政府信息公开申请。'));
		expect(r).toEqual({ format: null, candidates: [], warnings: [] });
	});
});
