import type { ProseRule } from './types';

// Items per channel: "政府门户网站发布 71条", "微信公众号公开92条", "其中网站(含转发)319条".
// singleChannel rejects "网站、微信…共发布" (a total over several channels, not one channel).
// page views and followers are counted in 次/人 too: not items
// 分别 lists belong to prose-lists.ts (one value per channel, in order)
const C = { form: 'after', gap: 50, comma: true, check: 'singleChannel', avoid: '浏览|点击|访问|阅读|粉丝|关注|订阅|分别', unit: '(?:条次|条|件|篇|则|项|次|份|期)' } as const;
/**
 * "网站开通以来累计发布信息1042条，本年度发布660条": the channel is named once, before a
 * cumulative clause; the year's figure follows after a time word (the refiners drop the cumulative one).
 */
const SINCE = '[^。;\\n]{0,40}?以来[^。;\\n]{0,40}?,(?:其中)?(?:今年|本年度?|全年|当年|20\\d\\d年度?)';

/** Channel names, shared with the uses.* flags. */
export const CHANNEL_TERMS = {
	website: '(?:门户网站|政府网站|网站|门户网|公开网|政府网|政务网|信息网|(?:信息公开|政务公开)专栏)',
	wechat: '(?:微信公众号|微信公众平台|微信平台公众号|微信平台|政务微信|微信(?!群)|公众号)',
	weibo: '(?:政务微博|微博)',
	platform: '(?:统一平台|三务公开网站|三务公开|阳光村务|政务公开平台|信息公开平台|信息公开系统|填报系统)',
	new_media: '(?:抖音等短视频(?:平台)?|抖音|短视频|客户端|头条号|视频号|快手)',
	bulletin: '(?:公开栏|公示栏|公告栏|宣传栏|揭示板|黑板报|橱窗|电子显示屏|显示屏|电子屏幕?|LED屏?|公示牌)',
	gazette: '(?:政府公报)',
	// the table's 'other' row in prose: "借助其他平台发布30余条"
	other: '(?:其他|其它)(?:媒体|新媒体|网络)?(?:平台|渠道|途径|载体|方式)'
} as const;

export const CHANNEL_RULES: ProseRule[] = [
	{ ind: 'channel.platform', ...C, label: CHANNEL_TERMS.platform, priority: 2 },
	{ ind: 'channel.website', ...C, label: `${CHANNEL_TERMS.website}(?<!三务公开网站)` },
	{ ind: 'channel.wechat', ...C, label: CHANNEL_TERMS.wechat },
	{ ind: 'channel.weibo', ...C, label: CHANNEL_TERMS.weibo },
	{ ind: 'channel.bulletin', ...C, label: CHANNEL_TERMS.bulletin },
	{ ind: 'channel.gazette', ...C, label: CHANNEL_TERMS.gazette },
	{ ind: 'channel.new_media', ...C, label: CHANNEL_TERMS.new_media },
	{ ind: 'channel.other', ...C, label: CHANNEL_TERMS.other }
	// each with the cumulative clause bridged, when there is one
].map((r) => ({ ...r, bridge: SINCE, reach: 160 }));
