// Probe families of use flags: channels named in lists after a verb of relying on them, and
// channels named by the verb that uses them (在公示栏张贴, 设置查阅场所). The expectation is the
// set of uses.* flags, nothing more.
import type { Expected, Family, Part } from './expand';
import { LEAD, PLAIN_END, SUBJECT, TIME } from './parts';

const MEDIA: Record<string, readonly string[]> = {
	website: ['政府网站', '门户网站', '政务网站', '政府信息公开网'],
	wechat: ['微信公众号', '政务微信', '镇微信公众号', '“{T}发布”公众号'],
	weibo: ['政务微博', '官方微博'],
	platform: ['统一平台', '阳光村务平台'],
	bulletin: ['公开栏', '公示栏', '电子显示屏', '宣传栏', '村务公开栏'],
	new_media: ['抖音', '客户端', '视频号', '短视频平台'],
	print: ['明白纸', '宣传单', '便民手册', '宣传资料'],
	broadcast: ['广播', '电视', '村村响广播', '有线电视'],
	press: ['报纸', '报刊', '新闻媒体'],
	reading_room: ['信息查阅点', '政务公开查阅室']
};

/** Three list positions, each tagged f0/f1/f2 with its flag. */
function position(i: number): Part[] {
	return Object.keys(MEDIA).flatMap((k) => MEDIA[k].map((t) => ({ t, tag: { [`f${i}`]: k } })));
}

function flagsOf(tags: Record<string, string>): Expected[] {
	const flags = new Set(Object.entries(tags).filter(([k]) => /^f\d$/.test(k)).map(([, v]) => v));
	return [...flags].sort().map((f) => ({ indicator: `uses.${f}`, value: 1, qualifier: 'exact' as const }));
}

const COMMON = { lead: LEAD, time: TIME, subject: SUBJECT, end: PLAIN_END };

export const FLAG_FAMILIES: Family[] = [
	{
		id: 'uses/list',
		group: 'uses',
		templates: ['{lead}{rely}{m0}、{m1}{and}{m2}等{carrier}{act}{end}', '{lead}{rely}{m0}{and}{m1}{act}{end}', '{subject}{rely}{m0}、{m1}、{m2}{act}{end}'],
		slots: {
			...COMMON,
			rely: ['依托', '通过', '利用', '借助', '充分运用', '综合运用', '用好'],
			m0: position(0),
			m1: position(1),
			m2: position(2),
			and: ['和', '及', '、', '以及'],
			carrier: ['载体', '媒体', '渠道', '方式', '平台', '形式'],
			act: ['及时公开政府信息', '发布政策信息', '宣传惠民政策', '公开群众关心的事项', '及时发布信息']
		},
		expect: flagsOf
	},
	{
		id: 'uses/verb',
		group: 'uses',
		templates: ['{lead}{use}{end}'],
		slots: {
			...COMMON,
			use: [
				...['在公示栏张贴公告', '在村务公开栏张贴公示材料', '在政务公开栏公示惠民资金', '利用电子显示屏滚动播放政策'].map((t) => ({ t, tag: { f0: 'bulletin' } })),
				...['在便民服务大厅设置信息查阅场所', '设立政府信息查阅点', '开设政务公开查阅室'].map((t) => ({ t, tag: { f0: 'reading_room' } })),
				...['开通“{T}发布”微信公众号', '运营镇微信公众号推送政策', '通过镇政务微信推送通知'].map((t) => ({ t, tag: { f0: 'wechat' } })),
				...['印发政策明白纸', '发放宣传单'].map((t) => ({ t, tag: { f0: 'print' } })),
				...['在县电视台播出专题节目', '通过村村响广播宣传政策'].map((t) => ({ t, tag: { f0: 'broadcast' } })),
				...['在政府门户网站公开预决算', '在镇政府网站发布通知公告'].map((t) => ({ t, tag: { f0: 'website' } }))
			]
		},
		expect: flagsOf
	}
];
