// The 2019 and 2021 standard tables (DOMAIN.md §3–4) as data: column headers, row labels and
// which (row, column) cell feeds which indicator. Labels are matched without their numbering.
import { wordsAcrossGaps } from './tokens';

export type StdFormat = 'std2019' | 'std2021';

// ── Table 二: 主动公开政府信息情况 ─────────────────────────────────────────────
export type RuleColumn =
	| 'issued'
	| 'published'
	| 'repealed'
	| 'valid'
	| 'prev'
	| 'change'
	| 'decisions'
	| 'fees'
	| 'count'
	| 'amount';

/** Header cells, matched on the block's header text with spaces and pipes removed. */
export const RULE_HEADERS: readonly { column: RuleColumn; pattern: RegExp }[] = [
	{ column: 'issued', pattern: /本年新制作数量|本年制发件数/ },
	{ column: 'published', pattern: /本年新公开数量/ },
	{ column: 'repealed', pattern: /本年废止件数/ },
	{ column: 'valid', pattern: /对外公开总数量|现行有效件数/ },
	{ column: 'prev', pattern: /上一年项目数量/ },
	{ column: 'change', pattern: /本年增[/\\／、]?减/ },
	{ column: 'decisions', pattern: /(?:本年)?处理决定数量/ },
	{ column: 'fees', pattern: /本年收费金额/ },
	{ column: 'count', pattern: /采购项目数量/ },
	{ column: 'amount', pattern: /采购总金额/ }
];

export type RuleRowKind = 'docs' | 'decisions' | 'fees' | 'procurement';

/** Column order when a block's header cells are missing or mangled. */
export const DEFAULT_RULE_COLUMNS: Readonly<Record<StdFormat, Record<RuleRowKind, RuleColumn[]>>> = {
	std2019: {
		docs: ['issued', 'published', 'valid'],
		decisions: ['prev', 'change', 'decisions'],
		fees: ['prev', 'change'],
		procurement: ['count', 'amount']
	},
	std2021: {
		docs: ['issued', 'repealed', 'valid'],
		decisions: ['decisions'],
		fees: ['fees'],
		procurement: ['count', 'amount']
	}
};

export interface RuleRow {
	pattern: RegExp;
	kind: RuleRowKind;
	indicators: Partial<Record<RuleColumn, string>>;
}

export const RULE_ROWS: readonly RuleRow[] = [
	{
		pattern: /^规章$/,
		kind: 'docs',
		indicators: {
			issued: 'rule.regulations_issued',
			repealed: 'rule.regulations_repealed',
			valid: 'rule.regulations_valid'
		}
	},
	{
		pattern: /^(?:行政)?规范性文件$/,
		kind: 'docs',
		indicators: {
			issued: 'rule.normative_issued',
			repealed: 'rule.normative_repealed',
			valid: 'rule.normative_valid'
		}
	},
	{ pattern: /^行政许可$/, kind: 'decisions', indicators: { decisions: 'rule.licensing' } },
	{ pattern: /^行政处罚$/, kind: 'decisions', indicators: { decisions: 'rule.punishment' } },
	{ pattern: /^行政强制$/, kind: 'decisions', indicators: { decisions: 'rule.coercion' } },
	{ pattern: /^行政事业性收费$/, kind: 'fees', indicators: { fees: 'rule.fees_collected' } },
	// rows that exist in the table but have no indicator: their numbers are skipped quietly
	{
		pattern: /^(?:其他对外管理服务事项|行政(?:检查|确认|征收|给付|奖励|裁决|征用))$/,
		kind: 'decisions',
		indicators: {}
	},
	{ pattern: /^政府集中采购$/, kind: 'procurement', indicators: {} }
];

// ── Table 三: 收到和处理政府信息公开申请情况 ──────────────────────────────────────
/** 'org' = 法人或其他组织 as one column, on pages that drop its five sub-columns */
export type ApplyColumn = 'person' | 'business' | 'research' | 'ngo' | 'legal' | 'other' | 'org' | 'total';

export const APPLY_COLUMNS: readonly ApplyColumn[] = ['person', 'business', 'research', 'ngo', 'legal', 'other', 'total'];
/** Some pages put 总计 first ("申请人情况 总计 自然人 法人或其他组织 …"). */
export const APPLY_COLUMNS_TOTAL_FIRST: readonly ApplyColumn[] = ['total', 'person', 'business', 'research', 'ngo', 'legal', 'other'];
export const APPLY_COLUMNS_SHORT: readonly ApplyColumn[] = ['person', 'org', 'total'];
export const APPLY_COLUMNS_SHORT_TOTAL_FIRST: readonly ApplyColumn[] = ['total', 'person', 'org'];

export interface ApplyRow {
	pattern: RegExp;
	/** indicators fed by each column; empty = a known row without an indicator */
	indicators: Partial<Record<ApplyColumn, readonly string[]>>;
}

const total = (...ids: string[]): Partial<Record<ApplyColumn, readonly string[]>> => ({ total: ids });

export const APPLY_ROWS: readonly ApplyRow[] = [
	{
		pattern: /^本年新收/,
		indicators: {
			person: ['apply.by_person'],
			business: ['apply.by_business'],
			research: ['apply.by_research'],
			ngo: ['apply.by_ngo'],
			legal: ['apply.by_legal'],
			other: ['apply.by_other_org'],
			total: ['apply.received']
		}
	},
	{ pattern: /^上年结转/, indicators: total('apply.carried_over') },
	{ pattern: /^本年度办理结果/, indicators: {} },
	{ pattern: /^予以公开/, indicators: total('outcome.granted') },
	{ pattern: /^部分公开/, indicators: total('outcome.partial') },
	{ pattern: /^不予公开/, indicators: total('outcome.refused') },
	{ pattern: /^(?:属于)?国家秘密/, indicators: total('outcome.refused_state_secret') },
	{ pattern: /^其他法律行政法规禁止公开/, indicators: total('outcome.refused_law') },
	{ pattern: /^危及.{0,2}三安全一稳定/, indicators: total('outcome.refused_security') },
	// since 2019 commercial secrets and privacy are one reason: third parties' lawful rights
	{ pattern: /^保护第三方合法权益/, indicators: total('outcome.refused_commercial', 'outcome.refused_privacy') },
	{ pattern: /^(?:属于)?(?:三类内部事务|四类过程性|行政执法案卷|行政查询事项)/, indicators: {} },
	{ pattern: /^无法提供/, indicators: {} },
	{ pattern: /^本机关不掌握/, indicators: total('outcome.not_held') },
	{ pattern: /^没有现成信息/, indicators: {} },
	{ pattern: /^补正后申请内容仍不明确/, indicators: total('outcome.clarify') },
	{ pattern: /^不予处理/, indicators: total('outcome.not_processed') },
	{
		pattern: /^(?:信访举报投诉|重复申请|要求提供公开出版物|无正当理由大量反复申请|要求行政机关确认或重新出具)/,
		indicators: {}
	},
	{ pattern: /^其他处理/, indicators: total('outcome.other') },
	{ pattern: /^(?:申请人无正当理由逾期不补正|申请人逾期未按收费通知|其他$)/, indicators: {} },
	{ pattern: /^总计$/, indicators: total('outcome.total') },
	{ pattern: /^结转下年度继续办理/, indicators: total('apply.carried_forward') }
];

// ── Table 四: 行政复议、行政诉讼情况 — fifteen numbers in a fixed order ────────────
export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

// ── Format by headers, not year ─────────────────────────────────────────────
// Header cells may be broken over lines or run into their neighbours: searched across gaps.
export const HEADERS_2021 = wordsAcrossGaps([
	'本年制发件数',
	'本年废止件数',
	'现行有效件数',
	'本年处理决定数量',
	'本年收费金额',
	'申请人无正当理由逾期不补正',
	'逾期未按收费通知'
]);
export const HEADERS_2019 = wordsAcrossGaps([
	'本年新制作数量',
	'本年新公开数量',
	'对外公开总数量',
	'上一年项目数量',
	// 本年增减, with or without a mark between 增 and 减
	'本年增减',
	'本年增/减',
	'本年增\\减',
	'本年增／减',
	'本年增、减'
]);
