import type { ProseRule } from './types';

// Reconsideration and lawsuits are usually denied together in one sentence
// ("没有发生…行政复议和行政诉讼"): each indicator has its own zero rule over the same span.
export const REVIEW_RULES: ProseRule[] = [
	{ ind: 'review.total', form: 'after', label: '行政复议(?:申请|案件|案)?', gap: 3, unit: '(?:件|宗|起|个|次)', priority: 2 },
	{ ind: 'review.total', form: 'zero', label: '(?:行政)?复议', gap: 36 },
	// "行政复议和行政诉讼均为0(件)", "…行政复议、行政诉讼的数量为零"
	{ ind: 'review.total', form: 'after', label: '(?:行政)?复议[^\\d。;,\\n]{0,14}?(?:数量|案件数|件数|总数)?(?:均|都|皆)?(?:为|是)', gap: 0, unit: '(?:件|宗|起|个|次)?', priority: 2 }
];

export const LITIGATION_RULES: ProseRule[] = [
	{ ind: 'litigation.total', form: 'after', label: '行政诉讼(?:案件|案)?', gap: 3, unit: '(?:件|宗|起|个|次)', priority: 2 },
	{ ind: 'litigation.total', form: 'zero', label: '(?:行政)?诉讼', gap: 40 },
	{ ind: 'litigation.total', form: 'after', label: '(?:行政)?诉讼(?:案件)?[^\\d。;,\\n]{0,4}?(?:数量|案件数|件数|总数)?(?:均|都|皆)?(?:为|是)', gap: 0, unit: '(?:件|宗|起|个|次)?', priority: 2 }
];

export const COMPLAINT_RULES: ProseRule[] = [
	{ ind: 'complaint.total', form: 'zero', label: '(?:申诉|申述|举报投诉|投诉)', gap: 48 },
	// "收到涉及信息公开的投诉举报1件"
	{ ind: 'complaint.total', form: 'after', label: '(?:投诉举报|举报投诉|投诉|申诉)(?:案件|事项)?', gap: 3, unit: '(?:件|宗|起|个|次)', priority: 2 }
];
