// Adversarial layouts of the pre-2019 table: the same rows as a page copy might mangle them.
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { parseTables } from './index';
import { EXPECTED, ROWS } from './pre2019-fixtures';
import { identity, values } from './test-helpers';

const markdown = (align: string): string =>
	['| 统计指标 | 单位 | 统计数 |', `|${align}|${align}|${align}|`, ...ROWS.map((r) => `| ${r.join(' | ')} |`)].join('\n');

describe('pre-2019 table in mangled layouts', () => {
	it.each([':---:', ':--', '---:'])('reads markdown with the alignment row |%s|', (align) => {
		expect(values(parseTables(identity(markdown(align))).candidates)).toEqual(EXPECTED);
	});

	it('reads an HTML copy: one cell per line, a blank line between rows, empty cells gone', () => {
		const text = ROWS.map((r) => r.filter(Boolean).join('\n')).join('\n\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it.each([
		['one row per line', '\n'],
		['rows apart by a space', ' ']
	])('reads rows whose label, unit and number run together (%s)', (_, between) => {
		const text = ROWS.map((r) => r.join('')).join(between);
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('quotes a run-together row whole, its number at the end', () => {
		const text = ROWS.map((r) => r.join('')).join('\n');
		const r = parseTables(identity(text));
		const c = r.candidates.find((x) => x.indicator === 'apply.received');
		expect(c && text.slice(c.start, c.end)).toBe('（一）收到申请数件41');
	});

	it('splits rows run together in one cell at the next row\'s enumerator', () => {
		// numbered rows only: an un-numbered label after a number cannot be told from the number's tail
		const text = '三、依申请公开情况（一）收到申请数件411.当面申请数件425.其他形式件43（二）申请办结数件441.按时办结数件45四、行政复议数量件61';
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'apply.received': 41, 'apply.in_person': 42, 'apply.other_form': 43, 'apply.completed': 44, 'apply.on_time': 45, 'review.total': 61
		});
	});

	it('splits no run-together number off a sentence', () => {
		const text = ['三、依申请公开情况', '收到申请数较上年有所减少，全年为3', '（一）收到申请数件4', '1.当面申请数件2', '（二）申请办结数件4'].join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual({ 'apply.received': 4, 'apply.in_person': 2, 'apply.completed': 4 });
	});

	it('reads a table written in traditional characters, through normalise', () => {
		const traditional = ROWS.map((r) => r.join('\t'))
			.join('\n')
			.replaceAll('公开', '公開')
			.replaceAll('申请', '申請')
			.replaceAll('数', '數')
			.replaceAll('条', '條')
			.replaceAll('规范', '規範')
			.replaceAll('专职', '專職');
		const n = normalise(traditional);
		const r = parseTables(n);
		expect(values(r.candidates)).toEqual(EXPECTED);
		const c = r.candidates.find((x) => x.indicator === 'apply.received');
		expect(c && n.original.slice(n.toOriginal[c.start], n.toOriginal[c.end])).toBe('（一）收到申請數\t件\t41');
	});

	it.each([
		['over three lines', ['1.专职人员数（不包括机关', '公报及门户网站工作', '人员数） 人 4']],
		['with unit and number run into the tail', ['1.专职人员数（不包括机关公报及门户网站', '工作人员数）人4']]
	])('reads a parenthesised label wrapped %s', (_, wrapped) => {
		const text = ['十二、机构建设和保障经费情况', '（一）政府信息公开工作专门机构数 个 1', ...wrapped, '2.兼职人员数 人 2'].join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual({
			'capacity.bodies': 1,
			'capacity.staff_fulltime': 4,
			'capacity.staff_parttime': 2
		});
	});

	// a table copied without its section rows: each row's own words name its section
	it('reads a table whose section rows are missing, in whichever section each row belongs to', () => {
		const rows = ['主动公开政府信息数\t条\t356', '其中：主动公开规范性文件数\t条\t4', '2.政府网站公开政府信息数\t条\t300', '（一）收到申请数\t件\t2', '（二）申请办结数\t件\t2'];
		const got = values(parseTables(identity(rows.join('\n'))).candidates);
		expect(got).toMatchObject({ 'active.total': 356, 'active.normative_docs': 4, 'channel.website': 300, 'apply.received': 2, 'apply.completed': 2 });
	});

	it('does not read one or two lonely rows without section rows as a table', () => {
		expect(parseTables(identity('收到申请数 2\n主动公开政府信息数 356')).candidates).toEqual([]);
	});
});
