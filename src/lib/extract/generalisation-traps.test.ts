// Generalisation probes, second half: use flags a sentence should raise, and traps that must
// yield no count — phrasings written fresh, in the style of township reports (see generalisation.test.ts).
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { inReport, numericValues } from './test-helpers';


/** uses.* flags a sentence should raise (and only these). */
const FLAGS: Array<[string, string[]]> = [
	['我镇依托政府门户网站、政务微信公众号、公开栏等载体及时公开信息。', ['bulletin', 'website', 'wechat']],
	['通过镇广播站、有线电视等方式宣传政策。', ['broadcast']],
	['印发便民服务手册、明白纸2000余份。', ['print']],
	['在《云杉日报》等报刊刊登信息。', ['press']],
	['在镇便民服务中心设立政府信息公开查阅室。', ['reading_room']],
	['通过抖音号、视频号发布短视频。', ['new_media']],
	['利用村村响广播宣传惠民政策。', ['broadcast']],
	['通过电子显示屏滚动播放政策信息。', ['bulletin']],
	['在阳光村务平台公开村级财务。', ['platform']],
	['今年新开通了政务微博和抖音号。', ['new_media', 'weibo']],
	['我镇暂未开通政务微博。', []],
	['下一步，我镇将开通政务微博和抖音号。', []],
	['我镇计划建立信息公开查阅室。', []],
	['四、存在的问题及改进措施\n（一）政务微信公众号更新不及时。', []],
	['群众可通过拨打电话或发送电子邮件等方式申请。', []]
];

function flagsOf(body: string): string[] {
	const ex = extract(inReport(body));
	return ex.values.filter((v) => v.indicator.startsWith('uses.')).map((v) => v.indicator.slice(5)).sort();
}

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
	'全年共办理人大代表建议8件、政协委员提案3件。',
	'依据《云杉镇政务公开工作实施方案》(云政发〔2018〕5号)开展工作。',
	'第三十三条规定，公民可以依法申请行政复议。',
	'全镇共有党员1200名，村民小组86个。',
	'各村共公开村务信息500余条。',
	'下一年度，我镇计划主动公开信息400条以上。',
	'三、存在的主要问题及改进措施\n一是公开信息数量偏少，全年仅公开信息30条。',
	'全年接待来访群众300余人次，化解矛盾纠纷12件。',
	'全年共发放宣传资料2000余份。',
	'镇政府网站点击量达2万余次。',
	'全镇12个行政村均设立了村务公开栏。',
	'本年度信息公开工作考核得分95分。',
	'市民热线12345转办件45件。',
	'依申请公开事项的办理时限为15个工作日。',
	'通过微信、微博等新媒体发布信息40条。',
	'全镇各村预决算信息60条。',
	'上年度主动公开政府信息180条。',
	'去年我镇共发布信息200余条。',
	'全年主动公开政府信息几十条。',
	'全年主动公开政府信息数十条。',
	'编发第12期政务信息简报。',
	'联系电话：0731 8612 3456。',
	'我镇辖区内共有15个村(居)委会。',
	'组织120名群众参加政策宣讲。',
	'201811日主动公开政府信息。',
	'收到县长信箱来信15件。',
	'全年共收到群众来信来访23件。',
	'完成“12345”热线工单86件。',
	'全年报送政务信息35条，被县级采用12条。',
	'全年向县委办报送信息40条。',
	'信息公开申请的答复期限为15个工作日。'
];

describe('generalisation probes: flags and traps', () => {
	it.each(FLAGS)('%s raises %j', (s, expected) => {
		expect(flagsOf(s)).toEqual(expected);
	});
	describe('traps yield no count', () => {
		it.each(TRAPS)('%s', (s) => {
			expect([...numericValues(s).keys()]).toEqual([]);
		});
	});
});
