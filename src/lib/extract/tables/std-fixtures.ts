// Standard-format tables written for the tests (imported by *.test.ts only): rows of cells that
// each test lays out the way a page might flatten them. Numbers are invented and balance as the
// real form requires (一 + 二 = 七 + 四).

export type Rows = string[][];

const n = (s: string): string[] => s.split(' ');

export const RULES_2019: Rows = [
	['二、主动公开政府信息情况'],
	['第二十条第(一)项'],
	['信息内容', '本年新\n制作数量', '本年新\n公开数量', '对外公开总数量'],
	['规章', ...n('1 2 3')],
	['规范性文件', ...n('4 5 6')],
	['第二十条第(五)项'],
	['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
	['行政许可', ...n('7 8 9')],
	['其他对外管理服务事项', ...n('10 11 12')],
	['第二十条第(六)项'],
	['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
	['行政处罚', ...n('13 14 15')],
	['行政强制', ...n('16 17 18')],
	['第二十条第(八)项'],
	['信息内容', '上一年项目数量', '本年增/减'],
	['行政事业性收费', ...n('19 20')],
	['第二十条第(九)项'],
	['信息内容', '采购项目数量', '采购总金额'],
	['政府集中采购', ...n('21 22')]
];

export const RULES_2019_VALUES = {
	'rule.regulations_issued': 1,
	'rule.regulations_valid': 3,
	'rule.normative_issued': 4,
	'rule.normative_valid': 6,
	'rule.licensing': 9,
	'rule.punishment': 15,
	'rule.coercion': 18
};

export const RULES_2021: Rows = [
	['二、主动公开政府信息情况'],
	['第二十条第(一)项'],
	['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
	['规章', ...n('0 0 0')],
	['行政规范性文件', ...n('2 1 5')],
	['第二十条第(五)项'],
	['信息内容', '本年处理决定数量'],
	['行政许可', '12'],
	['第二十条第(六)项'],
	['信息内容', '本年处理决定数量'],
	['行政处罚', '3'],
	['行政强制', '1'],
	['第二十条第(八)项'],
	['信息内容', '本年收费金额(单位:万元)'],
	['行政事业性收费', '0.8']
];

export const RULES_2021_VALUES = {
	'rule.regulations_issued': 0,
	'rule.regulations_repealed': 0,
	'rule.regulations_valid': 0,
	'rule.normative_issued': 2,
	'rule.normative_repealed': 1,
	'rule.normative_valid': 5,
	'rule.licensing': 12,
	'rule.punishment': 3,
	'rule.coercion': 1,
	'rule.fees_collected': 0.8
};

const zeros = n('0 0 0 0 0 0 0');

/** Table 三 with 2019 row wording; columns 自然人 … 其他, 总计. */
export const APPLY_2019: Rows = [
	['三、收到和处理政府信息公开申请情况'],
	['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)'],
	['申请人情况'],
	['自然人', '法人或其他组织', '总计'],
	['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'],
	['一、本年新收政府信息公开申请数量', ...n('5 1 0 0 1 0 7')],
	['二、上年结转政府信息公开申请数量', ...n('2 0 0 0 0 0 2')],
	['三、本年度办理结果'],
	['(一)予以公开', ...n('3 1 0 0 0 0 4')],
	['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', ...n('1 0 0 0 0 0 1')],
	['(三)不予公开', '1.属于国家秘密', ...zeros],
	['2.其他法律行政法规禁止公开', ...n('0 0 0 0 1 0 1')],
	['3.危及"三安全一稳定"', ...zeros],
	['4.保护第三方合法权益', ...zeros],
	['5.属于三类内部事务信息', ...zeros],
	['6.属于四类过程性信息', ...zeros],
	['7.属于行政执法案卷', ...zeros],
	['8.属于行政查询事项', ...zeros],
	['(四)无法提供', '1.本机关不掌握相关政府信息', ...n('1 0 0 0 0 0 1')],
	['2.没有现成信息需要另行制作', ...zeros],
	['3.补正后申请内容仍不明确', ...zeros],
	['(五)不予处理', '1.信访举报投诉类申请', ...n('1 0 0 0 0 0 1')],
	['2.重复申请', ...zeros],
	['3.要求提供公开出版物', ...zeros],
	['4.无正当理由大量反复申请', ...zeros],
	['5.要求行政机关确认或重新出具已获取信息', ...zeros],
	['(六)其他处理', ...n('1 0 0 0 0 0 1')],
	['(七)总计', ...n('7 1 0 0 1 0 9')],
	['四、结转下年度继续办理', ...zeros]
];

export const APPLY_VALUES = {
	'apply.by_person': 5,
	'apply.by_business': 1,
	'apply.by_research': 0,
	'apply.by_ngo': 0,
	'apply.by_legal': 1,
	'apply.by_other_org': 0,
	'apply.received': 7,
	'apply.carried_over': 2,
	'outcome.granted': 4,
	'outcome.partial': 1,
	'outcome.refused_state_secret': 0,
	'outcome.refused_law': 1,
	'outcome.refused_security': 0,
	'outcome.refused_commercial': 0,
	'outcome.refused_privacy': 0,
	'outcome.not_held': 1,
	'outcome.clarify': 0,
	'outcome.total': 9,
	'apply.carried_forward': 0
};

/** The 2021 form splits (六)其他处理 into three rows: no single value for outcome.other. */
export const APPLY_2021: Rows = [
	...APPLY_2019.slice(0, 26),
	['(六)其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', ...n('1 0 0 0 0 0 1')],
	['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', ...zeros],
	['3.其他', ...zeros],
	...APPLY_2019.slice(27)
];

export const REVIEW: Rows = [
	['四、政府信息公开行政复议、行政诉讼情况'],
	['行政复议', '行政诉讼'],
	['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉'],
	n('结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计'),
	n('1 0 0 1 2 1 1 0 0 2 0 0 1 0 1'),
	['五、存在的主要问题及改进情况'],
	['下一步将继续加强政务公开工作。']
];

export const REVIEW_VALUES = {
	'review.upheld': 1,
	'review.corrected': 0,
	'review.other': 0,
	'review.pending': 1,
	'review.total': 2,
	'litigation.upheld': 1,
	'litigation.corrected': 1,
	'litigation.other': 1,
	'litigation.pending': 0,
	'litigation.total': 3,
	'litigation.direct': 2,
	'litigation.after_review': 1
};

/** One cell per line, blank lines between cells (a copy of a rendered HTML table). */
export const cellLines = (rows: Rows): string => rows.flat().join('\n\n');
/** One row per line, cells separated by spaces. */
export const rowLines = (rows: Rows): string => rows.map((r) => r.map((c) => c.replace(/\n/g, '')).join(' ')).join('\n');
/** Markdown-ish fragments: every cell followed by " |", rows separated by "||". */
export const pipeFragments = (rows: Rows): string => rows.map((r) => r.map((c) => `${c} |`).join('\n')).join('\n||\n');

/** Every cell of every fixture table, for property tests that stir them into garbage. */
export const ALL_ROWS_FOR_PROPERTY: string[] = [RULES_2019, RULES_2021, APPLY_2019, APPLY_2021, REVIEW].flat(2);
