// The pre-2019 statistical annex (政府信息公开工作情况统计表), row for row as seed 001, with the
// variants of its era: no Weibo/WeChat rows before 2014, no 回应解读 section before 2016.
import type { YearFacts } from './facts';
import type { Rng } from './prng';
import { renderTable, type Layout, type Row } from './table';
import { join, type Frag } from './frag';

const I = '　　'; // the full-width indentation Word leaves behind
type Spec = readonly [indent: string, label: string, unit: string, indicator: string, get: (f: YearFacts) => number | ''];

const sum = (...xs: number[]) => xs.reduce((a, b) => a + b, 0);
const refused = (f: YearFacts) => f.req.refusedSecret + f.req.refusedLaw;
const answered = (f: YearFacts) => sum(f.req.granted, f.req.partial, f.req.alreadyPublic, refused(f), f.req.notHeld, f.req.notThisAgency, f.req.clarify);
const staff = (f: YearFacts) => f.staffFull + f.staffPart;

const ACTIVE: Spec[] = [
	['', '一、主动公开情况', '', '', () => ''],
	[I, '（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）', '条', 'active.total', (f) => f.active],
	[I + I + I, '其中：主动公开规范性文件数', '条', 'active.normative_docs', (f) => f.normativeDocs],
	[I + I + I + I, '制发规范性文件总数', '件', 'active.normative_issued', (f) => f.normativeIssued],
	[I, '（二）通过不同渠道和方式公开政府信息的情况', '', '', () => ''],
	[I + I, '1.政府公报公开政府信息数', '条', 'channel.gazette', (f) => f.channels.gazette],
	[I + I, '2.政府网站公开政府信息数', '条', 'channel.website', (f) => f.channels.website + f.channels.platform],
	[I + I, '3.政务微博公开政府信息数', '条', 'channel.weibo', (f) => f.channels.weibo],
	[I + I, '4.政务微信公开政府信息数', '条', 'channel.wechat', (f) => f.channels.wechat],
	[I + I, '5.其他方式公开政府信息数', '条', 'channel.other', (f) => f.channels.bulletin + f.channels.new_media + f.channels.other]
];

const RESPONSE: Spec[] = [
	['', '二、回应解读情况', '', '', () => ''],
	['', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次', 'response.hotspots', (f) => f.hotspots],
	[I, '（二）通过不同渠道和方式回应解读的情况', '', '', () => ''],
	[I + I, '1.参加或举办新闻发布会总次数', '次', 'response.press_conferences', (f) => f.pressConferences],
	[I + I + I, '其中：主要负责同志参加新闻发布会次数', '次', 'response.press_conferences_leader', (f) => f.pressConferences],
	[I + I, '2.政府网站在线访谈次数', '次', 'response.online_interviews', (f) => f.interviews],
	[I + I + I, '其中：主要负责同志参加政府网站在线访谈次数', '次', 'response.online_interviews_leader', (f) => f.interviews],
	[I + I, '3.政策解读稿件发布数', '篇', 'response.interpretations', (f) => f.interpretations],
	[I + I, '4.微博微信回应事件数', '次', 'response.social_media', (f) => f.socialResponses],
	[I + I, '5.其他方式回应事件数', '次', 'response.other', (f) => f.otherResponses]
];

const APPLY: Spec[] = [
	['', '依申请公开情况', '', '', () => ''],
	[I, '（一）收到申请数', '件', 'apply.received', (f) => f.req.received],
	[I + I, '1.当面申请数', '件', 'apply.in_person', (f) => f.req.inPerson],
	[I + I, '2.传真申请数', '件', 'apply.fax', (f) => f.req.fax],
	[I + I, '3.网络申请数', '件', 'apply.online', (f) => f.req.online],
	[I + I, '4.信函申请数', '件', 'apply.letter', (f) => f.req.letter],
	[I + I, '5.其他形式', '件', 'apply.other_form', (f) => f.req.otherForm],
	[I, '（二）申请办结数', '件', 'apply.completed', (f) => f.req.received],
	[I + I, '1.按时办结数', '件', 'apply.on_time', (f) => f.req.onTime],
	[I + I, '2.延期办结数', '件', 'apply.extended', (f) => f.req.extended],
	[I, '（三）申请答复数', '件', 'outcome.total', answered],
	[I + I, '1.属于已主动公开范围数', '件', 'outcome.already_public', (f) => f.req.alreadyPublic],
	[I + I, '2.同意公开答复数', '件', 'outcome.granted', (f) => f.req.granted],
	[I + I, '3.同意部分公开答复数', '件', 'outcome.partial', (f) => f.req.partial],
	[I + I, '4.不同意公开答复数', '件', 'outcome.refused', refused],
	[I + I + I, '其中：涉及国家秘密', '件', 'outcome.refused_state_secret', (f) => f.req.refusedSecret],
	[I + I + I + I, '涉及商业秘密', '件', 'outcome.refused_commercial', () => 0],
	[I + I + I + I, '涉及个人隐私', '件', 'outcome.refused_privacy', () => 0],
	[I + I + I + I, '危及国家安全、公共安全、经济安全和社会稳定', '件', 'outcome.refused_security', () => 0],
	[I + I + I + I, '不是《条例》所指政府信息', '件', 'outcome.refused_not_gov_info', () => 0],
	[I + I + I + I, '法律法规规定的其他情形', '件', 'outcome.refused_law', (f) => f.req.refusedLaw],
	[I + I, '5.不属于本行政机关公开数', '件', 'outcome.not_this_agency', (f) => f.req.notThisAgency],
	[I + I, '6.申请信息不存在数', '件', 'outcome.not_held', (f) => f.req.notHeld],
	[I + I, '7.告知作出更改补充数', '件', 'outcome.clarify', (f) => f.req.clarify],
	[I + I, '8.告知通过其他途径办理数', '件', 'outcome.other_route', () => 0]
];

const APPEALS: Spec[] = [
	['', '行政复议数量', '件', 'review.total', (f) => sum(f.review.upheld, f.review.corrected, f.review.other, f.review.pending)],
	[I, '（一）维持具体行政行为数', '件', 'review.upheld', (f) => f.review.upheld],
	[I, '（二）被依法纠错数', '件', 'review.corrected', (f) => f.review.corrected],
	[I, '（三）其他情形数', '件', 'review.other', (f) => f.review.other + f.review.pending],
	['', '行政诉讼数量', '件', 'litigation.total', (f) => f.suits.direct + f.suits.afterReview],
	[I, '（一）维持具体行政行为或者驳回原告诉讼请求数', '件', 'litigation.upheld', (f) => f.suits.upheld],
	[I, '（二）被依法纠错数', '件', 'litigation.corrected', () => 0],
	[I, '（三）其他情形数', '件', 'litigation.other', (f) => f.suits.direct + f.suits.afterReview - f.suits.upheld],
	['', '被举报投诉数量', '件', 'complaint.total', (f) => f.complaints],
	[I, '（一）维持具体行政行为数', '件', 'complaint.upheld', (f) => f.complaints],
	[I, '（二）被纠错数', '件', 'complaint.corrected', () => 0],
	[I, '（三）其他情形数', '件', 'complaint.other', () => 0]
];

const FACILITY: Spec[] = [
	['', '向图书馆、档案馆等查阅场所报送信息数', '条', 'facility.archive_submissions', (f) => Math.round(f.active / 10)],
	[I, '（一）纸质文件数', '条', 'facility.archive_paper', (f) => Math.round(f.active / 10)],
	[I, '（二）电子文件数', '条', 'facility.archive_electronic', () => 0],
	['', '开通政府信息公开网站（或设立门户网站信息公开专栏）数', '个', 'facility.websites', () => 1],
	[I, '（一）区县政府及其部门门户网站', '个', '', () => 0],
	['', '（二）乡镇政府（街道办事处）门户网站', '个', '', () => 1],
	['', '政府公报发行量', '', '', () => ''],
	['', '（一）公报发行期数', '期', 'facility.gazette_issues', (f) => f.gazetteIssues],
	['', '（二）公报发行总份数', '份', 'facility.gazette_copies', (f) => f.gazetteCopies],
	['', '设置政府信息查阅点数', '个', 'facility.reading_rooms', (f) => f.readingRooms],
	['', '（一）区县政府及其部门', '个', '', () => 0],
	['', '（二）乡镇政府（街道办事处）', '个', '', (f) => f.readingRooms],
	['', '查阅点接待人数', '人次', 'facility.visitors', (f) => f.visitors],
	['', '（一）区县政府及其部门', '人次', '', () => 0],
	['', '（二）乡镇政府（街道办事处）', '人次', '', (f) => f.visitors],
	['', '机构建设和保障经费情况', '', '', () => ''],
	[I, '（一）政府信息公开工作专门机构数', '个', 'capacity.bodies', () => 1],
	[I, '（二）从事政府信息公开工作人员数', '人', 'capacity.staff', staff],
	[I + I, '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人', 'capacity.staff_fulltime', (f) => f.staffFull],
	[I + I, '2.兼职人员数', '人', 'capacity.staff_parttime', (f) => f.staffPart],
	[I, '（三）政府信息公开专项经费（不包括政府公报编辑管理及政府网站建设维护等方面的经费）', '万元', 'capacity.funds', (f) => f.funds],
	['', '政府信息公开会议和培训情况', '', '', () => ''],
	[I, '（一）召开政府信息公开工作会议或专题会议数', '次', 'capacity.meetings', (f) => f.meetings],
	[I, '（二）举办各类培训班数', '次', 'capacity.trainings', (f) => f.trainings],
	[I, '（三）接受培训人员数', '人次', 'capacity.trainees', (f) => f.trainees]
];

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];

/** The row specs of the year's table, with top-level sections numbered 一、二、… in order. */
export function pre2019Specs(year: number, rng: Rng): Spec[] {
	const active = year < 2014 ? ACTIVE.filter(([, l]) => !/微博|微信/.test(l)).map(renumberChannels) : ACTIVE;
	const specs = [...active, ...(year >= 2016 ? RESPONSE : []), ...APPLY, ...APPEALS, ...FACILITY];
	let n = 0;
	const numbered = specs.map((s): Spec => {
		const top = s[0] === '' && !/^（/.test(s[1]);
		if (!top) return s;
		const label = s[1].replace(/^[一二三四五六七八九十]+、/, '');
		return [s[0], `${CN[n++]}、${label}`, s[2], s[3], s[4]];
	});
	// some towns leave the interpretation cell empty: not reported, not zero
	return rng.chance(0.15) ? numbered.map((s) => (s[3] === 'response.interpretations' ? [s[0], s[1], s[2], s[3], () => ''] : s)) : numbered;
}

function renumberChannels(s: Spec): Spec {
	return s[1].startsWith('5.其他') ? [s[0], s[1].replace('5.', '3.'), s[2], s[3], s[4]] : s;
}

export function pre2019Table(f: YearFacts, layout: Layout, rng: Rng): Frag {
	const header: Row = { label: '统　计　指　标', cells: ['单位', '统计数'] };
	const rows: Row[] = pre2019Specs(f.year, rng).map(([indent, label, unit, indicator, get]) => {
		const value = get(f);
		return { label, indent, cells: [unit, value], facts: indicator ? [{ col: 1, indicator }] : [] };
	});
	return join([renderTable([header, ...rows], layout, rng)]);
}
