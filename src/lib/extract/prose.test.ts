// Prose rules end to end through extract(): own sentences, one phrasing per case.
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import type { ValueRecord } from './types';

const TITLE = '青石镇2018年政府信息公开工作年度报告\n';

function values(body: string): Record<string, ValueRecord> {
	const ex = extract(TITLE + body);
	return Object.fromEntries(ex.values.map((v) => [v.indicator, v]));
}

function valueOf(body: string, ind: string): [number, string] | undefined {
	const v = values(body)[ind];
	return v ? [v.value, v.qualifier] : undefined;
}

describe('totals and qualifiers', () => {
	it.each([
		['全年共主动公开政府信息312条。', [312, 'exact']],
		['本年度主动公开各类信息共计88条。', [88, 'exact']],
		['我镇主动公开政务信息400多条。', [400, 'approx']],
		['我镇主动公开政府信息170余条。', [170, 'approx']],
		['主动公开政府信息近300条。', [300, 'approx']],
		['主动公开政府信息约50条。', [50, 'approx']],
		['主动公开政府信息百余条。', [100, 'approx']],
		['主动公开政府信息超过500条。', [500, 'at_least']],
		['主动公开政府信息达500条以上。', [500, 'at_least']],
		['主动公开政府信息逾千条。', [1000, 'at_least']],
		['全年累计公开各类信息1,234条。', [1234, 'exact']],
		['全年共更新和发布信息４４３条。', [443, 'exact']],
		['今年共公开政府信息 6 5 条。', [65, 'exact']],
		['全年共发布56条主动公开政府信息。', [56, 'exact']],
		['主动公开政府信息二百三十条。', [230, 'exact']]
	])('%s', (s, expected) => {
		expect(valueOf(s, 'active.total')).toEqual(expected);
	});

	it('reads a category breakdown after 其中', () => {
		const v = values('全年主动公开政府信息96条,其中法规文件类12条、工作动态类50条、人事信息4条、财政信息6条、规划计划类3条、其他类21条。');
		expect(v['active.total'].value).toBe(96);
		expect([v['topic.policy'].value, v['topic.news'].value, v['topic.personnel'].value]).toEqual([12, 50, 4]);
		expect([v['topic.fiscal'].value, v['topic.planning'].value, v['topic.other'].value]).toEqual([6, 3, 21]);
	});

	it('reads channel counts and does not take a channel count for the total', () => {
		const v = values('本年度共发布信息210条,其中,在统一平台发布150条,镇政府门户网站发布 60条,微信公众号推送信息33篇。');
		expect(v['active.total'].value).toBe(210);
		expect(v['channel.platform'].value).toBe(150);
		expect(v['channel.website'].value).toBe(60);
		expect(v['channel.wechat'].value).toBe(33);
	});

	it('does not read a total over several channels as one channel', () => {
		const v = values('通过政府网站、微信公众号等平台共发布各类信息77条。');
		expect(v['active.total'].value).toBe(77);
		expect(v['channel.website']).toBeUndefined();
		expect(v['channel.wechat']).toBeUndefined();
	});

	it('does not read one channel sentence as the report total', () => {
		const v = values('在县政府网站主动公开各类信息41条。');
		expect(v['channel.website'].value).toBe(41);
		expect(v['active.total']).toBeUndefined();
	});
});

describe('stated zeros', () => {
	it.each([
		['本年度未收到政府信息公开申请。', 'apply.received'],
		['全年没有收到公民提出的信息公开申请。', 'apply.received'],
		['我镇本年度无申请公开政府信息的情况。', 'apply.received'],
		['目前暂无依申请公开事项。', 'apply.received'],
		['我镇尚未收到公开申请。', 'apply.received'],
		['本年度受理政府信息公开申请0件。', 'apply.received'],
		['全年依申请公开没有收费。', 'fee.amount'],
		['本年度暂不存在政府信息公开收费及减免情况。', 'fee.amount'],
		['全年未收取任何费用。', 'fee.amount'],
		['本年度没有发生针对我镇政府信息公开事务的行政复议案。', 'review.total'],
		['未发生有关政府信息公开的行政诉讼。', 'litigation.total'],
		['也未发生相关申诉和举报投诉案。', 'complaint.total'],
		['全年未发布政策解读稿件。', 'response.interpretations']
	])('%s → %s = 0', (s, ind) => {
		expect(valueOf(s, ind)).toEqual([0, 'zero_stated']);
	});

	it('reads "均为0" over reconsideration and lawsuits together', () => {
		const v = values('本年度行政复议和行政诉讼均为0。');
		expect([v['review.total'].value, v['litigation.total'].value]).toEqual([0, 0]);
	});

	it('a weak total wording still counts, but not 依申请公开 or 不予公开', () => {
		expect(valueOf('2018年,我乡公开政府信息212条。', 'active.total')).toEqual([212, 'exact']);
		// another year's total inside the 2018 report is not the report's value
		expect(valueOf('2017年,我乡公开政府信息210条。', 'active.total')).toBeUndefined();
		const v = values('本年度依申请公开政府信息0件,不予公开政府信息0条。');
		expect(v['active.total']).toBeUndefined();
		expect(v['apply.received'].value).toBe(0);
		expect(v['outcome.refused'].value).toBe(0);
	});

	it('does not read "no reconsideration after a request" as "no requests"', () => {
		const v = values('全年没有因政府信息公开申请行政复议、提起行政诉讼的情况发生。');
		expect(v['review.total'].value).toBe(0);
		expect(v['litigation.total'].value).toBe(0);
		expect(v['apply.received']).toBeUndefined();
	});

	it('reads the 2019 wording of requests received and carried over', () => {
		const v = values('本年新收政府信息公开申请4件,上年结转政府信息公开申请1件。');
		expect(v['apply.received'].value).toBe(4);
		expect(v['apply.carried_over'].value).toBe(1);
	});

	it('a value beats a zero for the same indicator', () => {
		expect(valueOf('全年共收到2宗信息公开申请。此前未收到申请。', 'apply.received')).toEqual([2, 'exact']);
	});

	it('a topic named without number or negation states nothing', () => {
		expect(values('我镇高度重视依申请公开工作,规范办理流程。')['apply.received']).toBeUndefined();
	});
});

describe('capacity and facilities', () => {
	it('reads staff, bodies, reading points, meetings and training', () => {
		const v = values('镇里有1个政务公开工作专门机构,配备2名兼职工作人员和1名专职人员,设立了两处公开查阅点,召开专题会议3次,举办培训班2期,培训45人次。');
		expect(v['capacity.bodies'].value).toBe(1);
		expect(v['capacity.staff_parttime'].value).toBe(2);
		expect(v['capacity.staff_fulltime'].value).toBe(1);
		expect(v['facility.reading_rooms'].value).toBe(2);
		expect(v['capacity.meetings'].value).toBe(3);
		expect(v['capacity.trainings'].value).toBe(2);
		expect(v['capacity.trainees'].value).toBe(45);
	});

	it('reads staff counts, funds, hotline, visitors and followers said other ways', () => {
		expect(valueOf('镇政府配备政务公开工作人员3名。', 'capacity.staff')).toEqual([3, 'exact']);
		expect(valueOf('明确2名工作人员负责政务公开日常工作。', 'capacity.staff')).toEqual([2, 'exact']);
		expect(valueOf('落实政务公开专项经费1.5万元。', 'capacity.funds')).toEqual([1.5, 'exact']);
		expect(valueOf('政务热线接听群众来电300多人次。', 'facility.hotline_served')).toEqual([300, 'approx']);
		expect(valueOf('全年接待群众查阅80人次。', 'facility.visitors')).toEqual([80, 'exact']);
		expect(valueOf('公众号订阅用户超过2,000人。', 'reach.wechat_followers')).toEqual([2000, 'at_least']);
		expect(valueOf('及时回应社会关切6次。', 'response.hotspots')).toEqual([6, 'exact']);
	});

	it('reads a part-time discloser named 信息公开员', () => {
		expect(valueOf('我乡有兼职信息公开员2名。', 'capacity.staff_parttime')).toEqual([2, 'exact']);
	});

	it('keeps list items apart: a count before 、 belongs to the item before', () => {
		const v = values('配备专职人员2名、兼职人员4名。');
		expect(v['capacity.staff_fulltime'].value).toBe(2);
		expect(v['capacity.staff_parttime'].value).toBe(4);
	});

	it('reads enquiries handled', () => {
		expect(valueOf('全年接待群众咨询60多人次。', 'consult.total')).toEqual([60, 'approx']);
	});
});

describe('traps', () => {
	it('document numbers, dates, phones, postcodes, mails and percentages are no values', () => {
		const v = values(
			'根据《通知》(甲政办发[2016]18号)和乙办﹝2015﹞7号要求,统计期限从201711日起至20171231日。电话:0791-8888123,邮编:330000,邮箱:abc123@qq.com,满意率达98%。'
		);
		expect(Object.keys(v)).toEqual([]);
	});

	it('section numbers and section counts are no values', () => {
		const v = values('本报告共分七个部分。\n一、总体情况\n(二)主动公开\n3.依申请公开\n');
		expect(Object.keys(v)).toEqual([]);
	});

	it('figures about the county or villages are not the body\'s own', () => {
		const v = values('全县共主动公开政府信息5000条。各村累计公开信息300条。');
		expect(v['active.total']).toBeUndefined();
	});

	it('page views, other meetings, attended trainings and other enquiries are no values', () => {
		expect(Object.keys(values('镇政府网站点击量达8万次。'))).toEqual([]);
		expect(values('通过网站公开信息被浏览2万次。')['channel.website']).toBeUndefined();
		expect(values('召开村民代表会议4次。')['capacity.meetings']).toBeUndefined();
		expect(values('参加上级组织的培训2次。')['capacity.trainings']).toBeUndefined();
		expect(values('开展法律咨询活动5次。')['consult.total']).toBeUndefined();
	});

	it('a fee statement is not a statement about requests', () => {
		const v = values('本年度无依申请公开收费情况。');
		expect(v['fee.amount'].value).toBe(0);
		expect(v['apply.received']).toBeUndefined();
	});

	it('article numbers are no values', () => {
		expect(Object.keys(values('主动公开政府信息的范围按照《条例》第十九条执行。'))).toEqual([]);
	});

	it('a problems section is skipped also when headings sit inline on one long line', () => {
		const v = values('一、总体情况 我镇通过政府网站公开信息。二、存在的主要问题 今后将通过政务微博公开信息。三、其他事项 无。');
		expect(v['uses.website']).toBeDefined();
		expect(v['uses.weibo']).toBeUndefined();
	});

	it('list numbers fused with a year are no values', () => {
		expect(Object.keys(values('22012年主动公开工作要点。'))).toEqual([]);
	});

	it('nothing is read from the problems and plans sections', () => {
		const v = values('一、存在的问题及改进措施\n下一步将通过政府网站和微博公开信息,力争主动公开信息200条。\n');
		expect(v['active.total']).toBeUndefined();
		expect(v['uses.website']).toBeUndefined();
		expect(v['uses.weibo']).toBeUndefined();
	});
});

describe('uses flags', () => {
	it('flags channels the body publishes through', () => {
		const v = values('我镇通过政府门户网站、微信公众号、村务公开栏、便民手册和广播等方式公开政府信息。');
		for (const ind of ['uses.website', 'uses.wechat', 'uses.bulletin', 'uses.print', 'uses.broadcast']) {
			expect(v[ind], ind).toMatchObject({ value: 1, qualifier: 'exact' });
		}
	});

	it('does not flag a channel named as where information was not published', () => {
		const v = values('在政府公报上未公开的信息,群众可以到档案室查询。');
		expect(v['uses.gazette']).toBeUndefined();
		expect(v['uses.reading_room']).toBeDefined();
	});

	it('does not flag a name inside a row label run into one line', () => {
		const v = values('二、公开渠道 1.政府公报公开政府信息数 条 0 2.政务微博公开政府信息数 条 3\n');
		expect(v['uses.gazette']).toBeUndefined();
		expect(v['uses.weibo']).toBeUndefined();
	});

	it('does not flag a channel not opened, a TV conference or an archive room for filing', () => {
		const v = values('我镇通过政府网站公开信息,目前尚未开通政务微博。参加电视电话会议。材料归档至档案室保存。');
		expect(v['uses.website']).toBeDefined();
		expect(v['uses.weibo']).toBeUndefined();
		expect(v['uses.broadcast']).toBeUndefined();
		expect(v['uses.reading_room']).toBeUndefined();
	});

	it('does not flag a platform that is being built', () => {
		expect(values('今年完成了政务公开平台的搭建工作。')['uses.platform']).toBeUndefined();
	});

	it('does not flag table row labels', () => {
		const v = values('\t2.政务微博公开政府信息数\n\t条\n\t5\n');
		expect(v['uses.weibo']).toBeUndefined();
	});
});

describe('quotes', () => {
	it('quote is always the original slice, also for traditional full-width text', () => {
		const text = TITLE + '全年共主動公開政府信息１２３條,其中網站(含轉發)４５條。';
		for (const v of extract(text).values) expect(v.quote).toBe(text.slice(v.start, v.end));
		expect(extract(text).values.find((v) => v.indicator === 'active.total')?.quote).toBe("共主動公開政府信息１２３條");
	});
});
