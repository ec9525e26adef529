// Probe families of requests, their outcomes, fees, reconsideration, lawsuits and complaints:
// counts in several word orders and zero statements in several shapes.
import { one, zeros, type Family, type Part } from './expand';
import { ADVERB, CONNECT, LEAD, PLAIN_END, SUBJECT, TIME } from './parts';

const COMMON = { lead: LEAD, time: TIME, subject: SUBJECT, adverb: ADVERB, conn: CONNECT, end: PLAIN_END };
const FEW = { min: 1, max: 60, units: ['件', '件', '件', '宗', '个', '份', '条'] };

const RECEIVE: readonly Part[] = ['收到', '受理', '接到', '接收', '共收到', '新收', '收到了', '受理了', '办理'];
/** What was received: the request, with or without who filed it. */
const REQUEST: readonly Part[] = [
	'政府信息公开申请',
	'依申请公开申请',
	'信息公开申请',
	'群众提出的政府信息公开申请',
	'依申请公开事项',
	'申请公开政府信息的申请',
	'公民、法人和其他组织提出的政府信息公开申请',
	'群众依申请公开政府信息',
	'政府信息依申请公开件'
];
const NEGATE: readonly Part[] = ['未收到', '没有收到', '未接到', '尚未收到', '暂未收到', '未受理', '没有受理', '未发生', '无', '未有'];

const APPLY: Family[] = [
	{
		id: 'apply.received/verb-noun-number',
		group: 'apply',
		templates: ['{lead}{adverb}{receive}{request}{conn}{N}{end}'],
		slots: { ...COMMON, receive: RECEIVE, request: REQUEST },
		number: FEW,
		expect: one('apply.received')
	},
	{
		id: 'apply.received/verb-number-noun',
		group: 'apply',
		templates: ['{lead}{adverb}{receive}{N}{request}{end}'],
		slots: { ...COMMON, receive: RECEIVE, request: ['政府信息公开申请', '信息公开申请', '依申请公开事项', '依申请公开申请', '申请'] },
		number: FEW,
		expect: one('apply.received')
	},
	{
		id: 'apply.received/noun-first',
		group: 'apply',
		templates: ['{lead}{asNoun}{sum}{N}{end}'],
		slots: {
			...COMMON,
			asNoun: ['依申请公开政府信息', '政府信息公开申请', '收到的政府信息公开申请', '受理的依申请公开事项', '依申请公开件', '依申请公开数量', '依申请公开办理', '依申请公开受理'],
			sum: ['共', '共计', '为', '数量为', '总数为', '合计']
		},
		number: FEW,
		expect: one('apply.received')
	},
	{
		id: 'apply.received/zero',
		group: 'apply',
		templates: [
			'{lead}{negate}{who}{request}{end}',
			'{lead}{negate}{who}{request}的情况{end}',
			'{lead}{received}{request}数量为{zeroWord}{end}'
		],
		slots: {
			...COMMON,
			negate: NEGATE.filter((p) => p !== '未发生'),
			who: ['', '', '任何', '公民、法人或其他组织提出的', '群众', '社会公众要求公开政府信息的', '来自个人和企业的', '公民、法人和其他组织通过网络、信函、当面等方式提交的'],
			request: ['政府信息公开申请', '依申请公开事项', '信息公开申请', '依申请公开政府信息的申请', '申请公开政府信息的申请'],
			received: ['', '收到的', '受理的', '共收到'],
			zeroWord: ['零', '0', '0件', '零件']
		},
		expect: zeros('apply.received')
	}
];

const OUTCOME: Part[] = [
	...['本机关不掌握相关政府信息', '本机关不掌握', '属于本机关不掌握的', '因本机关不掌握相关信息无法提供'].map((t) => ({ t, tag: { ind: 'outcome.not_held' } })),
	...['予以公开', '同意公开', '全部公开'].map((t) => ({ t, tag: { ind: 'outcome.granted' } })),
	...['部分公开', '同意部分公开'].map((t) => ({ t, tag: { ind: 'outcome.partial' } })),
	...['不予公开'].map((t) => ({ t, tag: { ind: 'outcome.refused' } }))
];

const OUTCOMES: Family[] = [
	{
		id: 'outcome/after-total',
		group: 'outcome',
		templates: ['{lead}共收到政府信息公开申请{N}，其中{outcome}{oconn}{N}{end}', '已办结的申请中，{outcome}{oconn}{N}{end}'],
		slots: { ...COMMON, outcome: OUTCOME, oconn: ['', '', '的', '的申请'] },
		number: { min: 1, max: 30, units: ['件'] },
		expect: (tags, nums) => {
			const own = nums[nums.length - 1];
			const out = [{ indicator: tags.ind, value: own.value, qualifier: own.qualifier }];
			return nums.length > 1 ? [{ indicator: 'apply.received', value: nums[0].value, qualifier: nums[0].qualifier }, ...out] : out;
		}
	}
];

const APPEALS_WORDS: Part[] = [
	...['行政复议、行政诉讼', '行政复议和行政诉讼', '复议、诉讼', '行政复议或行政诉讼', '行政复议及行政诉讼'].map((t) => ({ t, tag: { zero: 'review.total,litigation.total' } })),
	...['行政复议'].map((t) => ({ t, tag: { zero: 'review.total' } })),
	...['行政诉讼'].map((t) => ({ t, tag: { zero: 'litigation.total' } }))
];

const APPEALS: Family[] = [
	{
		id: 'review+litigation/zero',
		group: 'review',
		templates: [
			'{lead}{negate}{cause}{appeal}{kind}{end}',
			'{lead}{cause}{appeal}{kind}数量{zeroIs}{end}',
			'{lead}{cause}被申请{appeal}的数量为零{end}'
		],
		slots: {
			...COMMON,
			negate: ['未发生', '没有发生', '未出现', '无', '未有', '没有出现', '未产生'],
			cause: ['', '因政府信息公开引发的', '因信息公开引起的', '针对本机关政府信息公开的', '涉及政府信息公开的', '政府信息公开方面的', '因政府信息公开申请而提起的'],
			appeal: APPEALS_WORDS,
			kind: ['', '情形', '情况', '案件', '事项', '案'],
			zeroIs: ['为零', '均为零', '均为0', '为0件', '均为0件']
		},
		expect: zeros('review.total', 'litigation.total')
	},
	{
		id: 'review+litigation/count',
		group: 'review',
		templates: ['{lead}{happen}{cause}{which}{N}{end}'],
		slots: {
			...COMMON,
			happen: ['发生', '被申请', '共发生', '收到'],
			cause: ['', '政府信息公开', '因信息公开引发的'],
			which: [{ t: '行政复议', tag: { ind: 'review.total' } }, { t: '行政复议案件', tag: { ind: 'review.total' } }, { t: '行政诉讼', tag: { ind: 'litigation.total' } }, { t: '行政诉讼案件', tag: { ind: 'litigation.total' } }]
		},
		number: { min: 1, max: 9, units: ['件', '起', '宗', '个'] },
		expect: one('review.total')
	},
	{
		id: 'complaint/zero',
		group: 'complaint',
		templates: ['{lead}{negate}{about}{complaint}{kind}{end}'],
		slots: {
			...COMMON,
			negate: ['未收到', '没有收到', '无', '未发生', '未出现'],
			about: ['', '有关政府信息公开的', '针对政府信息公开工作的', '因信息公开工作被'],
			complaint: ['举报投诉', '投诉举报', '投诉', '申诉'],
			kind: ['', '', '情况', '事项', '案件']
		},
		expect: zeros('complaint.total')
	}
];

const FEES: Family[] = [
	{
		id: 'fee.amount/zero',
		group: 'fee',
		templates: ['{lead}{feeZero}{end}', '{lead}依申请公开{feeZero}{end}'],
		slots: {
			...COMMON,
			feeZero: ['未收取任何费用', '没有收取费用', '未收费', '未收取信息处理费', '收费为零', '收取费用0元', '没有收取任何信息处理费', '未向申请人收取费用', '信息公开收费为0元', '收取信息处理费0元']
		},
		expect: zeros('fee.amount')
	},
	{
		id: 'fee.amount/amount',
		group: 'fee',
		templates: ['{lead}{charge}{N}{end}'],
		slots: { ...COMMON, charge: ['收取检索、复制、邮寄费用', '收取信息处理费', '收取费用共计', '依申请公开收费', '收取复制费'] },
		number: { min: 5, max: 900, units: ['元'], rounded: false, chinese: false },
		expect: one('fee.amount')
	}
];

/** A section answered by a bare 无 under a heading that names the topic. */
const HEADING_ZEROS: Family[] = [
	{
		id: 'zero/under-heading',
		group: 'review',
		templates: ['{num}、{heading}{sep}{none}'],
		slots: {
			num: ['三', '四', '五'],
			heading: [
				{ t: '政府信息公开的收费及减免情况', tag: { zero: 'fee.amount' } },
				{ t: '因政府信息公开申请行政复议、提起行政诉讼的情况', tag: { zero: 'review.total,litigation.total' } },
				{ t: '政府信息公开行政复议、行政诉讼情况', tag: { zero: 'review.total,litigation.total' } },
				{ t: '依申请公开政府信息情况', tag: { zero: 'apply.received' } },
				{ t: '依申请公开办理情况', tag: { zero: 'apply.received' } },
				{ t: '举报投诉情况', tag: { zero: 'complaint.total' } }
			],
			sep: ['\n', '：', '。', '\n    '],
			none: ['无。', '本年度无。', '无', '全年无。', '暂无。']
		},
		expect: zeros()
	}
];

export const APPLY_FAMILIES: Family[] = [...APPLY, ...OUTCOMES, ...APPEALS, ...FEES, ...HEADING_ZEROS];
