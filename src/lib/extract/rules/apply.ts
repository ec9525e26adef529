import { COUNT_NOUN, RECEIVE, REQUEST, REQUEST_NOUN, fill } from './parts';
import type { ProseRule } from './types';

// Requests received, in three word orders:
//   verb … request … number   "共受理公民、法人和其他组织提出的政府信息公开申请4件"
//   verb number request       "新收36件依申请公开事项"
//   request first             "依申请公开件数量为48份", "申请公开政府信息的申请数量为零"
// Zero forms must not read "没有因…申请行政复议" as "no requests", nor a fee statement.
const NOT_REVIEW = '复议|诉讼|收费|费用';
// …and not "无依申请公开收费" (a statement about fees)
const NOT_ABOUT = '(?![^,。;\\n]{0,12}(?:收费|费用|复议|诉讼))';
// "上年结转…申请2件" is carried over, not received this year
// (gated by the request noun that follows, so the lookbehinds run only where one opens, not at
// every 政 or 信 of 政府/政务/信息: they were the prose rules' costliest regex tries)
const NOT_CARRIED = `(?=${REQUEST_NOUN})(?<!结转[^\\d。;,\\n]{0,12})(?<!(?:办结|答复|办理完毕)[^\\d。;,\\n]{0,10})`;
// 收到/受理 say received; 办理/处理 say handled, which a report uses for received when nothing else is said
const BOOST = [['收到|接收|接到|受理|新收', 1]] as const;
const UNITS = '(?:件|宗|个|条|份|次)';
// One kind of requester right before 申请 counts a part ("收到公民申请2件，企业申请1件"), not the
// year's requests; a list of them ("公民、法人或其他组织的申请") is the total's generic subject —
// unless the list is of counted parts ("个人申请3件、企业申请2件": a count ends the item before)
const NOT_LISTED = '(?<!(?<![\\d件宗个份])[、和或及与])';
const ONE_REQUESTER = `${NOT_LISTED}(?:自然人|公民|个人|(?:商业)?企业|法人或(?:者)?其他组织)(?:提出|提交)?(?:的)?`;
const NOT_ONE_REQUESTER = `(?<!${ONE_REQUESTER})`;
// …and the parts themselves: who asked, and how the request came in
const PART = '(?:提出|提交|递交)?(?:的)?(?:政府信息公开|信息公开)?申请';
const PART_UNITS = '(?:件|宗|个|份)';

export const APPLY_RULES: ProseRule[] = [
	{ ind: 'apply.received', form: 'after', label: `(?<!结转${fill(8)})${RECEIVE}(?:和处理)?${fill(20)}${NOT_ONE_REQUESTER}${REQUEST}${fill(8)}`, gap: 6, priority: 2, boost: BOOST, avoid: NOT_REVIEW },
	{ ind: 'apply.received', form: 'after', label: `依申请(?:公开)?${fill(4)}(?:共)?(?:受理|收到|接收)`, gap: 4, priority: 3 },
	{ ind: 'apply.received', form: 'before', lead: `${RECEIVE}(?:了)?`, label: `(?:${REQUEST_NOUN}|(?:政府)?(?:信息)?(?:公开)?(?:的)?申请)`, probe: '申请|公开件', gap: 4, unit: UNITS, priority: 2, boost: BOOST },
	{ ind: 'apply.received', form: 'after', label: `${NOT_CARRIED}${REQUEST_NOUN}(?:的)?${COUNT_NOUN}?`, gap: 6, unit: UNITS, priority: 2, avoid: NOT_REVIEW },
	// "依申请公开政府信息为零", "政府信息公开申请数为0", "…的申请数量为零"
	{ ind: 'apply.received', form: 'after', label: `${NOT_CARRIED}${REQUEST_NOUN}(?:的)?${COUNT_NOUN}?(?:均)?(?:为|是)`, gap: 0, unit: '(?:件|宗|个)?', priority: 2 },
	{ ind: 'apply.carried_over', form: 'after', label: '上年(?:度)?结转(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?', gap: 4, unit: '(?:件|宗|个)' },
	{ ind: 'apply.carried_forward', form: 'after', label: '结转(?:至|到)?下(?:一)?年度?(?:继续)?(?:办理)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数量|数)?', gap: 4, unit: '(?:件|宗|个)' },
	// handled, not received: "办结政府信息公开申请4件，其中按时办结4件"
	{ ind: 'apply.completed', form: 'after', label: `(?:办结|答复)(?:了)?${fill(10)}(?:申请|依申请公开(?:事项)?)`, gap: 4, unit: PART_UNITS },
	// "收到申请5件，办结5件": a bare 办结 or 答复 opening the clause after one about the requests
	// counts them handled; not after a reconsideration or lawsuit ("被申请行政复议1件，办结1件")
	{ ind: 'apply.completed', form: 'after', label: `(?<=申请(?:(?!复议|诉讼)[^。;\\n]){0,24}[,、])(?:均已|已)?(?:全部)?(?:办结|答复)(?:了)?`, gap: 0, unit: PART_UNITS },
	{ ind: 'apply.on_time', form: 'after', label: '按(?:时|期)(?:办结|答复)(?:的)?(?:申请)?', gap: 2, unit: PART_UNITS },
	{ ind: 'apply.extended', form: 'after', label: '延期(?:办结|答复)(?:的)?(?:申请)?', gap: 2, unit: PART_UNITS },
	// "未收到公民、法人和其他组织通过网络、信函、当面等方式提交的…申请": a long subject in between
	{ ind: 'apply.received', form: 'zero', label: REQUEST + NOT_ABOUT, gap: 40, avoid: NOT_REVIEW },
	{ ind: 'apply.online', form: 'after', label: '(?:通过)?(?:网上|网络|在线)(?:提交)?(?:的)?申请', gap: 2, unit: '(?:件|宗|个|条)' },
	{ ind: 'apply.in_person', form: 'after', label: `(?:当面|现场)${PART}`, gap: 2, unit: PART_UNITS },
	{ ind: 'apply.letter', form: 'after', label: `(?:通过)?(?:信函|邮寄)(?:方式)?${PART}`, gap: 2, unit: PART_UNITS },
	{ ind: 'apply.fax', form: 'after', label: `(?:通过)?传真(?:方式)?${PART}`, gap: 2, unit: PART_UNITS },
	{ ind: 'apply.by_person', form: 'after', label: `${NOT_LISTED}(?:自然人|公民个人|公民|个人)${PART}`, gap: 2, unit: PART_UNITS },
	{ ind: 'apply.by_business', form: 'after', label: `${NOT_LISTED}(?:商业)?企业${PART}`, gap: 2, unit: PART_UNITS },
	{ ind: 'apply.received', form: 'zero', label: '依申请(?:公开|提供)' + NOT_ABOUT, gap: 6, avoid: NOT_REVIEW },
	{ ind: 'apply.received', form: 'zero', label: '受理(?:政府)?信息公开', gap: 4, avoid: NOT_REVIEW }
];
