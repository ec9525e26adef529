import type { ProseRule } from './types';

export const OUTCOME_RULES: ProseRule[] = [
	{ ind: 'outcome.granted', form: 'after', label: '予以公开', gap: 6, unit: '(?:件|条|宗)' },
	{ ind: 'outcome.refused', form: 'after', label: '不予公开', gap: 6, unit: '(?:件|条|宗)' },
	{ ind: 'outcome.refused', form: 'zero', label: '不予公开', gap: 14 }
];
