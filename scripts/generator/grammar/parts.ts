// Part tables of a disclosure statement, shared by the probe grammar and the demo generator:
// who speaks (subject), when (time), how much in all (adverb), through what (channel), the verb,
// the noun, and what joins the noun to its number. Written from the domain, not from any corpus.
import type { Part } from './expand';

/** The body speaking of itself; '' (no subject) is the commonest. */
export const SUBJECT: readonly Part[] = ['', '', '', '我镇', '本镇', '我乡', '本乡', '本街道', '我街道', '镇政府', '镇人民政府', '{T}', '本机关', '我单位', '街道办事处'];

/** When: the report's own year in its many names. */
export const TIME: readonly Part[] = ['', '', '全年', '本年度', '{Y}年', '{Y}年度', '{Y}年全年', '今年以来', '年内', '一年来', '报告期内', '{Y}年1-12月', '今年'];

/** Time and subject in either order, with or without a comma between. */
export const LEAD: readonly Part[] = ['{time}{subject}', '{time}，{subject}', '{subject}{time}', '{time}{subject}'];

/** How much in all. */
export const ADVERB: readonly Part[] = ['', '', '共', '共计', '累计', '合计', '总计', '一共', '先后', '已'];

/** What joins a noun to its number. */
export const CONNECT: readonly Part[] = ['', '', '', '共', '共计', '合计', '总计', '达', '计', '为', '：', '，共计', ' '];

/** Verbs of proactive disclosure. */
export const PUBLISH: readonly Part[] = ['主动公开', '公开', '发布', '公布', '更新发布', '主动发布', '对外公开', '向社会公开', '主动向社会公开', '更新', '推送', '上传', '发布了', '公开了', '及时公开', '编发', '主动公开了', '编制公开', '录入并公开', '收集整理并公开'];

/** Nouns of disclosed items. */
export const INFO: readonly Part[] = [
	...['政府信息', '政务信息', '各类信息', '各类政府信息', '各类政务信息', '信息', '公开信息', '各类公开信息', '政务公开信息', '相关信息', '各项信息'],
	// categories named as examples of all items: still the total
	...['工作动态、通知公告、政策文件等信息', '政策法规、人事任免、财政预决算等各类信息', '机构职能、工作动态等政府信息']
];

/** Measure words of disclosed items. */
export const INFO_UNITS = ['条', '条', '条', '篇', '则', '件', '项', '条次'] as const;

/** How a report names its channels; the tag says which channel. */
export const CHANNEL: readonly Part[] = [
	...['政府门户网站', '镇政府网站', '镇政府网站(www.yunshan.gov.cn)', '{C}人民政府网站', '政府信息公开网', '政务公开网', '政府信息公开专栏', '门户网站', '{C}政府网{T}专栏', '政务网站', '镇政府门户网站信息公开专栏'].map((t) => ({ t, tag: { ch: 'website' } })),
	...['微信公众号', '政务微信', '“{T}发布”微信公众号', '镇微信公众号', '官方微信', '微信公众平台', '政务微信公众号'].map((t) => ({ t, tag: { ch: 'wechat' } })),
	...['政务微博', '官方微博', '微博'].map((t) => ({ t, tag: { ch: 'weibo' } })),
	...['统一平台', '政务公开统一平台', '阳光村务平台', '信息公开平台', '政务公开平台'].map((t) => ({ t, tag: { ch: 'platform' } })),
	...['政务公开栏', '公示栏', '公告栏', '宣传栏', '电子显示屏', 'LED显示屏', '村务公开栏'].map((t) => ({ t, tag: { ch: 'bulletin' } })),
	...['抖音号', '短视频平台', '政务客户端', '头条号', '视频号'].map((t) => ({ t, tag: { ch: 'new_media' } })),
	...['政府公报'].map((t) => ({ t, tag: { ch: 'gazette' } })),
	...['其他平台', '其他渠道', '其他媒体平台'].map((t) => ({ t, tag: { ch: 'other' } }))
];

/** What stands before a channel's name. */
export const VIA: readonly Part[] = ['通过', '在', '依托', '利用', '借助', '于', '经'];

/** After 在/于 the channel often takes 上. */
export const ON: readonly Part[] = ['', '', '上'];

/** Verbs of publishing through a channel. */
export const CHANNEL_VERB: readonly Part[] = ['发布', '公开', '推送', '更新', '上传', '刊发', '发布了', '主动公开', '公开发布', '更新发布', '累计发布'];

/** What is published through a channel ('' most often). */
export const CHANNEL_NOUN: readonly Part[] = ['', '', '信息', '政府信息', '政务信息', '各类信息', '图文信息', '各类公开信息', '内容'];

/** Endings of a statement about disclosed items: a full stop, a comma and more text, or a line end. */
export const END: readonly Part[] = ['。', '。', '，做到应公开尽公开。', '；', '，较上年有所增加。', '，同比增长12%。', '。\n', '，均按规定程序审核。'];

/** Endings that suit any statement. */
export const PLAIN_END: readonly Part[] = ['。', '。', '；', '。\n', '，进一步规范了工作流程。', '，'];
