import type { ProseRule } from './types';

const DUTY = '[^\\d。;,\\n]{0,8}?(?:负责|承办|从事)[^\\d。;,\\n]{0,8}?(?:信息公开|政务公开)';

export const CAPACITY_RULES: ProseRule[] = [
	{ ind: 'capacity.staff_fulltime', form: 'before', label: '专职(?:信息公开|政务公开)?(?:工作)?(?:人员|员)', gap: 1, unit: '(?:名|个|人)' },
	{ ind: 'capacity.staff_fulltime', form: 'after', label: '专职(?:信息公开|政务公开)?(?:工作)?(?:人员|员)', gap: 1, unit: '(?:名|人)' },
	{ ind: 'capacity.staff_parttime', form: 'before', label: '兼职(?:信息公开|政务公开)?(?:工作)?(?:人员|员)', gap: 1, unit: '(?:名|个|人)' },
	{ ind: 'capacity.staff_parttime', form: 'after', label: '兼职(?:信息公开|政务公开)?(?:工作)?(?:人员|员)', gap: 1, unit: '(?:名|人)' },
	{ ind: 'capacity.staff', form: 'before', label: `(?:工作人员|同志)${DUTY}`, gap: 1, unit: '名' },
	{ ind: 'capacity.staff', form: 'after', label: '(?<!专职|兼职)(?:信息公开|政务公开)(?:工作)?人员', gap: 2, unit: '(?:名|人)' },
	{ ind: 'capacity.staff', form: 'after', label: '从事[^\\d。;,\\n]{0,10}?工作的?(?:工作)?人员', gap: 3, unit: '(?:名|人)' },
	{ ind: 'capacity.bodies', form: 'after', label: '专门(?:工作)?机构', gap: 2, unit: '个' },
	{ ind: 'capacity.funds', form: 'after', label: '(?:专项(?:工作)?经费|工作经费)', gap: 3, unit: '万元' },
	{ ind: 'capacity.bodies', form: 'before', label: '专门(?:工作)?机构', gap: 10, unit: '个' },
	{ ind: 'capacity.meetings', form: 'after', label: '召开[^\\d。;,\\n]{0,12}?(?:公开|专题)[^\\d。;,\\n]{0,8}?(?:会议|工作会|专题会|会)', gap: 14, unit: '(?:次|场)' },
	{ ind: 'capacity.trainings', form: 'after', label: '(?<!上级|参加|参与)(?:举办|开展|组织)[^\\d。;,\\n]{0,6}?培训(?:班|会)?', gap: 2, unit: '(?:次|期|起|场|班)' },
	// "76名干部参加信息公开培训"
	{ ind: 'capacity.trainees', form: 'before', label: '(?:参加|参与|参训)[^\\d。;,\\n]{0,12}?培训', gap: 4, unit: '(?:人次|人|名)' },
	{ ind: 'capacity.trainees', form: 'after', label: '(?:培训|参训|受训)(?:人员|干部)?', gap: 4, unit: '(?:人次|人)' }
];

export const FACILITY_RULES: ProseRule[] = [
	{ ind: 'facility.reading_rooms', form: 'after', label: '(?:查阅点|查询点|查阅场所|查阅室)', gap: 2, unit: '(?:个|处)' },
	{ ind: 'facility.reading_rooms', form: 'before', label: '(?:查阅点|查询点|查阅场所|查阅室)', gap: 6, unit: '(?:个|处)' },
	{ ind: 'facility.hotline_served', form: 'after', label: '热线[^\\d。;,\\n]{0,6}?(?:服务|受理|接听)', gap: 8, unit: '(?:人次|次|个)' },
	{ ind: 'facility.visitors', form: 'after', label: '接待[^\\d。;,\\n]{0,4}?查阅', gap: 2, unit: '(?:人次|人)' }
];

export const REACH_RULES: ProseRule[] = [
	{ ind: 'reach.wechat_followers', form: 'after', label: '(?:订阅用户|订阅人数|订阅量|关注用户|关注量|关注人数|粉丝(?:量|数)?)', gap: 2, unit: '(?:人|户|名|个)?' }
];

export const CONSULT_RULES: ProseRule[] = [
	{ ind: 'consult.total', form: 'after', label: '咨询[^\\d。;,\\n]{0,6}?', gap: 2, unit: '(?:人次|人)' }
];
