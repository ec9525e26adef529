import type { ProseRule } from './types';

// Requests received. Zero forms must not read "没有因…申请行政复议" as "no requests".
const NOT_REVIEW = '复议|诉讼|收费|费用';
// …and not "无依申请公开收费" (a statement about fees)
const NOT_ABOUT = '(?![^,。;\\n]{0,12}(?:收费|费用|复议|诉讼))';
// "上年结转…申请2件" is carried over, not received this year
const NOT_CARRIED = '(?<!结转[^\\d。;,\\n]{0,6})';
const REQUEST = '(?:依)?申请(?!人|行政复议|复议|行政诉讼)';

export const APPLY_RULES: ProseRule[] = [
	{ ind: 'apply.received', form: 'after', label: `(?:收到|接收|接到|受理|新收)(?:和处理)?[^\\d。;,\\n]{0,14}?${REQUEST}[^\\d。;,\\n]{0,8}?`, gap: 4, priority: 3, avoid: NOT_REVIEW },
	{ ind: 'apply.received', form: 'after', label: '依申请(?:公开)?[^\\d。;,\\n]{0,4}?(?:共)?(?:受理|收到|接收)', gap: 4, priority: 3 },
	{ ind: 'apply.received', form: 'after', label: '(?:受理|收到)依申请[^\\d。;,\\n]{0,12}', gap: 4, priority: 3 },
	{ ind: 'apply.received', form: 'after', label: '(?:办理|处理)(?:了)?依申请(?:公开)?[^\\d。;,\\n]{0,6}', gap: 4, priority: 2 },
	{ ind: 'apply.received', form: 'after', label: NOT_CARRIED + '依申请公开(?:的)?(?:政府)?信息(?:数量|数)?', gap: 4, priority: 2 },
	{ ind: 'apply.received', form: 'after', label: NOT_CARRIED + '依申请公开(?:事项|申请)?', gap: 3, unit: '(?:件|宗|个|次)', priority: 1 },
	{ ind: 'apply.received', form: 'after', label: NOT_CARRIED + '信息公开申请(?!人|行政复议|复议|行政诉讼)(?:数量|数)?', gap: 4, unit: '(?:件|宗|个|次)', priority: 1 },
	// "依申请公开政府信息为零", "政府信息公开申请数为0"
	{ ind: 'apply.received', form: 'after', label: NOT_CARRIED + '(?:依申请公开(?:政府信息|申请|事项)|信息公开申请)(?:数量?|件数)?(?:均)?(?:为|是)', gap: 0, unit: '(?:件|宗|个)?', priority: 2 },
	{ ind: 'apply.carried_over', form: 'after', label: '上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?', gap: 4, unit: '(?:件|宗|个)' },
	{ ind: 'apply.received', form: 'before', lead: '(?:收到|接收|接到|受理)(?:了)?', label: '(?:政府)?(?:信息)?(?:公开)?(?:的)?申请', gap: 4, unit: '(?:件|宗|个|条|份|次)', priority: 3 },
	{ ind: 'apply.received', form: 'zero', label: REQUEST + NOT_ABOUT, gap: 20, avoid: NOT_REVIEW },
	{ ind: 'apply.online', form: 'after', label: '(?:通过)?(?:网上|网络|在线)(?:提交)?(?:的)?申请', gap: 2, unit: '(?:件|宗|个|条)' },
	{ ind: 'apply.received', form: 'zero', label: '依申请(?:公开|提供)' + NOT_ABOUT, gap: 6, avoid: NOT_REVIEW },
	{ ind: 'apply.received', form: 'zero', label: '受理(?:政府)?信息公开', gap: 4, avoid: NOT_REVIEW }
];
