// Generalisation probes: phrasings written fresh (not read off any corpus) in the style of
// township reports, to check that prose rules hold on wording they were not written from.
// Each positive case names one indicator; each trap must yield no count at all.
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import type { ValueRecord } from './types';

const TITLE = '云杉镇2018年政府信息公开工作年度报告\n';
const INTRO = '根据《中华人民共和国政府信息公开条例》要求,现将本镇年度报告公布如下。\n';

function numericValues(body: string): Map<string, ValueRecord> {
	const ex = extract(TITLE + INTRO + body);
	return new Map(ex.values.filter((v) => !v.indicator.startsWith('uses.')).map((v) => [v.indicator, v]));
}

type Probe = [sentence: string, indicator: string, value: number, qualifier: string];

const TOTALS: Probe[] = [
	['全年通过各种渠道主动公开政府信息共计215条。', 'active.total', 215, 'exact'],
	['本年度我镇累计主动公开各类政务信息达1 024条。', 'active.total', 1024, 'exact'],
	['2018年共主动公开信息五百六十条。', 'active.total', 560, 'exact'],
	['全年主动公开政府信息３２０余条。', 'active.total', 320, 'approx'],
	['我镇全年共公开政务信息约800条左右。', 'active.total', 800, 'approx'],
	['今年以来主动公开各类信息不少于300条。', 'active.total', 300, 'at_least'],
	['全年主动公開政府信息共計128條。', 'active.total', 128, 'exact'],
	['主 动 公 开 政 府 信 息 共 计 9 6 条。', 'active.total', 96, 'exact'],
	['全年共更新发布政务信息463条。', 'active.total', 463, 'exact'],
	['本年度主动公开政府信息数量为73条。', 'active.total', 73, 'exact'],
	['全年共录入并公开各类政府信息140条。', 'active.total', 140, 'exact'],
	['全年主动公开政府信息合计二千余条。', 'active.total', 2000, 'approx'],
	['全年主动公开政府信息逾600条。', 'active.total', 600, 'at_least'],
	['全年主动公开规范性文件3件。', 'active.normative_docs', 3, 'exact']
];

const TOPICS_CHANNELS: Probe[] = [
	['其中政策法规类信息21条。', 'topic.policy', 21, 'exact'],
	['其中工作动态类信息118条。', 'topic.news', 118, 'exact'],
	['其中人事任免信息6条。', 'topic.personnel', 6, 'exact'],
	['其中财政预决算信息9条。', 'topic.fiscal', 9, 'exact'],
	['其中规划计划类信息4条。', 'topic.planning', 4, 'exact'],
	['通过镇政府网站公开信息88条。', 'channel.website', 88, 'exact'],
	['在县政府信息公开网发布信息45条。', 'channel.website', 45, 'exact'],
	['通过政务微信公众号推送信息120余条。', 'channel.wechat', 120, 'approx'],
	['政务微博发布信息36条。', 'channel.weibo', 36, 'exact'],
	['通过公开栏公开信息52条。', 'channel.bulletin', 52, 'exact'],
	['在政务公开统一平台上传信息77条。', 'channel.platform', 77, 'exact']
];

const RESPONSE_APPLY: Probe[] = [
	['全年发布政策解读稿件5篇。', 'response.interpretations', 5, 'exact'],
	['本年度共发布政策解读材料十二篇。', 'response.interpretations', 12, 'exact'],
	['回应社会关注热点问题3次。', 'response.hotspots', 3, 'exact'],
	['全年共收到政府信息公开申请2件。', 'apply.received', 2, 'exact'],
	['本年度共受理依申请公开政府信息3件。', 'apply.received', 3, 'exact'],
	['全年接到群众信息公开申请共计4件。', 'apply.received', 4, 'exact'],
	['本年度未收到政府信息公开申请。', 'apply.received', 0, 'zero_stated'],
	['本年度没有收到公民、法人或其他组织的信息公开申请。', 'apply.received', 0, 'zero_stated'],
	['全年暂无依申请公开事项。', 'apply.received', 0, 'zero_stated'],
	['本年度尚未收到政府信息公开申请。', 'apply.received', 0, 'zero_stated'],
	['全年收到政府信息公开申请0件。', 'apply.received', 0, 'zero_stated'],
	['全年收到政府信息公开申请１件。', 'apply.received', 1, 'exact'],
	['本年度收到依申请公开1件，已按时答复。', 'apply.received', 1, 'exact'],
	['本年度我镇無依申請公開事項。', 'apply.received', 0, 'zero_stated']
];

const FEE_REVIEW: Probe[] = [
	['本年度未收取任何费用。', 'fee.amount', 0, 'zero_stated'],
	['依申请公开工作中没有收费。', 'fee.amount', 0, 'zero_stated'],
	['本年度未发生政府信息公开行政复议案件。', 'review.total', 0, 'zero_stated'],
	['全年无因政府信息公开引起的行政复议和行政诉讼。', 'review.total', 0, 'zero_stated'],
	['全年无因政府信息公开引起的行政复议和行政诉讼。', 'litigation.total', 0, 'zero_stated'],
	['本年度没有发生针对我镇政府信息公开的行政诉讼案件。', 'litigation.total', 0, 'zero_stated'],
	['行政复议、行政诉讼均为0件。', 'review.total', 0, 'zero_stated'],
	['行政复议、行政诉讼均为0件。', 'litigation.total', 0, 'zero_stated'],
	['本年度发生政府信息公开行政复议1件。', 'review.total', 1, 'exact'],
	['全年未收到有关政府信息公开的举报投诉。', 'complaint.total', 0, 'zero_stated'],
	['本年度无政府信息公开方面的申诉。', 'complaint.total', 0, 'zero_stated']
];

const CAPACITY: Probe[] = [
	['配备专职工作人员2名。', 'capacity.staff_fulltime', 2, 'exact'],
	['确定1名专职人员负责信息公开工作。', 'capacity.staff_fulltime', 1, 'exact'],
	['配备兼职人员3名。', 'capacity.staff_parttime', 3, 'exact'],
	['设立政府信息公开查阅点2个。', 'facility.reading_rooms', 2, 'exact'],
	['在便民服务中心设立了1处信息公开查阅点。', 'facility.reading_rooms', 1, 'exact'],
	['全年召开政务公开专题会议4次。', 'capacity.meetings', 4, 'exact'],
	['全年组织信息公开业务培训2次。', 'capacity.trainings', 2, 'exact'],
	['培训人员45人次。', 'capacity.trainees', 45, 'exact'],
	['安排信息公开专项工作经费1.5万元。', 'capacity.funds', 1.5, 'exact'],
	['接待群众查阅30人次。', 'facility.visitors', 30, 'exact'],
	['接受群众咨询120余人次。', 'consult.total', 120, 'approx'],
	['微信公众号关注人数达3200人。', 'reach.wechat_followers', 3200, 'exact']
];

const TRAPS: string[] = [
	'根据《国务院办公厅关于做好政府信息公开工作的通知》(国办发〔2018〕12号)要求开展工作。',
	'本报告统计期限自2018年1月1日至2018年12月31日。',
	'如对本报告有疑问,请联系镇党政办,电话:0731-86123456。',
	'邮政编码:412000,电子邮箱:ysz2018@163.com。',
	'按照《条例》第二十七条规定处理。',
	'本报告共分为六个部分。',
	'全镇辖12个村、2个社区,总人口3.5万人。',
	'全县共主动公开政府信息12000余条。',
	'县人社局全年发布信息300条。',
	'明年计划主动公开政府信息500条以上。',
	'2019年,我镇将力争公开信息不少于400条。',
	'信息公开及时率达到98%。',
	'组织全镇25个村开展村务公开。',
	'为200名群众办理了社保业务。',
	'主要问题:部分信息更新不及时,个别村公开栏内容陈旧。',
	'镇政府门户网站访问量达15万次。',
	'本镇面积86平方公里。',
	'全年共办理人大代表建议8件、政协委员提案3件。'
];

function check(probes: Probe[]): void {
	it.each(probes)('%s → %s', (s, ind, value, qualifier) => {
		const v = numericValues(s).get(ind);
		expect(v ? [v.value, v.qualifier] : undefined).toEqual([value, qualifier]);
	});
}

describe('generalisation probes', () => {
	describe('totals', () => check(TOTALS));
	describe('topics and channels', () => check(TOPICS_CHANNELS));
	describe('responses and requests', () => check(RESPONSE_APPLY));
	describe('fees, reconsideration, lawsuits, complaints', () => check(FEE_REVIEW));
	describe('capacity and facilities', () => check(CAPACITY));
	describe('traps yield no count', () => {
		it.each(TRAPS)('%s', (s) => {
			expect([...numericValues(s).keys()]).toEqual([]);
		});
	});
});
