// The tables of the standard formats (2019: reports for 2019–2020; 2021: 2021 onward), sections
// 二 (第二十条 items), 三 (requests and their handling) and 四 (reconsideration and lawsuits).
import type { YearFacts } from './facts';
import type { Rng } from './prng';
import { renderTable, type Layout, type Row } from './table';
import type { Frag } from './frag';

export type StdEdition = 2019 | 2021;

function signed(n: number): string {
	return n > 0 ? `+${n}` : String(n);
}

function articleTwenty2019(f: YearFacts, rng: Rng): Row[] {
	const r = f.rules;
	const prev = (n: number) => n + rng.int(0, 3);
	return [
		{ label: '第二十条第（一）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['本年新制作数量', '本年新公开数量', '对外公开总数量'] },
		{ label: '规章', cells: [0, 0, 0], facts: [{ col: 0, indicator: 'rule.regulations_issued' }, { col: 2, indicator: 'rule.regulations_valid' }] },
		{ label: '规范性文件', cells: [r.normIssued, r.normIssued, r.normValid], facts: [{ col: 0, indicator: 'rule.normative_issued' }, { col: 2, indicator: 'rule.normative_valid' }] },
		{ label: '第二十条第（五）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['上一年项目数量', '本年增/减', '处理决定数量'] },
		{ label: '行政许可', cells: [prev(2), signed(rng.int(-1, 1)), r.licensing], facts: [{ col: 2, indicator: 'rule.licensing' }] },
		{ label: '其他对外管理服务事项', cells: [rng.int(0, 9), signed(0), rng.int(0, 30)] },
		{ label: '第二十条第（六）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['上一年项目数量', '本年增/减', '处理决定数量'] },
		{ label: '行政处罚', cells: [prev(1), signed(rng.int(0, 2)), r.punishment], facts: [{ col: 2, indicator: 'rule.punishment' }] },
		{ label: '行政强制', cells: [prev(0), signed(0), r.coercion], facts: [{ col: 2, indicator: 'rule.coercion' }] },
		{ label: '第二十条第（八）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['上一年项目数量', '本年增/减'] },
		{ label: '行政事业性收费', cells: [0, signed(0)] },
		{ label: '第二十条第（九）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['采购项目数量', '采购总金额'] },
		{ label: '政府集中采购', cells: [rng.int(0, 4), 0] }
	];
}

function articleTwenty2021(f: YearFacts): Row[] {
	const r = f.rules;
	return [
		{ label: '第二十条第（一）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['本年制发件数', '本年废止件数', '现行有效件数'] },
		{ label: '规章', cells: [0, 0, 0], facts: [{ col: 0, indicator: 'rule.regulations_issued' }, { col: 1, indicator: 'rule.regulations_repealed' }, { col: 2, indicator: 'rule.regulations_valid' }] },
		{ label: '行政规范性文件', cells: [r.normIssued, r.normRepealed, r.normValid], facts: [{ col: 0, indicator: 'rule.normative_issued' }, { col: 1, indicator: 'rule.normative_repealed' }, { col: 2, indicator: 'rule.normative_valid' }] },
		{ label: '第二十条第（五）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['本年处理决定数量'] },
		{ label: '行政许可', cells: [r.licensing], facts: [{ col: 0, indicator: 'rule.licensing' }] },
		{ label: '第二十条第（六）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['本年处理决定数量'] },
		{ label: '行政处罚', cells: [r.punishment], facts: [{ col: 0, indicator: 'rule.punishment' }] },
		{ label: '行政强制', cells: [r.coercion], facts: [{ col: 0, indicator: 'rule.coercion' }] },
		{ label: '第二十条第（八）项', caption: true, cells: [] },
		{ label: '信息内容', cells: ['本年收费金额（单位：万元）'] },
		{ label: '行政事业性收费', cells: [r.fees], facts: [{ col: 0, indicator: 'rule.fees_collected' }] }
	];
}

export function articleTwentyTable(f: YearFacts, edition: StdEdition, layout: Layout, rng: Rng): Frag {
	const rows = edition === 2019 ? articleTwenty2019(f, rng) : articleTwenty2021(f);
	return renderTable(rows, layout, rng);
}

const PARTIES = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
const APPLICANT_FACTS = ['apply.by_person', 'apply.by_business', 'apply.by_research', 'apply.by_ngo', 'apply.by_legal', 'apply.by_other_org'];

/** A row of table 三: the total goes to the natural-person column mostly, as in township practice. */
function partyCells(total: number, org = 0): number[] {
	return [total - org, org, 0, 0, 0, 0, total];
}

function requestRows(f: YearFacts, edition: StdEdition): Row[] {
	const q = f.req;
	const total = (indicator: string, required = true) => [{ col: 6, indicator, required }];
	const row = (label: string, n: number, indicator = '', indent = '', required = true): Row =>
		({ label, indent, cells: partyCells(n), facts: indicator ? total(indicator, required) : [] });
	const handled = q.received + q.carriedOver - q.carriedForward;
	const other2021 = edition === 2021
		? [row('（六）其他处理　1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 0), row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 0, '', '　　'), row('3.其他', q.other, '', '　　')]
		: [row('（六）其他处理', q.other, 'outcome.other')];
	return [
		{ label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', cells: ['申请人情况'] },
		{ label: '', cells: PARTIES },
		{ label: '一、本年新收政府信息公开申请数量', cells: [q.byPerson, q.byBusiness, 0, 0, 0, q.byOtherOrg, q.received],
			facts: [...APPLICANT_FACTS.map((indicator, col) => ({ col, indicator })), { col: 6, indicator: 'apply.received' }] },
		row('二、上年结转政府信息公开申请数量', q.carriedOver, 'apply.carried_over'),
		{ label: '三、本年度办理结果', caption: true, cells: [] },
		row('（一）予以公开', q.granted, 'outcome.granted'),
		row('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', q.partial, 'outcome.partial'),
		row('（三）不予公开　1.属于国家秘密', q.refusedSecret, 'outcome.refused_state_secret'),
		row('2.其他法律行政法规禁止公开', q.refusedLaw, 'outcome.refused_law', '　　'),
		row('3.危及“三安全一稳定”', 0, 'outcome.refused_security', '　　'),
		{ ...row('4.保护第三方合法权益', q.refusedThirdParty, 'outcome.refused_commercial', '　　', false),
			facts: [{ col: 6, indicator: 'outcome.refused_commercial', required: false }, { col: 6, indicator: 'outcome.refused_privacy', required: false }] },
		row('5.属于三类内部事务信息', 0, '', '　　'),
		row('6.属于四类过程性信息', 0, '', '　　'),
		row('7.属于行政执法案卷', 0, '', '　　'),
		row('8.属于行政查询事项', 0, '', '　　'),
		row('（四）无法提供　1.本机关不掌握相关政府信息', q.notHeld, 'outcome.not_held'),
		row('2.没有现成信息需要另行制作', 0, '', '　　'),
		row('3.补正后申请内容仍不明确', q.clarify, 'outcome.clarify', '　　', false),
		row('（五）不予处理　1.信访举报投诉类申请', q.notProcessed, '', ''),
		row('2.重复申请', 0, '', '　　'),
		row('3.要求提供公开出版物', 0, '', '　　'),
		row('4.无正当理由大量反复申请', 0, '', '　　'),
		row(edition === 2021 ? '5.要求行政机关确认或重新出具已获取信息' : '5.要求行政机关确认或重新出具已获取信息', 0, '', '　　'),
		...other2021,
		row('（七）总计', handled, 'outcome.total'),
		row('四、结转下年度继续办理', q.carriedForward, 'apply.carried_forward')
	];
}

/** Some offices put the 总计 column first; the cells and the facts' columns move together. */
function totalFirst(row: Row): Row {
	if (row.cells.length !== 7) return row;
	const cells = [row.cells[6], ...row.cells.slice(0, 6)];
	return { ...row, cells, facts: row.facts?.map((f) => ({ ...f, col: (f.col + 1) % 7 })) };
}

export function requestTable(f: YearFacts, edition: StdEdition, layout: Layout, rng: Rng): Frag {
	const rows = requestRows(f, edition);
	return renderTable(rng.chance(0.08) ? rows.map(totalFirst) : rows, layout, rng);
}

const MARK = '_litigation_start';
const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

export function appealTable(f: YearFacts, layout: Layout, rng: Rng): Frag {
	const rv = f.review;
	const reviewTotal = rv.upheld + rv.corrected + rv.other + rv.pending;
	const s = f.suits;
	const direct = [s.upheld, 0, s.direct - s.upheld, 0, s.direct];
	const after = [0, 0, 0, 0, s.afterReview];
	const cells = [rv.upheld, rv.corrected, rv.other, rv.pending, reviewTotal, ...direct, ...after];
	const facts = [
		...['review.upheld', 'review.corrected', 'review.other', 'review.pending', 'review.total'].map((indicator, col) => ({ col, indicator })),
		{ col: 9, indicator: 'litigation.direct' }, { col: 14, indicator: 'litigation.after_review' }
	];
	const header: Row[] = [
		{ label: '行政复议', cells: ['行政诉讼'] },
		{ label: '', cells: ['未经复议直接起诉', '复议后起诉'] },
		{ label: OUTCOMES[0], cells: [...OUTCOMES.slice(1), ...OUTCOMES, ...OUTCOMES] }
	];
	// the fifteen numbers usually arrive as one row without a label
	// the catalog's litigation.* for 2019+ are direct suits plus suits after reconsideration
	const litigation = ['litigation.upheld', 'litigation.corrected', 'litigation.other', 'litigation.pending', 'litigation.total'];
	const summed = litigation.map((indicator, i) => ({ indicator, value: direct[i] + after[i] }));
	const numbers: Row = { label: '', cells, facts: [...facts, { col: 5, indicator: MARK }] };
	const table = renderTable([...header, numbers], layout, rng);
	// the number row has no label of its own: point the evidence at the column group's header
	for (const f of table.facts) f.label = f.indicator.startsWith('review.') ? '行政复议' : f.indicator === 'litigation.direct' ? '未经复议直接起诉' : '复议后起诉';
	// litigation spans from the first direct-suit cell (col 5) to the after-review total (col 14)
	const marker = table.facts.find((f) => f.indicator === MARK)!;
	const end = table.facts.find((f) => f.indicator === 'litigation.after_review')!.end;
	const start = marker.end - String(cells[5]).length;
	table.facts = table.facts.filter((f) => f !== marker);
	for (const { indicator, value } of summed) {
		table.facts.push({ indicator, value, qualifier: 'exact', origin: 'table', required: true, label: '行政诉讼', start, end });
	}
	return table;
}
