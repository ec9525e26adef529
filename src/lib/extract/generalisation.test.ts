// Generalisation probes: phrasings written fresh (not read off any corpus) in the style of
// township reports, to check that prose rules hold on wording they were not written from.
// Each positive case names one indicator; each trap must yield no count at all.
import { describe, expect, it } from 'vitest';
import { numericValues } from './test-helpers';


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

const SECOND_BATCH: Probe[] = [
	['全年共公开各类信息356条。', 'active.total', 356, 'exact'],
	['本年度共主动公开政府信息计210条。', 'active.total', 210, 'exact'],
	['2018年，我镇主动公开政府信息总数达到412条。', 'active.total', 412, 'exact'],
	['全年在各类平台共推送政务信息180余条。', 'active.total', 180, 'approx'],
	['全年上传各类政务信息共计95条。', 'active.total', 95, 'exact'],
	['我镇2018年度共主动公开政府信息一千二百余条。', 'active.total', 1200, 'approx'],
	['主动公开政府信息300条左右。', 'active.total', 300, 'approx'],
	['今年主动公开政府信息累计超过1000条。', 'active.total', 1000, 'at_least'],
	['主动公开政府信息共計 ８６ 條。', 'active.total', 86, 'exact'],
	['全年共主动公开政府信息 1 5 6 条，其中通过门户网站公开 1 2 0 条。', 'channel.website', 120, 'exact'],
	['通过微信公众号发布信息66期。', 'channel.wechat', 66, 'exact'],
	['通过抖音等短视频平台发布信息20条。', 'channel.new_media', 20, 'exact'],
	['在村务公开栏张贴公示信息36期。', 'channel.bulletin', 36, 'exact'],
	['通过电子显示屏滚动播放信息24条。', 'channel.bulletin', 24, 'exact'],
	['全年发布政策解读文章8篇。', 'response.interpretations', 8, 'exact'],
	['全年共回应群众关注热点问题5个。', 'response.hotspots', 5, 'exact'],
	['全年未发生重大舆情。', 'response.hotspots', 0, 'zero_stated'],
	['本年度共收到依申请公开件3件，均已按期答复。', 'apply.received', 3, 'exact'],
	['2018年度，本机关未收到政府信息公开申请。', 'apply.received', 0, 'zero_stated'],
	['本年度，我镇没有收到依申请公开的申请。', 'apply.received', 0, 'zero_stated'],
	['全年依申请公开政府信息为零。', 'apply.received', 0, 'zero_stated'],
	['本年度，没有收取任何信息公开费用。', 'fee.amount', 0, 'zero_stated'],
	['全年未发生因政府信息公开申请引发的行政复议、行政诉讼案件。', 'litigation.total', 0, 'zero_stated'],
	['本年度我镇政府信息公开工作未被申请行政复议，未被提起行政诉讼。', 'review.total', 0, 'zero_stated'],
	['本年度我镇政府信息公开工作未被申请行政复议，未被提起行政诉讼。', 'litigation.total', 0, 'zero_stated'],
	['明确2名工作人员负责政府信息公开工作。', 'capacity.staff', 2, 'exact'],
	['共设立信息公开查阅点3处。', 'facility.reading_rooms', 3, 'exact'],
	['全年举办政务公开业务培训班3期，培训干部60余人次。', 'capacity.trainings', 3, 'exact'],
	['全年接待群众来访查阅信息50余人次。', 'facility.visitors', 50, 'approx']
];

const THIRD_BATCH: Probe[] = [
	['全年发布各类信息三百余条。', 'active.total', 300, 'approx'],
	['共发布了120条政务信息。', 'active.total', 120, 'exact'],
	['累计公开政府信息达二千一百条。', 'active.total', 2100, 'exact'],
	['我镇全年主动公开政府信息共计：285条。', 'active.total', 285, 'exact'],
	['主动公开政府信息（含转载）132条。', 'active.total', 132, 'exact'],
	['全年主动公开政府信息286条，比上年增加35条。', 'active.total', 286, 'exact'],
	['全年主动公开信息約２００條。', 'active.total', 200, 'approx'],
	['今年以来，已在政府网站公开各类信息320余条。', 'channel.website', 320, 'approx'],
	['通过“微信公众号”推送信息88条。', 'channel.wechat', 88, 'exact'],
	['其中公开法规性文件类信息8条、工作动态类信息106条。', 'topic.news', 106, 'exact'],
	['其中：工作动态61条，财政资金信息12条。', 'topic.fiscal', 12, 'exact'],
	['公开财政预算、决算信息7条。', 'topic.fiscal', 7, 'exact'],
	['其中部门预决算信息6条。', 'topic.fiscal', 6, 'exact'],
	['通过政务微博发布信息0条。', 'channel.weibo', 0, 'zero_stated'],
	['全年未开展政策解读。', 'response.interpretations', 0, 'zero_stated'],
	['本年度收到信息公开申请二件。', 'apply.received', 2, 'exact'],
	['本年度，共收到群众依申请公开政府信息申请6件，其中当面申请4件，网上申请2件。', 'apply.received', 6, 'exact'],
	['本年度未有依申请公开情况。', 'apply.received', 0, 'zero_stated'],
	['全年没有依申请公开政府信息的情况发生。', 'apply.received', 0, 'zero_stated'],
	['本年度无依申请公开政府信息收费情况。', 'fee.amount', 0, 'zero_stated'],
	['全年收取检索、复制、邮寄等费用共计0元。', 'fee.amount', 0, 'zero_stated'],
	['本年度我镇无政府信息公开行政复议、行政诉讼情况。', 'litigation.total', 0, 'zero_stated'],
	['共组织信息公开培训4次，参训人员达80人次。', 'capacity.trainees', 80, 'exact'],
	['全年投入信息公开工作经费2万元。', 'capacity.funds', 2, 'exact'],
	['全年接受群众咨询约200人次。', 'consult.total', 200, 'approx'],
	['政务服务热线全年受理群众来电120次。', 'facility.hotline_served', 120, 'exact']
];

const FOURTH_BATCH: Probe[] = [
	['全年主动公开政府信息250条，较上年的180条有所增加。', 'active.total', 250, 'exact'],
	['全年主动公开政府信息250条，同比增长15%。', 'active.total', 250, 'exact'],
	['当前位置：首页 > 政务公开 > 年度报告\n全年主动公开政府信息133条。', 'active.total', 133, 'exact'],
	['全年主動公開政府資訊一百二十條，其中通過政府網站公開九十條。', 'active.total', 120, 'exact'],
	['全年主動公開政府資訊一百二十條，其中通過政府網站公開九十條。', 'channel.website', 90, 'exact'],
	['本年度收到政府信息公开申请3件，比上年减少2件。', 'apply.received', 3, 'exact'],
	['按照县政府要求，我镇全年主动公开政府信息90条。', 'active.total', 90, 'exact'],
	['在县政府门户网站我镇专栏发布信息72条。', 'channel.website', 72, 'exact'],
	['全年共有76名干部参加信息公开培训。', 'capacity.trainees', 76, 'exact'],
	['全年培训村干部120人次。', 'capacity.trainees', 120, 'exact'],
	['全年主动公开政府信息不低于50条。', 'active.total', 50, 'at_least'],
	['全年主动公开政府信息五十条以上。', 'active.total', 50, 'at_least'],
	['主动公开信息数120条。', 'active.total', 120, 'exact'],
	['本年度收到政府信息公开申请5件，上年结转1件。', 'apply.carried_over', 1, 'exact']
];

const FIFTH_BATCH: Probe[] = [
	['全年收取信息检索、复制费用共计50元。', 'fee.amount', 50, 'exact'],
	['依申请公开收费30元。', 'fee.amount', 30, 'exact'],
	['本年度共收到依申请公开1宗，已予以公开1宗。', 'apply.received', 1, 'exact'],
	['全年发生行政复议案件1起。', 'review.total', 1, 'exact'],
	['全年发生政府信息公开行政诉讼一起。', 'litigation.total', 1, 'exact'],
	['微信公众号订阅用户达5000余人。', 'reach.wechat_followers', 5000, 'approx']
];

const SIXTH_BATCH: Probe[] = [
	['一、总体情况 2018年，我镇共主动公开政府信息168条。', 'active.total', 168, 'exact'],
	['（一）主动公开情况。全年主动公开政府信息88条。', 'active.total', 88, 'exact'],
	['1.主动公开情况：全年公开政府信息64条。', 'active.total', 64, 'exact'],
	['全年通过政府信息公开平台公开信息计45条、微信公众号推送12条。', 'channel.platform', 45, 'exact'],
	['全年通过政府信息公开平台公开信息计45条、微信公众号推送12条。', 'channel.wechat', 12, 'exact'],
	['全年累计发布各类信息八十九条。', 'active.total', 89, 'exact'],
	['今年共发布信息123则。', 'active.total', 123, 'exact'],
	['全年主动公开信息１，２３４条。', 'active.total', 1234, 'exact'],
	['全年公开政府信息共二百零五条。', 'active.total', 205, 'exact'],
	['全年主动公开信息两百条。', 'active.total', 200, 'exact'],
	['本年度，我镇共收到申请公开政府信息的申请2件。', 'apply.received', 2, 'exact'],
	['本年度共收到信息公开申请零件。', 'apply.received', 0, 'zero_stated'],
	['全年政府信息公开申请数为0。', 'apply.received', 0, 'zero_stated'],
	['全年政府信息公开申请数为3件。', 'apply.received', 3, 'exact'],
	['全年无行政复议及行政诉讼案件。', 'review.total', 0, 'zero_stated'],
	['全年没有因信息公开工作被投诉、举报的情况。', 'complaint.total', 0, 'zero_stated']
];

const SEVENTH_BATCH: Probe[] = [
	['本年度收到信息公开申请5件，其中当面申请3件。', 'apply.in_person', 3, 'exact'],
	['其中现场提交申请2件，通过信函方式提出申请1件。', 'apply.letter', 1, 'exact'],
	['通过传真申请1件。', 'apply.fax', 1, 'exact'],
	['其中自然人提出的申请4件。', 'apply.by_person', 4, 'exact'],
	['其中企业申请2件。', 'apply.by_business', 2, 'exact'],
	['全年共办结信息公开申请6件，其中按期答复5件，延期答复1件。', 'apply.completed', 6, 'exact'],
	['全年共办结信息公开申请6件，其中按期答复5件，延期答复1件。', 'apply.on_time', 5, 'exact'],
	['全年共办结信息公开申请6件，其中按期答复5件，延期答复1件。', 'apply.extended', 1, 'exact'],
	['结转至下一年度办理的申请2件。', 'apply.carried_forward', 2, 'exact'],
	['结转下年度0件。', 'apply.carried_forward', 0, 'zero_stated']
];

const EIGHTH_BATCH: Probe[] = [
	['本年度举办新闻发布会3场。', 'response.press_conferences', 3, 'exact'],
	['全年接待群众查阅政府信息15人次。', 'facility.visitors', 15, 'exact'],
	['组织网上访谈活动2次。', 'response.online_interviews', 2, 'exact'],
	['全年受理群众投诉2件，均已妥善处理。', 'complaint.total', 2, 'exact'],
	['向市图书馆、档案馆移交公开资料共18份。', 'facility.archive_submissions', 18, 'exact'],
	['全年主动公开政府信息3千余条。', 'active.total', 3000, 'approx'],
	['全年主动公开政府信息6百多条。', 'active.total', 600, 'approx'],
	['全年主动公开政府信息2.5千条。', 'active.total', 2500, 'exact']
];

/** Only the named indicators, nothing more (a part must not be read as the whole). */
const EXACT_SETS: Array<[string, Record<string, number>]> = [
	// one kind of requester before 申请 is a part: the year's total is not stated here
	['全年收到个人申请3件、企业申请2件。', { 'apply.by_person': 3, 'apply.by_business': 2 }],
	// a list of requesters is the total's subject, not a part
	['全年共受理自然人、法人或其他组织提出的信息公开申请6件。', { 'apply.received': 6 }],
	['本年度新收申请4件，其中当面申请1件、网络申请3件。', { 'apply.received': 4, 'apply.in_person': 1, 'apply.online': 3 }],
	// handled or carried into next year is not received this year
	['全年办结政府信息公开申请4件。', { 'apply.completed': 4 }],
	['结转下一年度继续办理的政府信息公开申请2件。', { 'apply.carried_forward': 2 }],
	// a name for several channels together is a channel statement, not the year's total
	['全年通过政务新媒体推送信息160条。', {}],
	['全年通过门户网站、政务新媒体等渠道公开信息430条。', { 'active.total': 430 }],
	['我镇配备了专职信息公开工作人员1名、兼职人员2名。', { 'capacity.staff_fulltime': 1, 'capacity.staff_parttime': 2 }],
	['全年共主动公开政府信息 1 5 6 条，其中通过门户网站公开 1 2 0 条。', { 'active.total': 156, 'channel.website': 120 }],
	['上年结转政府信息公开申请2件。', { 'apply.carried_over': 2 }],
	['本年度收到政府信息公开申请5件，上年结转1件。', { 'apply.received': 5, 'apply.carried_over': 1 }],
	// a bare 办结/答复 opening the clause after the requests counts them handled …
	['全年接收信息公开申请七件，办结七件。', { 'apply.received': 7, 'apply.completed': 7 }],
	['本年度收到申请4件，已全部答复4件，其中按时答复3件。', { 'apply.received': 4, 'apply.completed': 4, 'apply.on_time': 3 }],
	// … but not after a reconsideration, nor inside a breakdown (其中按期答复)
	['被申请行政复议1件，办结1件。', { 'review.total': 1 }],
	['受理申请2件，其中按期答复2件。', { 'apply.received': 2, 'apply.on_time': 2 }],
	// a change against another year is not the year's count
	['全年主动公开信息较上年增加42条。', {}],
	['全年主动公开政府信息215条，较上年增加15条。', { 'active.total': 215 }],
	['本年度收到信息公开申请比上年减少2件。', {}],
	// the page's footer speaks of the site, not of the report; a report sentence about visits stays
	['全年主动公开政府信息120条。\n上一篇：关于做好春耕生产的通知\n本站共发布信息12580条 今日访问量：356次', { 'active.total': 120 }],
	['镇政府网站全年访问量达3万人次，主动公开政府信息120条。', { 'active.total': 120 }],
	// 专兼职 names both kinds together: all staff, not the part-timers
	['本镇有专兼职信息公开工作人员4名。', { 'capacity.staff': 4 }]
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
	describe('second batch', () => check(SECOND_BATCH));
	describe('third batch', () => check(THIRD_BATCH));
	describe('fourth batch', () => check(FOURTH_BATCH));
	describe('fifth batch', () => check(FIFTH_BATCH));
	describe('sixth batch', () => check(SIXTH_BATCH));
	describe('seventh batch: parts of the requests', () => check(SEVENTH_BATCH));
	describe('eighth batch: responses, complaints, archives', () => check(EIGHTH_BATCH));
	it.each(EXACT_SETS)('%s yields exactly its parts', (s, expected) => {
		const got = Object.fromEntries([...numericValues(s)].map(([k, v]) => [k, v.value]));
		expect(got).toEqual(expected);
	});
});
