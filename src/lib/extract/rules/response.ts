import { fill } from './parts';
import type { ProseRule } from './types';

// Interpretations of policies and responses to public concerns, noun before or after the number:
// "发布政策解读稿件5篇", "推出四十五篇政策解读文章", "回应公众关注热点3次", "回应25个公众关切".
const INTERPRETATION = '(?:政策解读|解读稿件|解读文章|解读材料)(?:稿件|文章|材料|信息)?';
const ISSUE_VERB = '(?:发布|刊发|推出|编发|制作|撰写|刊登)(?:发布)?(?:了)?';
// a concern must be named as one (关注, 关切, 热点, 舆情): "回应群众咨询" is an enquiry
const CONCERN = '(?:(?:公众|社会|群众)?(?:关注|关切)(?:的)?(?:热点|问题|关切)?|(?:公众|社会|群众)?(?:热点|舆情)(?:问题)?)';

export const RESPONSE_RULES: ProseRule[] = [
	{ ind: 'response.interpretations', form: 'after', label: INTERPRETATION, gap: 4, unit: '(?:篇|条|期|份|则)' },
	{ ind: 'response.interpretations', form: 'before', lead: ISSUE_VERB, label: `(?:政策)?解读${fill(2)}(?:稿件|文章|材料|信息)`, gap: 2, unit: '(?:篇|条|期|份|则)' },
	{ ind: 'response.interpretations', form: 'zero', label: '政策解读', gap: 4 },
	{ ind: 'response.hotspots', form: 'zero', label: '重大舆情', gap: 4 },
	{ ind: 'response.hotspots', form: 'after', label: `回应${CONCERN}(?:或重大舆情)?`, gap: 4, unit: '(?:次|个|件|条)' },
	{ ind: 'response.hotspots', form: 'before', lead: '回应(?:了)?', label: CONCERN, probe: '关注|关切|热点|舆情', gap: 2, unit: '(?:次|个|件|条)' },
	// "召开新闻发布会2场", "开展在线访谈3次" (who attended is another row: not read from prose)
	{ ind: 'response.press_conferences', form: 'after', label: '(?:召开|举办|举行|组织)?(?:了)?(?:新闻)?发布会', gap: 2, unit: '(?:场|次|期)' },
	{ ind: 'response.online_interviews', form: 'after', label: '(?:网上|在线|网络)访谈(?:活动|节目)?', gap: 2, unit: '(?:场|次|期)' }
];
