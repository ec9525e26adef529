import { describe, expect, it } from 'vitest';
import { parseTables } from './index';
import { EXPECTED, ROWS } from './pre2019-fixtures';
import { cellPerLine, identity, quoteOf, values } from './test-helpers';

const title = '2016年度某镇政府信息公开工作情况统计表\n\n\t统计指标\n\t单位\n\t统计数\n\n';

describe('pre-2019 statistics table', () => {
	it('reads every row of the one-cell-per-line layout, in its section context', () => {
		const text = title + cellPerLine(ROWS);
		const r = parseTables(identity(text));
		expect(r.format).toBe('pre2019_table');
		expect(values(r.candidates)).toEqual(EXPECTED);
		expect(r.candidates.every((c) => c.origin === 'table' && c.qualifier === 'exact')).toBe(true);
		expect(r.warnings).toEqual([]);
	});

	it('gives an empty value cell no candidate, not zero', () => {
		const r = parseTables(identity(cellPerLine(ROWS)));
		expect(r.candidates.some((c) => c.indicator === 'response.interpretations')).toBe(false);
		expect(values(r.candidates)['response.social_media']).toBe(37);
	});

	it('quotes the label through the number', () => {
		const text = cellPerLine(ROWS);
		const r = parseTables(identity(text));
		expect(quoteOf(r.candidates, text, 'apply.received')).toBe('（一）收到申请数\n\t件\n\t41');
	});

	it('reads whole rows on one line, separated by tabs or spaces', () => {
		const text = ROWS.map((r) => r.filter(Boolean).join(r[0].length % 2 ? '\t' : '   ')).join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('reads markdown pipes, empty cells included', () => {
		const text = ['| 统计指标 | 单位 | 统计数 |', '|---|---|---|', ...ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('reads a value written with its unit in one cell', () => {
		const text = ROWS.map((r) => [r[0], r[2] && r[2] + r[1]].filter(Boolean).join(' ')).join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('reads several rows run together on one line', () => {
		const text = ROWS.map((r) => r.filter(Boolean).join(' ')).join(' ');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('reads a label broken across two lines', () => {
		const text = cellPerLine([
			['十二、机构建设和保障经费情况', '', ''],
			['（一）政府信息公开工作专门机构数', '个', '1'],
			['（三）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设\n　　　　维护等方面的经费）', '万元', '4'],
			['十三、政府信息公开会议和培训情况', '', ''],
			['（一）召开政府信息公开工作会议或专题\n会议数', '次', '6'],
			['（二）举办各类培训班数', '次', '7'],
			['（三）接受培训人员数', '人次', '80']
		]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'capacity.bodies': 1,
			'capacity.funds': 4,
			'capacity.meetings': 6,
			'capacity.trainings': 7,
			'capacity.trainees': 80
		});
	});

	it.each([
		['one cell per line', (a: string, b: string) => `\t${a}\n\t${b}\n\t人\n\t4`],
		['tab-separated row', (a: string, b: string) => `　　${a}\n　　${b}\t人\t4`],
		['space-separated row', (a: string, b: string) => `${a}\n　　${b}   人   4`]
	])('reads a parenthesised label wrapped mid-parenthesis (%s), not its tail as a row', (_, row) => {
		const text = [
			'十二、机构建设和保障经费情况',
			'（一）政府信息公开工作专门机构数 个 1',
			'（二）从事政府信息公开工作人员数 人 6',
			row('1.专职人员数（不包括机关公报及门户', '网站工作人员数）'),
			'2.兼职人员数 人 2'
		].join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'capacity.bodies': 1,
			'capacity.staff': 6,
			'capacity.staff_fulltime': 4,
			'capacity.staff_parttime': 2
		});
	});

	it('reads no row from a sentence that quotes row words with counts in it', () => {
		const prose = [
			'二、回应解读情况',
			'回应公众关注热点5次，撰写政策解读稿件 3 篇。',
			'政策解读稿件 4 篇。',
			'三、机构建设、保障经费和培训会议情况',
			'专职人员1名、兼职人员 3 名。',
			'专职人员 1 名、兼职人员 3 名，'
		].join('\n');
		const r = parseTables(identity(prose + '\n' + cellPerLine(ROWS)));
		expect(values(r.candidates)).toEqual(EXPECTED);
	});

	describe('with more than one value column', () => {
		// [label, unit, previous year, current year, change]
		const rows: string[][] = [
			['一、主动公开政府信息数', '条', '150', '170', '+20'],
			['二、依申请公开情况', '', '', '', ''],
			['（一）收到申请数', '件', '6', '4', '-2'],
			['1.当面申请数', '件', '-', '3', '/'],
			['2.网上申请数', '件', '5', '', '/'],
			['三、行政复议数量', '件', '2', '0', '-2']
		];
		const current = { 'active.total': 170, 'apply.received': 4, 'apply.in_person': 3, 'review.total': 0 };

		it.each([
			['上年 / 本年', ['上年', '本年'], 2],
			['上年度 / 本年度 / 增减', ['上年度', '本年度', '增减'], 3],
			['本年 / 上年', ['本年', '上年'], 2],
			['2015年 / 2016年', ['2015年', '2016年'], 2],
			['2015年度 / 2016年度 / 增减', ['2015年度', '2016年度', '增减'], 3]
		])('takes the current-year column under headers %s', (_, headers, width) => {
			const order = headers[0] === '本年' ? [0, 1, 3, 2] : [0, 1, 2, 3, 4];
			const table = rows.map((r) => order.map((k) => r[k]).slice(0, width + 2));
			const header = ['统计指标', '单位', ...headers];
			for (const text of [cellPerLine([header, ...table]), [header, ...table].map((r) => `| ${r.join(' | ')} |`).join('\n')]) {
				expect(values(parseTables(identity(text)).candidates)).toEqual(current);
			}
		});

		it('still reads the single value column of a table without such headers', () => {
			const text = cellPerLine([['2016年', '统计表'], ['统计指标', '单位', '统计数'], ...rows.map((r) => r.slice(0, 3))]);
			expect(values(parseTables(identity(text)).candidates)['active.total']).toBe(150);
		});
	});

	it('resolves the same label by its section', () => {
		const text = cellPerLine([
			['六、被举报投诉数量', '件', '9'],
			['（一）维持具体行政行为数', '件', '1'],
			['四、行政复议数量', '件', '8'],
			['（一）维持具体行政行为数', '件', '2'],
			['五、行政诉讼数量', '件', '7'],
			['（一）维持具体行政行为或者驳回原告诉讼请求数', '件', '3']
		]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'complaint.total': 9,
			'complaint.upheld': 1,
			'review.total': 8,
			'review.upheld': 2,
			'litigation.total': 7,
			'litigation.upheld': 3
		});
	});

	it('reads an older table: no 回应解读 section, headings worded differently', () => {
		const text = cellPerLine([
			['一、主动公开政府信息数', '条', '88'],
			['其中：全文电子化的主动公开政府信息数', '条', '80'],
			['二、依申请公开政府信息情况', '', ''],
			['（一）收到政府信息公开申请数', '件', '4'],
			['其中：3.网上申请数', '件', '3'],
			['三、因政府信息公开申请行政复议情况', '件', '1'],
			['（一）维持具体行政行为数', '件', '1'],
			['四、因政府信息公开提起行政诉讼情况', '件', '0']
		]);
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'active.total': 88,
			'apply.received': 4,
			'apply.online': 3,
			'review.total': 1,
			'review.upheld': 1,
			'litigation.total': 0
		});
	});

	it('reports an unknown numbered row once, and maps nothing to it', () => {
		const text = cellPerLine([...ROWS.slice(20, 24), ['6.电子邮件申请数', '件', '5']]);
		const r = parseTables(identity(text));
		expect(r.warnings.map((w) => w.code)).toEqual(['unrecognized_table_row']);
		expect(r.warnings[0].message).toContain('电子邮件申请数');
		expect(Object.values(values(r.candidates))).not.toContain(5);
	});

	it('finds no table in prose that mentions the same words', () => {
		const text = '三、依申请公开情况\n\n全年收到申请数 2 件，其中当面申请 2 件。\n\n四、行政复议数量\n\n无。';
		expect(parseTables(identity(text))).toEqual({ format: null, candidates: [], warnings: [] });
	});
});
