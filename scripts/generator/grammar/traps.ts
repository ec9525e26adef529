// The trap grammar: sentences that look like disclosure statements but state nothing about the
// body's year — other bodies, other years, cumulative figures over several years, plans and
// targets, page views, phone and document numbers, dates, rates, place descriptions, problems.
// Every family must yield no value; the flag traps must yield no use flag either.
import { nothing, type Family, type Part } from './expand';
import { CHANNEL, CONNECT, END, INFO, INFO_UNITS, PUBLISH, SUBJECT } from './parts';

const ITEMS = { min: 12, max: 3000, units: INFO_UNITS };
const COMMON = { subject: SUBJECT, conn: CONNECT, end: END, verb: PUBLISH, noun: INFO };

/** Statements a report makes about values that are not the body's own for the year. */
const STATEMENT: readonly Part[] = [
	{ t: '{verb}{noun}{conn}{N}', tag: { unit: '条' } },
	{ t: '{verb}{noun}{conn}{N}', tag: { unit: '篇' } },
	{ t: '收到政府信息公开申请{N}', tag: { unit: '件' } },
	{ t: '配备信息公开工作人员{N}', tag: { unit: '名' } },
	{ t: '通过政府网站发布信息{N}', tag: { unit: '条' } },
	{ t: '召开政务公开专题会议{N}', tag: { unit: '次' } },
	{ t: '组织业务培训{N}', tag: { unit: '期' } }
];

const NUMS = { min: 2, max: 3000, units: ['条'] };
/** each thing with its own measure word */
const unit = (u: string) => (t: string): Part => ({ t, tag: { unit: u } });

export const TRAP_FAMILIES: Family[] = [
	{
		id: 'trap/other-body',
		group: 'trap',
		templates: ['{other}{statement}{end}', '据统计，{other}{statement}{end}'],
		slots: {
			...COMMON,
			statement: STATEMENT,
			other: ['全县', '全市', '全区', '各村', '各村(社区)', '全县各部门', '县财政局', '县人社局', '各乡镇', '村级', '县政府', '市政府', '辖区各村']
		},
		number: NUMS,
		expect: nothing
	},
	{
		id: 'trap/other-year',
		group: 'trap',
		templates: ['{when}，{subject}{statement}{end}', '{when}{subject}{statement}{end}'],
		slots: { ...COMMON, statement: STATEMENT, when: ['{Y0}年', '{Y0}年度', '{Yold}年', '{Y1}年', '上年度', '去年', '上一年度'] },
		number: NUMS,
		expect: nothing
	},
	{
		id: 'trap/cumulative',
		group: 'trap',
		templates: ['{since}，{subject}{acc}{verb}{noun}{N}{end}', '{channel}{since}{acc}{verb}{noun}{N}{end}'],
		slots: {
			...COMMON,
			channel: CHANNEL,
			since: ['自网站开通以来', '网站开通以来', '自{Yold}年以来', '{Yold}年以来', '近三年来', '历年来', '多年来', '五年来', '建站以来', '上线运行以来', '自{Yold}年开通以来'],
			acc: ['累计', '共', '共计', '累计已', '']
		},
		number: ITEMS,
		expect: nothing
	},
	{
		id: 'trap/plan',
		group: 'trap',
		templates: ['{plan}{statement}{end}', '{subject}{plan}{statement}{end}'],
		slots: { ...COMMON, statement: STATEMENT, plan: ['明年计划', '下一年度将', '{Y1}年力争', '下一步拟', '计划明年', '预计{Y1}年', '今后每年将', '{Y1}年将'] },
		number: NUMS,
		expect: nothing
	},
	{
		id: 'trap/page-views',
		group: 'trap',
		templates: ['{subject}{channel}{views}{vconn}{N}{end}', '{channel}全年{views}{vconn}{N}{end}'],
		slots: { ...COMMON, channel: CHANNEL, views: ['浏览量', '点击量', '访问量', '阅读量', '访问人次', '总浏览量', '累计点击'], vconn: ['', '达', '达到', '超过', '共计'] },
		number: { min: 100, max: 90000, units: ['次', '人次', '万次', '余次'] },
		expect: nothing
	},
	{
		id: 'trap/numbers',
		group: 'trap',
		templates: ['{thing}{end}'],
		slots: {
			...COMMON,
			thing: [
				'联系电话：07{n1}-8{n2}{n3}{n4}',
				'邮政编码：3{n1}00',
				'根据《青禾县人民政府办公室关于做好政务公开工作的通知》(青政办发〔{Y}〕{n1}号)要求',
				'按照《条例》第{n1}条规定办理',
				'统计期限自{Y}年1月1日起至{Y}年12月31日止',
				'信息公开及时率达到{n1}%',
				'依申请公开按时办结率100%',
				'本报告发布于{Y1}年1月{n1}日',
				'全年答复期限平均为{n1}个工作日',
				'编发第{n1}期政务信息简报',
				'政府信息公开申请的答复期限为15个工作日'
			]
		},
		number: { min: 12, max: 99, units: ['条'] },
		expect: nothing
	},
	{
		id: 'trap/place-and-work',
		group: 'trap',
		templates: ['{thing}{end}'],
		slots: {
			...COMMON,
			thing: [
				...['全镇辖{N}行政村'].map(unit('个')),
				...['{subject}共有党员{N}', '组织{N}群众参加政策宣讲', '镇机关有干部职工{N}', '全镇共有网格员{N}'].map(unit('名')),
				...['成立脱贫攻坚工作小组{N}', '设立便民服务站{N}'].map(unit('个')),
				...['全年办理人大代表建议{N}', '化解矛盾纠纷{N}', '全年收到群众来信来访{N}', '完成“12345”热线工单{N}', '全年共为群众办理社保业务{N}'].map(unit('件')),
				...['全年向县委办报送政务信息{N}', '全年被县级采用信息{N}'].map(unit('条')),
				...['全年接待来访群众{N}'].map(unit('人次')),
				...['发放宣传资料{N}'].map(unit('份'))
			]
		},
		number: { min: 12, max: 900, units: ['个'] },
		expect: nothing
	},
	{
		id: 'trap/problems',
		group: 'trap',
		templates: ['{heading}\n{problem}{end}'],
		slots: {
			...COMMON,
			heading: ['三、存在的主要问题及改进情况', '四、存在的问题和下一步打算', '五、下一步工作计划'],
			// (a heading answered by 无 that names no indicator states nothing: see trap/flags)
			problem: [unit('条')('一是公开信息偏少，全年仅公开信息{N}'), unit('条')('部分信息更新不及时，有{N}未按时公开'), unit('个')('计划新增公开栏{N}'), unit('条')('将开通政务微博，力争发布信息{N}')]
		},
		number: { min: 2, max: 80, units: ['条'] },
		expect: nothing
	},
	{
		id: 'trap/frequency',
		group: 'trap',
		templates: ['{subject}{every}{rate}{end}'],
		slots: {
			...COMMON,
			every: ['每个季度', '每季度', '每月', '每周', '每半年', '每年'],
			rate: ['专门召开一次政务公开专题会议', '更新信息不少于{N}', '至少组织一次业务培训', '召开{N}政务公开工作例会', '发布信息{N}以上']
		},
		number: { min: 1, max: 20, units: ['条', '次'] },
		expect: nothing
	},
	{
		id: 'trap/compare',
		group: 'trap',
		templates: ['{cmp}{N}{end}'],
		slots: { ...COMMON, cmp: ['较上年增加', '比去年减少', '同比增长', '比{Y0}年多', '较{Y0}年少'] },
		number: { min: 2, max: 300, units: ['条', '件', '篇'] },
		expect: nothing
	}
];

/** Sentences naming a channel where the body does not say it uses it: no use flag. */
export const FLAG_TRAP_FAMILIES: Family[] = [
	{
		id: 'trap/flags',
		group: 'trap-flags',
		templates: ['{line}'],
		slots: {
			line: [
				'扫一扫关注政务微信公众号\n',
				'主办：青禾县人民政府办公室 承办：青禾县政务网\n',
				'网站地图 | 联系我们 | 政务微博 | 政务微信\n',
				'下一步，我镇将开通政务微博和抖音号。',
				'我镇暂未开通政务微博。',
				'计划明年建立信息公开查阅室。',
				'四、存在的主要问题及改进情况\n部分村公开栏内容陈旧，更新不及时。',
				'群众可通过拨打电话或发送电子邮件等方式提出申请。',
				'上级要求各乡镇加强网站建设。',
				'如对本报告有疑问，请与镇党政办联系。',
				'六、其他需要报告的事项\n无。',
				'群众反映部分村公开栏内容陈旧，我镇已督促整改。',
				'镇干部积极关注上级政务微博动态。',
				'五、存在的主要问题及改进情况：无。'
			]
		},
		expect: nothing
	}
];
