import type { ProseRule } from './types';

// Outcomes of requests stated in prose: "予以公开3件", "同意部分公开1件", "本机关不掌握2件",
// "因本机关不掌握相关信息无法提供的申请2件".
const O = { form: 'after', gap: 8, unit: '(?:件|条|宗|个)' } as const;

export const OUTCOME_RULES: ProseRule[] = [
	{ ind: 'outcome.granted', ...O, label: '(?:予以|同意|全部)公开' },
	{ ind: 'outcome.partial', ...O, label: '(?:同意)?部分公开' },
	{ ind: 'outcome.refused', ...O, label: '不予公开' },
	{ ind: 'outcome.not_held', ...O, label: '(?:本(?:行政)?机关)?不掌握(?:相关)?(?:政府)?(?:信息)?|(?:申请)?信息不存在' },
	{ ind: 'outcome.refused', form: 'zero', label: '不予公开', gap: 14 }
];
