import { CHANNEL_TERMS } from './channel';

/** A channel the body says it publishes through: uses.* flag (value 1) when named in a use clause. */
export interface UseTerm {
	ind: string;
	term: string;
}

export const USE_TERMS: UseTerm[] = [
	{ ind: 'uses.website', term: `${CHANNEL_TERMS.website}|网上平台` },
	// a platform being built is not yet a channel in use

	{ ind: 'uses.wechat', term: CHANNEL_TERMS.wechat },
	{ ind: 'uses.weibo', term: CHANNEL_TERMS.weibo },
	{ ind: 'uses.platform', term: '统一平台|阳光村务|填报系统|政务公开平台(?<!(?:搭建|建设|打造|完善|建立)政务公开平台)(?!的?(?:搭建|建设))' },
	{ ind: 'uses.bulletin', term: CHANNEL_TERMS.bulletin },
	// a gazette only when information goes into it (not a copy on a shelf)
	{ ind: 'uses.gazette', term: '政府公报(?:(?<=(?:通过|在|利用|依托|以|:)[^,。;\\n]{0,30}政府公报)|(?=上?(?:公开|发布|刊登|刊发)))' },
	{ ind: 'uses.new_media', term: '抖音|短视频|客户端|头条号|美篇|快手|视频号|学习强国' },
	{ ind: 'uses.print', term: '宣传纸|宣传单|宣传资料|宣传册|宣传手册|便民手册|明白纸|明白卡|服务指南|下发文件' },
	{ ind: 'uses.broadcast', term: '广播|电视(?!电话|会议)' },
	{ ind: 'uses.press', term: '日报|晚报|报刊(?<!公报刊)|报纸|新闻媒体|新闻报道' },
	{ ind: 'uses.reading_room', term: '查阅点|查询点|查阅场所|查阅室|阅览室|公开专区|档案室(?=[^。;\\n]{0,10}(?:查阅|查询))' }
];

/** Words that make a clause a statement of use (publishing, placing, relying on a channel). */
export const USE_CUE =
	'制作|印发|发放|通过|依托|利用|借助|运用|用好|运营|采用|采取|以|在|设置|设立|设有|建立|开设|开通|发挥|登陆|刊登|刊发|发布|公开|公示|公布|张贴|推送|播出|播放|查阅|查询|更新|载体|渠道|平台|途径|形式|方式|阵地|到';

/** A channel named only as where information was not published: "在政府公报上未公开的信息". */
export const NOT_USED_AFTER = '^[^,。;\\n]{0,14}?(?:未公开|未发布|没有公开|不公开|未在)';

/** A channel the body has not opened ("尚未开通政务微博") or only plans to ("将开通政务微博和抖音号"). */
export const NOT_USED_BEFORE =
	'(?:(?:未|没有|尚未|暂未|暂无)(?:开通|开设|建立|设立|使用|建设)[^,。;\\n]{0,6}|(?:将|拟|计划|准备|争取)(?:尽快)?(?:开通|开设|建立|设立|启用|建设)[^,。;\\n]{0,8})$';

/** The name is part of a table row label ("政务微博公开政府信息数", "政府公报发行量"), not a statement. */
export const ROW_LABEL_AFTER = '^[^,。;、\\n\\d]{0,12}?(?:数|发行量)(?![十百千万])';
