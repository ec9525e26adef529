// The families of misses and false values that real reports showed, each in our own sentences
// (never a corpus's): small counts in Chinese numerals, sums after the noun, respective lists,
// zeros in other shapes, staff, use flags, outcomes and other channels; cumulative and
// other-year figures, bare channel names that say no use.
import { describe, expect, it } from 'vitest';
import { extract } from './index';

const HEAD = '柳岸镇2018年政府信息公开工作年度报告\n根据《条例》要求，现将本镇年度情况报告如下。\n';
const read = (body: string) => Object.fromEntries(extract(HEAD + body + '\n特此报告。').values.map((v) => [v.indicator, [v.value, v.qualifier]]));
const numbers = (body: string) => Object.fromEntries(Object.entries(read(body)).filter(([k]) => !k.startsWith('uses.')));
const flags = (body: string) => Object.keys(read(body)).filter((k) => k.startsWith('uses.')).map((k) => k.slice(5)).sort();

describe('recall families', () => {
	it.each([
		['我镇落实三位专人负责政务公开工作，组织两轮业务培训，设一个工作小组。', { 'capacity.staff': [3, 'exact'], 'capacity.trainings': [2, 'exact'], 'capacity.bodies': [1, 'exact'] }],
		['全年举办〇次听证，召开两次政务公开专题会。', { 'capacity.meetings': [2, 'exact'] }],
		['本街道全年依托门户网站发布各类公开信息合计 75 条。', { 'channel.website': [75, 'exact'] }],
		['全年我镇政务信息公开总计达到二百一十条。', { 'active.total': [210, 'exact'] }],
		['借助网站和公众号，分别推送 41、87 条。', { 'channel.website': [41, 'exact'], 'channel.wechat': [87, 'exact'] }],
		['全年依申请公开政府信息数量为零。', { 'apply.received': [0, 'zero_stated'] }],
		['本年度未出现因信息公开引发的复议、诉讼情形。', { 'review.total': [0, 'zero_stated'], 'litigation.total': [0, 'zero_stated'] }],
		['全年未收到公民、法人和其他组织通过网络、信函、当面等方式提交的政府信息公开申请。', { 'apply.received': [0, 'zero_stated'] }],
		['配备2名兼职联络员，安排1名全职干部轮岗负责信息发布。', { 'capacity.staff_parttime': [2, 'exact'], 'capacity.staff_fulltime': [1, 'exact'] }],
		['明确3名工作人员专门负责政务公开工作。', { 'capacity.staff': [3, 'exact'] }],
		['收到申请4件，其中本机关不掌握2件。', { 'apply.received': [4, 'exact'], 'outcome.not_held': [2, 'exact'] }],
		['借助其他平台发布30余条。', { 'channel.other': [30, 'approx'] }]
	])('%s', (body, want) => {
		expect(numbers(body)).toEqual(want);
	});

	it('flags channels named in lists and by the verbs that use them', () => {
		expect(flags('全年依托电视、广播、报纸等媒体宣传政策，在公示栏张贴公告，设置信息查阅场所，开通镇级微信公众号。')).toEqual(['broadcast', 'bulletin', 'press', 'reading_room', 'wechat']);
	});
});

describe('precision families', () => {
	it('reads the year figure after a cumulative one, never the cumulative', () => {
		expect(numbers('镇政府网站开通以来累计发布信息3200条，今年发布420条。')).toEqual({ 'channel.website': [420, 'exact'] });
		expect(numbers('近三年来我镇累计公开信息1800条。')).toEqual({});
	});

	it('counts the statistics period\'s year as the report\'s own when the title names another', () => {
		const text = '青石镇2019年政府信息公开工作年度报告\n本报告统计期限自2018年1月1日起至2018年12月31日止。\n2018年，我镇共主动公开政府信息260条。\n特此报告。';
		expect(extract(text).values.find((v) => v.indicator === 'active.total')?.value).toBe(260);
	});

	it('does not read another year\'s total as the report\'s', () => {
		expect(numbers('2017年，我镇共主动公开政府信息210条。')).toEqual({});
		// a paragraph that opens with another year speaks of it to its end
		expect(numbers('2017年，我镇认真落实公开要求。共主动公开政府信息210条。')).toEqual({});
		expect(numbers('2017年，我镇开通了政务微信。全年共主动公开政府信息260条。')).toEqual({ 'active.total': [260, 'exact'] });
		// "拟公开信息" is information about to be disclosed, no plan of the statement
		expect(numbers('对拟公开信息严格审核，共主动公开政府信息260条。')).toEqual({ 'active.total': [260, 'exact'] });
		expect(numbers('2018年，我镇共主动公开政府信息260条，较2017年的210条有所增加。')).toEqual({ 'active.total': [260, 'exact'] });
	});

	it('flags no channel named where the body does not say it uses it', () => {
		expect(flags('扫一扫关注政务微信公众号\n主办：青禾县人民政府办公室 承办：青禾县政务网')).toEqual([]);
		expect(flags('下一步，我镇计划开通政务微博，建立信息公开查阅室。')).toEqual([]);
	});
});
