import type { ProseRule } from './types';

export const RESPONSE_RULES: ProseRule[] = [
	{ ind: 'response.interpretations', form: 'after', label: '(?:政策解读|解读稿件|解读文章)(?:稿件|文章|材料)?', gap: 3, unit: '(?:篇|条|期|份)' },
	{ ind: 'response.interpretations', form: 'zero', label: '政策解读', gap: 4 },
	{ ind: 'response.hotspots', form: 'zero', label: '重大舆情', gap: 4 },
	{ ind: 'response.hotspots', form: 'after', label: '回应(?:公众|社会|群众)?(?:关注|关切)(?:的)?(?:热点|问题)?(?:或重大舆情)?', gap: 2, unit: '(?:次|个|件|条)' }
];
