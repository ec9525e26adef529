import { CHANNEL_TERMS } from './channel';

// Items of a respective list ("借助网站和公众号，分别推送41、87条"): the n-th item named before
// 分别 takes the n-th number after it. Data only; prose-lists.ts reads the lists.
export interface ListItem {
	ind: string;
	term: string;
}

export const LIST_ITEMS: ListItem[] = [
	...(['platform', 'website', 'wechat', 'weibo', 'bulletin', 'gazette', 'new_media', 'other'] as const).map((k) => ({ ind: `channel.${k}`, term: CHANNEL_TERMS[k] })),
	{ ind: 'capacity.staff_fulltime', term: '(?:专职|全职)' },
	{ ind: 'capacity.staff_parttime', term: '兼职' },
	{ ind: 'review.total', term: '(?:行政)?复议' },
	{ ind: 'litigation.total', term: '(?:行政)?诉讼' }
];

/** Between two items of the list: a list mark, maybe with a short tail of the first name ("公众号平台和"). */
export const ITEM_JOIN = '[^\\d。;,\\n]{0,4}?(?:、|和|及|与|以及|或)';

/** Between 分别 and the first number: a verb, a noun, 为/是 ("分别推送信息", "分别为"). */
export const RESPECTIVELY = '分别(?<gap>[^\\d。;\\n]{0,12}?)';
