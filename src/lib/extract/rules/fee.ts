import type { ProseRule } from './types';

// Fees for requests: "没有收费", "未收取任何费用", "…成本费用共计0元".
export const FEE_RULES: ProseRule[] = [
	{ ind: 'fee.amount', form: 'after', label: '(?:收取[^\\d。;\\n]{0,24}?费用?|收费(?:金额|总额)?)', gap: 6, unit: '元', avoid: '复议|诉讼' },
	{ ind: 'fee.amount', form: 'zero', label: '收费', gap: 24, avoid: '复议|诉讼' },
	{ ind: 'fee.amount', form: 'zero', label: '收取[^\\d。;,\\n]{0,20}?(?:费用|处理费)', gap: 24, avoid: '复议|诉讼' },
	// "未收费", "没有收费": the negation already holds 收
	{ ind: 'fee.amount', form: 'zero', label: '费', gap: 0 },
	// "收费为零", "收取信息处理费0元"
	{ ind: 'fee.amount', form: 'after', label: '(?:收费|处理费)(?:金额|总额)?(?:均)?(?:为|是)', gap: 0, unit: '(?:元)?' },
	// "未收取任何费用": the negation already holds 收取
	{ ind: 'fee.amount', form: 'zero', label: '(?:费用|处理费)(?<=收取[^\\d。;,\\n]{0,8}(?:费用|处理费))', gap: 8, avoid: '复议|诉讼' }
];
