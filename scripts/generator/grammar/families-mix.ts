// Probe families of several statements in one sentence, as reports write them: a total with its
// channels, requests with their outcomes, the work of a year in one breath, zeros side by side.
// Each number must go to its own indicator and none to a neighbour's.
import { zeros, type Expected, type Family, type Part } from './expand';
import type { Numeral } from './numerals';
import { CHANNEL, LEAD, PLAIN_END, SUBJECT, TIME } from './parts';

const stat = (indicator: string, n: Numeral): Expected => ({ indicator, value: n.value, qualifier: n.qualifier });

/** Channel names by kind, from the shared part table. */
function byKind(): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const p of CHANNEL) if (typeof p !== 'string' && p.tag.ch !== 'other') out.set(p.tag.ch, [...(out.get(p.tag.ch) ?? []), p.t]);
	return out;
}

/** Three channels of different kinds put into `pattern` (@A @B @C), tagged c1 c2 c3. */
function triples(pattern: string): Part[] {
	const kinds = [...byKind()];
	const out: Part[] = [];
	for (let i = 0; i < kinds.length; i++)
		for (let j = 0; j < kinds.length; j++)
			for (let k = 0; k < kinds.length; k++) {
				if (i === j || j === k || i === k) continue;
				const [a, b, c] = [kinds[i], kinds[j], kinds[k]];
				const n = out.length;
				const name = (kind: [string, string[]], salt: number) => kind[1][(n + salt) % kind[1].length];
				const t = pattern.replace('@A', name(a, 0)).replace('@B', name(b, 1)).replace('@C', name(c, 2));
				out.push({ t, tag: { c1: a[0], c2: b[0], c3: c[0] } });
			}
	return out;
}

const COMMON = { lead: LEAD, time: TIME, subject: SUBJECT, end: PLAIN_END };
const TOTAL = { min: 1000, max: 3000, units: ['条'] };
const PART = { min: 12, max: 300, units: ['条', '篇', '条'] };

export const MIX_FAMILIES: Family[] = [
	{
		id: 'mix/total-with-channels',
		group: 'channel',
		templates: ['{lead}共主动公开政府信息{N}，其中{three}{end}', '{lead}主动公开各类信息{N}。其中：{list}{end}', '{lead}共发布信息{N}，其中{semi}{end}'],
		slots: {
			...COMMON,
			three: triples('{v1}@A{p1}{N}，@B{p2}{N}，{v3}@C{p3}{N}'),
			list: triples('@A{N}、@B{N}、@C{N}'),
			semi: triples('{v1}@A{p1}{N}；@B{p2}{N}；@C{p3}{N}'),
			v1: ['通过', '在', '利用', ''],
			v3: ['通过', '在', ''],
			p1: ['发布', '公开', '发布信息', '更新'],
			p2: ['推送', '发布', '公开', '推送信息'],
			p3: ['公示', '发布', '公开']
		},
		numbers: [TOTAL, PART, PART, PART],
		expect: (tags, nums) => [stat('active.total', nums[0]), stat(`channel.${tags.c1}`, nums[1]), stat(`channel.${tags.c2}`, nums[2]), stat(`channel.${tags.c3}`, nums[3])]
	},
	{
		id: 'mix/requests-and-outcomes',
		group: 'apply',
		templates: [
			'{lead}共收到政府信息公开申请{N}，其中予以公开{N}，部分公开{N}，本机关不掌握相关政府信息{N}{end}',
			'{lead}受理依申请公开事项{N}，均在法定期限内答复，其中同意公开{N}、部分公开{N}、信息不存在{N}{end}'
		],
		slots: COMMON,
		number: { min: 1, max: 9, rounded: false, units: ['件'] },
		expect: (_tags, nums) => [stat('apply.received', nums[0]), stat('outcome.granted', nums[1]), stat('outcome.partial', nums[2]), stat('outcome.not_held', nums[3])]
	},
	{
		id: 'mix/year-of-work',
		group: 'capacity',
		templates: [
			'{lead}配备信息公开工作人员{N}，召开专题会议{N}，组织业务培训{N}，培训干部{N}{end}',
			'{lead}明确{N}工作人员负责信息公开工作，全年召开{N}政务公开专题会，举办{N}业务培训{end}'
		],
		slots: COMMON,
		numbers: [
			{ min: 1, max: 6, rounded: false, units: ['名'] },
			{ min: 1, max: 9, rounded: false, units: ['次'] },
			{ min: 1, max: 9, rounded: false, units: ['次', '期'] },
			{ min: 20, max: 200, rounded: false, units: ['人次'] }
		],
		expect: (_tags, nums) => [stat('capacity.staff', nums[0]), stat('capacity.meetings', nums[1]), stat('capacity.trainings', nums[2]), ...(nums[3] ? [stat('capacity.trainees', nums[3])] : [])]
	},
	{
		id: 'mix/zeros',
		group: 'review',
		templates: ['{lead}{zeros}{end}'],
		slots: {
			...COMMON,
			zeros: [
				{ t: '未收到政府信息公开申请，未收取任何费用，未发生行政复议和行政诉讼', tag: { zero: 'apply.received,fee.amount,review.total,litigation.total' } },
				{ t: '没有收到依申请公开事项，也没有因政府信息公开被申请行政复议或提起行政诉讼的情况', tag: { zero: 'apply.received,review.total,litigation.total' } },
				{ t: '无依申请公开事项，无收费情况，无行政复议、行政诉讼案件', tag: { zero: 'apply.received,fee.amount,review.total,litigation.total' } }
			]
		},
		expect: zeros()
	}
];
