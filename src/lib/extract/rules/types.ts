// Prose rules are data: one line per phrasing. match.ts turns each into a bounded regular
// expression; nothing here is executed logic.

export type RuleForm =
	/** label … number unit: "主动公开政府信息170余条", "政府门户网站发布 71条" */
	| 'after'
	/** number unit … label: "设立了三处公开查询点", "1名专职人员" */
	| 'before'
	/** negation … label: "未收到政府信息公开申请", "没有发生…行政复议案" → 0, zero_stated */
	| 'zero';

/** Extra checks on the gap between label and number, run after the regex matched. */
export type GapCheck =
	/** the label names one channel only: no 、/及/和/等 list before the verb (else it is a total) */
	| 'singleChannel'
	/** not a part of a breakdown: the clause does not open with 其中/含/包括 (a total is no part) */
	| 'notPart'
	/** the label's `items` group names all items, not a category (see ITEMS_NOUN); implies notPart */
	| 'items';

export interface ProseRule {
	ind: string;
	form: RuleForm;
	/** regex source of the noun phrase (no capturing groups) */
	label: string;
	/** regex source of accepted units; default COUNT_UNITS */
	unit?: string;
	/** most characters between label and number (or negation and label) */
	gap?: number;
	/** before-form only: text that must come right before the number ("收到", "配备") */
	lead?: string;
	/** regex alternatives the gap must not contain, besides 其中 */
	avoid?: string;
	/** after-form only: an optional stretch between label and gap that may hold other numbers (a cumulative clause before the year's) */
	bridge?: string;
	/** the gap may run over a comma */
	comma?: boolean;
	/** before-form: the gap may hold a list (、), e.g. the categories before "等信息" */
	listGap?: boolean;
	check?: GapCheck;
	/** before/zero forms: a cheap regex source that every label match holds, when the label opens with optional parts */
	probe?: string;
	/** after-forms: most characters from the statement's start to its number (default 90) */
	reach?: number;
	/** higher wins between prose candidates of one indicator; default 1 (zero forms 0) */
	priority?: number;
	/** [words, extra priority]: a statement holding the words outranks one without (the largest applies) */
	boost?: ReadonlyArray<readonly [string, number]>;
}

/** Count units of the catalog (条/件/次/篇/人/人次/名/个 …). 人次 before 人, 条次 before 条, so the longer wins. */
export const COUNT_UNITS = '(?:条次|条|件|宗|项|篇|份|个|次|人次|人|名|起|处|期|场|则)';
