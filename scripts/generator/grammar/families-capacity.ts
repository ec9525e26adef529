// Probe families of capacity and services: staff (with 专职/兼职 and rotating posts), bodies,
// meetings, trainings, trainees, funds, reading rooms, visitors, enquiries, followers.
// Small counts come in Chinese numerals with their measure words (三位专人, 两轮培训, 一个小组).
import { one, type Family, type Part } from './expand';
import { ADVERB, CONNECT, LEAD, PLAIN_END, SUBJECT, TIME } from './parts';

const COMMON = { lead: LEAD, time: TIME, subject: SUBJECT, adverb: ADVERB, conn: CONNECT, end: PLAIN_END };
const SMALL = { min: 1, max: 9, rounded: false };

const KIND: Part[] = [
	{ t: '', tag: { ind: 'capacity.staff' } },
	{ t: '', tag: { ind: 'capacity.staff' } },
	{ t: '专职', tag: { ind: 'capacity.staff_fulltime' } },
	{ t: '全职', tag: { ind: 'capacity.staff_fulltime' } },
	{ t: '兼职', tag: { ind: 'capacity.staff_parttime' } }
];
const STAFF_NOUN: readonly Part[] = ['工作人员', '干部', '联络员', '信息员', '人员', '同志', '专人', '信息公开工作人员', '政务公开专干'];
const DUTY: readonly Part[] = ['', '负责信息公开工作', '专门负责政务公开工作', '具体承办信息公开日常工作', '从事政府信息公开工作', '负责信息发布和审核', '，负责信息公开日常工作'];

const STAFF: Family[] = [
	{
		id: 'capacity.staff/verb-number-noun',
		group: 'capacity',
		templates: ['{lead}{assign}{N}{kind}{staff}{duty}{end}'],
		slots: { ...COMMON, assign: ['配备', '安排', '明确', '确定', '落实', '指定', '配备了', '明确了', '设置'], kind: KIND, staff: STAFF_NOUN, duty: DUTY },
		number: { ...SMALL, units: ['名', '名', '位'] },
		expect: one('capacity.staff')
	},
	{
		id: 'capacity.staff/noun-number',
		group: 'capacity',
		templates: ['{lead}{assign}{kind}{staff}{N}{duty}{end}', '{lead}{kind}{titled}{conn}{N}{end}', '{lead}从事信息公开工作的{kind}人员{conn}{N}{end}'],
		slots: {
			...COMMON,
			// (not 有: "我单位有人员5名" counts the whole unit's staff)
			assign: ['配备', '配备了', '安排', '落实', '明确'],
			kind: KIND,
			staff: ['工作人员', '人员', '信息公开工作人员', '政务公开工作人员', '信息员', '联络员'],
			titled: ['信息公开工作人员', '政务公开工作人员', '信息公开专干', '信息公开联络员'],
			duty: DUTY
		},
		number: { ...SMALL, units: ['名', '人'] },
		expect: one('capacity.staff')
	},
	{
		id: 'capacity.staff/rotating',
		group: 'capacity',
		templates: ['{lead}{rota}{N}{kind}{staff}{rotaDuty}{end}'],
		slots: {
			...COMMON,
			rota: ['由', '实行AB岗制度，由', '实行AB角工作制，安排', '采取轮岗方式，由', '安排'],
			kind: KIND,
			staff: ['工作人员', '干部', '同志'],
			rotaDuty: ['轮流负责信息公开工作', '轮岗负责信息发布', '轮流值守信息公开岗位', '互为AB角负责政务公开工作']
		},
		number: { ...SMALL, units: ['名', '位'] },
		expect: one('capacity.staff')
	}
];

/** "工作人员3名，其中专职1名、兼职2名": a total and its kinds. */
const SPLIT: Family[] = [
	{
		id: 'capacity.staff/split',
		group: 'capacity',
		templates: ['{lead}{assign}{titled}{N}，其中专职{N}、兼职{N}{end}', '{lead}{assign}{titled}{N}(专职{N}，兼职{N}){end}'],
		slots: { ...COMMON, assign: ['配备', '有', '落实', ''], titled: ['信息公开工作人员', '政务公开工作人员', '信息公开专干'] },
		number: { min: 1, max: 9, rounded: false, units: ['名', '人'] },
		expect: (_tags, nums) => [
			{ indicator: 'capacity.staff', value: nums[0].value, qualifier: 'exact' },
			{ indicator: 'capacity.staff_fulltime', value: nums[1].value, qualifier: 'exact' },
			{ indicator: 'capacity.staff_parttime', value: nums[2].value, qualifier: 'exact' }
		]
	}
];

const WORK: Family[] = [
	{
		id: 'capacity.bodies',
		group: 'capacity',
		templates: ['{lead}{set}{N}{body}{end}', '{lead}{set}{body}{N}{end}'],
		slots: { ...COMMON, set: ['设', '设立', '成立', '设置', '组建'], body: ['信息公开工作专门机构', '政务公开工作小组', '专门工作机构', '信息公开工作小组', '政务公开专门机构'] },
		number: { min: 1, max: 3, rounded: false, units: ['个'] },
		expect: one('capacity.bodies')
	},
	{
		id: 'capacity.meetings',
		group: 'capacity',
		templates: ['{lead}{adverb}{hold}{meeting}{conn}{N}{end}', '{lead}{adverb}{hold}{N}{meeting}{end}', '{lead}{study}政务公开工作{N}{end}'],
		slots: {
			...COMMON,
			hold: ['召开', '组织召开', '召开了'],
			meeting: ['专题会议', '政务公开工作会议', '信息公开专题会', '政务公开专题会议', '信息公开工作推进会'],
			study: ['召开会议专题研究', '专题研究部署', '党委会研究']
		},
		number: { min: 1, max: 12, rounded: false, units: ['次', '场', '次'] },
		expect: one('capacity.meetings')
	},
	{
		id: 'capacity.trainings',
		group: 'capacity',
		templates: ['{lead}{adverb}{organise}{training}{conn}{N}{end}', '{lead}{adverb}{organise}{N}{training}{end}'],
		slots: {
			...COMMON,
			organise: ['组织', '举办', '开展', '组织开展', '举办了'],
			training: ['业务培训', '政务公开培训', '信息公开专题培训', '政务公开业务培训班', '信息公开培训']
		},
		number: { min: 1, max: 9, rounded: false, units: ['次', '期', '场', '轮'] },
		expect: one('capacity.trainings')
	},
	{
		id: 'capacity.trainees',
		group: 'capacity',
		templates: ['{lead}{trained}{N}{end}', '{lead}共有{N}{people}参加{course}{end}'],
		slots: {
			...COMMON,
			trained: ['培训干部', '参训人员', '培训人员', '培训村干部', '累计培训', '参加培训人员达'],
			people: ['干部', '工作人员', '村干部'],
			course: ['信息公开培训', '政务公开业务培训', '培训']
		},
		number: { min: 12, max: 400, units: ['人次', '人'] },
		expect: one('capacity.trainees')
	},
	{
		id: 'capacity.funds',
		group: 'capacity',
		templates: ['{lead}{spend}{fund}{N}{end}'],
		slots: { ...COMMON, spend: ['安排', '投入', '落实', '划拨'], fund: ['信息公开专项经费', '政务公开工作经费', '专项工作经费', '工作经费'] },
		number: { min: 1, max: 9, rounded: false, chinese: false, units: ['万元'] },
		expect: one('capacity.funds')
	}
];

const SERVICE: Family[] = [
	{
		id: 'facility.reading_rooms',
		group: 'facility',
		templates: ['{lead}{set}{N}{room}{end}', '{lead}{set}{room}{N}{end}', '在便民服务中心{set}{room}{N}{end}'],
		slots: { ...COMMON, set: ['设置', '设立', '设有', '建立', '设'], room: ['政府信息查阅点', '信息公开查阅场所', '信息查阅场所', '政务公开查阅室', '信息公开查阅点'] },
		number: { min: 1, max: 6, rounded: false, units: ['个', '处'] },
		expect: one('facility.reading_rooms')
	},
	{
		id: 'facility.visitors',
		group: 'facility',
		templates: ['{lead}接待{who}查阅{N}{end}', '{lead}查阅点接待{who}{N}{end}'],
		slots: { ...COMMON, who: ['', '群众', '来访群众'] },
		number: { min: 12, max: 900, units: ['人次', '人'] },
		expect: one('facility.visitors')
	},
	{
		id: 'consult.total',
		group: 'consult',
		templates: ['{lead}{take}{who}咨询{N}{end}'],
		slots: { ...COMMON, take: ['接受', '接待', '解答', '受理'], who: ['', '群众', '现场及电话'] },
		number: { min: 12, max: 900, units: ['人次', '人'] },
		expect: one('consult.total')
	},
	{
		id: 'reach.wechat_followers',
		group: 'reach',
		templates: ['{lead}{account}{followers}{fconn}{N}{end}'],
		slots: {
			...COMMON,
			account: ['微信公众号', '政务微信', '公众号'],
			followers: ['关注人数', '关注用户', '订阅用户', '粉丝数', '粉丝'],
			fconn: ['', '达', '已达', '为']
		},
		number: { min: 120, max: 30000, units: ['人', '人', '户'] },
		expect: one('reach.wechat_followers')
	}
];

export const CAPACITY_FAMILIES: Family[] = [...STAFF, ...SPLIT, ...WORK, ...SERVICE];
