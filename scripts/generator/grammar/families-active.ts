// Probe families of proactive disclosure: the year's total, per channel, per topic, respective
// lists (分别), and responses. Each family composes the part tables in one word order.
import { one, type Expected, type Family, type Part } from './expand';
import type { Numeral } from './numerals';
import { ADVERB, CHANNEL, CHANNEL_NOUN, CHANNEL_VERB, CONNECT, END, INFO, INFO_UNITS, LEAD, PUBLISH, SUBJECT, TIME } from './parts';

const COMMON = { lead: LEAD, time: TIME, subject: SUBJECT, adverb: ADVERB, conn: CONNECT, end: END, verb: PUBLISH, noun: INFO };
const ITEMS = { min: 12, max: 3000, units: INFO_UNITS };
/** a total and one of its parts */
const TOTAL = { min: 1000, max: 3000, units: INFO_UNITS };
const PART = { min: 12, max: 900, units: INFO_UNITS };

/** 通过网站, 在公示栏上, 借助公众号 … */
const VIA: readonly Part[] = ['通过{channel}', '在{channel}', '在{channel}上', '依托{channel}', '利用{channel}', '借助{channel}', '于{channel}', '经{channel}'];

const channelOf = (tags: Record<string, string>) => `channel.${tags.ch}`;
const stat = (indicator: string, n: Numeral): Expected => ({ indicator, value: n.value, qualifier: n.qualifier });

const ACTIVE: Family[] = [
	{
		id: 'active.total/verb-noun-number',
		group: 'active',
		templates: ['{lead}{adverb}{verb}{noun}{conn}{N}{end}'],
		slots: COMMON,
		number: ITEMS,
		expect: one('active.total')
	},
	{
		id: 'active.total/verb-number-noun',
		group: 'active',
		templates: ['{lead}{adverb}{verb}{N}{noun}{end}'],
		slots: COMMON,
		number: ITEMS,
		expect: one('active.total')
	},
	{
		id: 'active.total/noun-first',
		group: 'active',
		templates: ['{lead}{done}{noun}{sum}{N}{end}', '{lead}{measure}{sum}{N}{end}'],
		slots: {
			...COMMON,
			done: ['主动公开的', '公开的', '发布的', '对外公开的'],
			measure: ['政府信息主动公开量', '信息公开数量', '主动公开信息数量', '公开信息总量', '主动公开政府信息数', '主动公开信息总数', '政务信息公开总计', '政府信息公开共计'],
			sum: ['共', '共计', '达', '为', '数量为', '总数为', '合计', '总计达', '累计达', '达到']
		},
		number: ITEMS,
		expect: one('active.total')
	}
];

const CHANNELS: Family[] = [
	{
		id: 'channel/via-verb-number',
		group: 'channel',
		templates: ['{lead}{via}{cverb}{cnoun}{conn}{N}{end}', '{lead}{adverb}{via}{cverb}{cnoun}{N}{end}'],
		slots: { ...COMMON, via: VIA, channel: CHANNEL, cverb: CHANNEL_VERB, cnoun: CHANNEL_NOUN },
		number: ITEMS,
		expect: (tags, nums) => [stat(channelOf(tags), nums[0])]
	},
	{
		id: 'channel/name-first',
		group: 'channel',
		templates: ['{lead}{channel}{cverb}{cnoun}{conn}{N}{end}', '{lead}{channel}{adverb}{cverb}{cnoun}{N}{end}'],
		slots: { ...COMMON, channel: CHANNEL, cverb: CHANNEL_VERB, cnoun: CHANNEL_NOUN },
		number: ITEMS,
		expect: (tags, nums) => [stat(channelOf(tags), nums[0])]
	},
	{
		id: 'channel/verb-number-noun',
		group: 'channel',
		templates: ['{lead}{via}{cverb}{N}{noun}{end}', '{lead}{adverb}{via}{cverb}了{N}{noun}{end}'],
		slots: { ...COMMON, via: VIA, channel: CHANNEL, cverb: ['发布', '公开', '推送', '更新', '上传', '刊发'] },
		number: ITEMS,
		expect: (tags, nums) => [stat(channelOf(tags), nums[0])]
	},
	{
		id: 'channel/breakdown',
		group: 'channel',
		templates: ['{lead}共主动公开政府信息{N}，其中{via}{cverb}{N}{end}', '{lead}主动公开各类信息{N}，其中：{channel}{N}{end}'],
		slots: { ...COMMON, via: VIA, channel: CHANNEL, cverb: CHANNEL_VERB },
		numbers: [TOTAL, PART],
		expect: (tags, nums) => [stat('active.total', nums[0]), stat(channelOf(tags), nums[1])]
	},
	{
		id: 'channel/since-opened',
		group: 'channel',
		templates: ['{channel}自{opened}以来累计发布信息{N}，{this}{cverb}{N}{end}', '{channel}{opened}以来共发布信息{N}，其中{this}{cverb}信息{N}{end}'],
		slots: {
			...COMMON,
			channel: CHANNEL.filter((p) => typeof p !== 'string' && p.tag.ch !== 'other'),
			opened: ['开通', '{Yold}年开通', '上线', '运行', '建成'],
			this: ['{Y}年', '本年度', '今年', '全年'],
			cverb: ['发布', '新发布', '更新', '推送']
		},
		numbers: [TOTAL, PART],
		expect: (tags, nums) => [stat(channelOf(tags), nums[1])]
	}
];

/** Short channel names for lists, one per channel. */
const SHORT: Record<string, readonly string[]> = {
	website: ['网站', '门户网站', '政府网站'],
	wechat: ['公众号', '微信公众号', '政务微信'],
	weibo: ['微博', '政务微博'],
	bulletin: ['公开栏', '公示栏'],
	platform: ['统一平台', '政务公开平台'],
	new_media: ['抖音号', '客户端']
};

function pairs(): Part[] {
	const out: Part[] = [];
	const keys = Object.keys(SHORT);
	for (const a of keys) for (const b of keys) if (a !== b) for (const and of ['和', '、', '及', '与']) out.push({ t: `${SHORT[a][out.length % SHORT[a].length]}${and}${SHORT[b][out.length % SHORT[b].length]}`, tag: { ch1: a, ch2: b } });
	return out;
}

const LISTS: Family[] = [
	{
		id: 'channel/respectively',
		group: 'channel',
		templates: [
			'{lead}{via2}{pair}，分别{cverb}{cnoun}{n1}、{n2}{U}{end}',
			'{lead}{via2}{pair}分别{cverb}{cnoun}{n1}{U}、{n2}{U}{end}',
			'{lead}{via2}{pair}{cverb}{cnoun}分别为{n1}{U}和{n2}{U}{end}',
			'{lead}{via2}{pair}，分别{cverb}{cnoun} {n1}、{n2} {U}{end}'
		],
		slots: { ...COMMON, via2: ['借助', '通过', '在', '依托', '利用', ''], pair: pairs(), cverb: ['推送', '发布', '公开', '更新'], cnoun: ['', '', '信息', '各类信息'], U: ['条', '篇', '条'] },
		number: { min: 3, max: 900, units: ['条'] },
		expect: (tags, nums) => [
			{ indicator: `channel.${tags.ch1}`, value: nums[0].value, qualifier: 'exact' },
			{ indicator: `channel.${tags.ch2}`, value: nums[1].value, qualifier: 'exact' }
		]
	}
];

const TOPIC: Part[] = [
	...['政策文件', '法规文件类信息', '政策法规类信息', '政策文件类信息'].map((t) => ({ t, tag: { ind: 'topic.policy' } })),
	...['工作动态', '工作动态类信息', '政务动态信息', '部门动态'].map((t) => ({ t, tag: { ind: 'topic.news' } })),
	...['人事信息', '人事任免信息', '人事任免类信息'].map((t) => ({ t, tag: { ind: 'topic.personnel' } })),
	...['公共服务类信息', '便民服务信息', '公共服务信息'].map((t) => ({ t, tag: { ind: 'topic.services' } })),
	...['财政预决算信息', '财政资金信息', '预决算信息', '财政类信息'].map((t) => ({ t, tag: { ind: 'topic.fiscal' } })),
	...['规划计划类信息', '发展规划信息', '规划计划信息'].map((t) => ({ t, tag: { ind: 'topic.planning' } })),
	...['其他类信息', '其他信息', '其它信息'].map((t) => ({ t, tag: { ind: 'topic.other' } }))
];

const TOPICS: Family[] = [
	{
		id: 'topic/breakdown',
		group: 'topic',
		templates: ['{lead}主动公开政府信息{N}，其中{topic}{tconn}{N}{end}', '{lead}共公开各类信息{N}。其中：{topic}{tconn}{N}{end}'],
		slots: { ...COMMON, topic: TOPIC, tconn: ['', '', '共', '为', '计', ' '] },
		numbers: [TOTAL, PART],
		expect: (tags, nums) => [stat('active.total', nums[0]), stat(tags.ind, nums[1])]
	},
	{
		id: 'topic/verb',
		group: 'topic',
		templates: ['{lead}{tverb}{topic}{N}{end}'],
		slots: { ...COMMON, topic: TOPIC, tverb: ['公开', '发布', '公开了', '主动公开', '及时公开'] },
		number: ITEMS,
		expect: one('topic')
	}
];

const RESPONSES: Family[] = [
	{
		id: 'response.interpretations',
		group: 'response',
		templates: ['{lead}{adverb}{rverb}{interp}{conn}{N}{end}', '{lead}{adverb}{rverb}{N}{interp}{end}'],
		slots: { ...COMMON, rverb: ['发布', '刊发', '推出', '编发', '制作发布', '发布了'], interp: ['政策解读稿件', '政策解读文章', '政策解读材料', '解读稿件', '政策解读信息'] },
		number: { min: 1, max: 60, units: ['篇', '篇', '期', '份', '条'] },
		expect: one('response.interpretations')
	},
	{
		id: 'response.hotspots',
		group: 'response',
		templates: ['{lead}{adverb}回应{hot}{conn}{N}{end}', '{lead}{adverb}回应{N}{hot}{end}'],
		slots: { ...COMMON, hot: ['公众关注热点', '社会关切', '群众关切问题', '热点问题', '公众关切'] },
		number: { min: 1, max: 40, units: ['次', '个', '件', '条'] },
		expect: one('response.hotspots')
	}
];

/** A line wrapped inside a word, as PDF and fixed-width copies break prose ("政府\n信息"). */
const WRAPPED: Family[] = [
	{
		id: 'active.total/wrapped',
		group: 'active',
		templates: [
			'{Y}年，{subject}认真落实公开要求，共主动公开政府\n信息{N}{end}',
			'{Y}年，{subject}坚持应公开尽公开，全年共发布各类政务信\n息{N}{end}',
			'根据县政府统一部署，{subject}全年主动公开政府信息\n{N}{end}',
			'按照《条例》要求，{subject}全年主动\n公开各类信息{N}{end}'
		],
		slots: COMMON,
		number: ITEMS,
		expect: one('active.total')
	},
	{
		id: 'apply.received/wrapped',
		group: 'apply',
		templates: ['按照有关规定，{subject}全年共收到群众提出的政府信息公开申\n请{N}{end}', '{Y}年，{subject}依法办理，共受理依申请公开事\n项{N}{end}'],
		slots: COMMON,
		number: { min: 1, max: 40, units: ['件'] },
		expect: one('apply.received')
	}
];

export const ACTIVE_FAMILIES: Family[] = [...ACTIVE, ...CHANNELS, ...LISTS, ...TOPICS, ...RESPONSES, ...WRAPPED];

// (re-exported so trap tables can use the same channel names)
export { VIA };
