import { ASSIGN, DUTY, DUTY_VERB, FULL_TIME, PART_TIME, PEOPLE_UNITS, STAFF_NOUN, fill } from './parts';
import type { ProseRule } from './types';

// Staff, bodies, meetings, trainings: the noun before or after the number, small counts often in
// Chinese numerals ("落实三位专人", "组织两轮业务培训", "设一个工作小组").
/** the post itself: (信息公开)(工作)人员, 干部, 联络员 … */
const ROLE = `(?:信息公开|政务公开)?(?:工作)?${STAFF_NOUN}`;
/** a count of people is not staff when they attend a training ("76名干部参加培训") */
const NOT_TRAINEES = '(?![^,。;\\n]{0,10}(?:参加|参与|接受)[^,。;\\n]{0,8}培训)';
const OTHER_KIND = '专职|全职|兼职';
const MEETING = `(?:政务公开|信息公开|政府信息|专题)${fill(8)}(?:会议|会)`;
const TRAINING = `${fill(8)}培训(?:班|会)?`;
const ORGANISE = '(?=[举开组])(?<!上级|参加|参与)(?:举办|开展|组织)(?:开展)?(?:了)?';

export const CAPACITY_RULES: ProseRule[] = [
	{ ind: 'capacity.staff_fulltime', form: 'before', label: `${FULL_TIME}${ROLE}`, gap: 1, unit: '(?:名|个|人|位)' },
	// "其中专职3人、兼职2人": the kind alone after a total of staff
	{ ind: 'capacity.staff_fulltime', form: 'after', label: `${FULL_TIME}(?:${ROLE})?`, gap: 3, unit: PEOPLE_UNITS },
	{ ind: 'capacity.staff_parttime', form: 'before', label: `${PART_TIME}${ROLE}`, gap: 1, unit: '(?:名|个|人|位)' },
	{ ind: 'capacity.staff_parttime', form: 'after', label: `${PART_TIME}(?:${ROLE})?`, gap: 3, unit: PEOPLE_UNITS },
	// "配备3名工作人员", "落实三位专人", "由9名干部轮流负责…"
	{ ind: 'capacity.staff', form: 'before', lead: ASSIGN, label: ROLE + NOT_TRAINEES, probe: STAFF_NOUN, gap: 1, unit: PEOPLE_UNITS, avoid: OTHER_KIND },
	// "2名同志负责信息公开工作", "安排1人专门负责政务公开"
	// (not "专职人员4人专门负责…": the kind stands before the number there)
	{ ind: 'capacity.staff', form: 'before', lead: `(?<!(?:${OTHER_KIND})${fill(10)})`, label: `${STAFF_NOUN}?${DUTY}`, probe: DUTY_VERB, gap: 1, unit: PEOPLE_UNITS, avoid: OTHER_KIND },
	// "配备了信息员一名", "落实联络员2人"
	{ ind: 'capacity.staff', form: 'after', label: `${ASSIGN}${ROLE}`, gap: 2, unit: PEOPLE_UNITS },
	{ ind: 'capacity.staff', form: 'after', label: '(?=[信政])(?<!专职|全职|(?<!专)兼职)(?:信息公开|政务公开)(?:工作)?(?:人员|专干|联络员|信息员)', gap: 3, unit: PEOPLE_UNITS },
	{ ind: 'capacity.staff', form: 'after', label: `从事${fill(10)}工作的?(?:工作)?人员`, gap: 3, unit: PEOPLE_UNITS },
	// a group for disclosure work, not any task force ("成立脱贫攻坚工作小组3个" is no disclosure body)
	{ ind: 'capacity.bodies', form: 'after', label: '(?:专门(?:工作)?机构|(?:信息公开|政务公开)(?:工作)?(?:小组|专门机构|机构))', gap: 2, unit: '个' },
	{ ind: 'capacity.bodies', form: 'before', label: '专门(?:工作)?机构|(?:信息公开|政务公开)(?:工作)?(?:小组|机构)', gap: 10, unit: '个' },
	// "领导小组下设一个工作小组": set up under the disclosure leadership, named without its topic
	{ ind: 'capacity.bodies', form: 'before', lead: '(?:下设|设)(?:了)?', label: '工作小组', gap: 2, unit: '个' },
	{ ind: 'capacity.funds', form: 'after', label: '(?:专项(?:工作)?经费|工作经费)', gap: 3, unit: '万元' },
	{ ind: 'capacity.meetings', form: 'after', label: `召开${fill(12)}(?:公开|专题)${fill(8)}(?:会议|工作会|专题会|会)`, gap: 14, unit: '(?:次|场)' },
	{ ind: 'capacity.meetings', form: 'before', lead: '(?:组织)?(?:召开|举行)(?:了)?', label: MEETING, gap: 2, unit: '(?:次|场)' },
	// "党委会研究政务公开工作5次"
	{ ind: 'capacity.meetings', form: 'after', label: `(?:专题)?(?:研究|部署)${fill(4)}(?:政务公开|信息公开)(?:工作)?`, gap: 2, unit: '(?:次|场)' },
	{ ind: 'capacity.trainings', form: 'after', label: `${ORGANISE}${fill(6)}培训(?:班|会)?`, gap: 6, unit: '(?:次|期|起|场|班|轮)' },
	{ ind: 'capacity.trainings', form: 'before', lead: ORGANISE, label: TRAINING, probe: '培训', gap: 2, unit: '(?:次|期|场|班|轮)' },
	// "76名干部参加信息公开培训"
	{ ind: 'capacity.trainees', form: 'before', label: `(?:参加|参与|参训)${fill(12)}培训`, gap: 4, unit: '(?:人次|人|名)' },
	{ ind: 'capacity.trainees', form: 'after', label: '(?:培训|参训|受训)(?:人员|干部)?', gap: 4, unit: '(?:人次|人)' }
];

export const FACILITY_RULES: ProseRule[] = [
	{ ind: 'facility.reading_rooms', form: 'after', label: '(?:查阅点|查询点|查阅场所|查阅室)', gap: 2, unit: '(?:个|处)' },
	// "向县档案馆报送政府信息公开文件资料35份"
	{ ind: 'facility.archive_submissions', form: 'after', label: `向${fill(8)}(?:档案馆|图书馆)${fill(8)}(?:报送|移交|提供)${fill(12)}`, gap: 2, unit: '(?:份|件|条)' },
	{ ind: 'facility.reading_rooms', form: 'before', label: '(?:查阅点|查询点|查阅场所|查阅室)', gap: 6, unit: '(?:个|处)' },
	{ ind: 'facility.hotline_served', form: 'after', label: '热线[^\\d。;,\\n]{0,6}?(?:服务|受理|接听)', gap: 8, unit: '(?:人次|次|个)' },
	{ ind: 'facility.visitors', form: 'after', label: '(?:接待[^\\d。;,\\n]{0,4}?(?:查阅|查询)(?:政府信息|信息|资料|文件)?|查阅(?:点|室|场所)接待(?:来访)?(?:群众)?)', gap: 2, unit: '(?:人次|人)' }
];

export const REACH_RULES: ProseRule[] = [
	{ ind: 'reach.wechat_followers', form: 'after', label: '(?:订阅用户|订阅人数|订阅量|关注用户|关注量|关注人数|粉丝(?:量|数)?)', gap: 2, unit: '(?:人|户|名|个)?' }
];

export const CONSULT_RULES: ProseRule[] = [
	{ ind: 'consult.total', form: 'after', label: '咨询[^\\d。;,\\n]{0,6}?', gap: 2, unit: '(?:人次|人)' }
];
