// Rows of the pre-2019 statistics table (政府信息公开工作情况统计表, DOMAIN.md §2) as data.
// A section heading ("四、行政复议数量") sets the context in which the numbered rows below it are
// read: "（一）维持具体行政行为数" is review.upheld under 行政复议 and litigation.upheld under 行政诉讼.
// Patterns see the label without its numbering; within a section the first matching row wins, so
// narrower rows come first. indicator null = a known row that carries no indicator of its own.

export type Pre2019Section =
	| 'active'
	| 'response'
	| 'apply'
	| 'review'
	| 'litigation'
	| 'complaint'
	| 'archive'
	| 'websites'
	| 'gazette'
	| 'reading_rooms'
	| 'visitors'
	| 'capacity'
	| 'meetings';

export interface SectionRule {
	section: Pre2019Section;
	/** matched at the start of the heading without its "四、" */
	heading: RegExp;
	/** the value on the heading row itself, if that row is an indicator */
	indicator: string | null;
}

export interface RowRule {
	pattern: RegExp;
	indicator: string | null;
}

export const PRE2019_SECTIONS: readonly SectionRule[] = [
	// older tables put the count on the heading row itself: "一、主动公开政府信息数 条 120"
	{ section: 'active', heading: /^主动公开政府信息(?:总?数|条数)/, indicator: 'active.total' },
	{ section: 'active', heading: /^主动公开(?:政府信息)?(?:的)?情况/, indicator: null },
	{ section: 'response', heading: /^(?:回应解读|回应关切|政策解读)/, indicator: null },
	{ section: 'apply', heading: /^收到(?:政府信息公开)?申请(?:总)?数/, indicator: 'apply.received' },
	{ section: 'apply', heading: /^(?:政府信息)?依申请公开/, indicator: null },
	// "四、行政复议数量", "四、因政府信息公开申请行政复议情况"; a heading naming both is not one of these
	{ section: 'review', heading: /^[^、]{0,14}?行政复议(?!.*行政诉讼)/, indicator: 'review.total' },
	{ section: 'litigation', heading: /^(?!.*行政复议)[^、]{0,14}?行政诉讼/, indicator: 'litigation.total' },
	{ section: 'complaint', heading: /^被?(?:举报投诉|举报申诉|投诉举报)/, indicator: 'complaint.total' },
	{ section: 'archive', heading: /^向(?:国家)?(?:图书馆|档案馆)/, indicator: 'facility.archive_submissions' },
	{ section: 'websites', heading: /^开通政府信息公开网站/, indicator: 'facility.websites' },
	{ section: 'gazette', heading: /^政府公报发行/, indicator: null },
	{ section: 'reading_rooms', heading: /^设置(?:政府信息)?(?:公开)?查阅(?:点|场所)/, indicator: 'facility.reading_rooms' },
	{ section: 'visitors', heading: /^(?:政府信息)?查阅(?:点|场所)接待/, indicator: 'facility.visitors' },
	{ section: 'capacity', heading: /^机构建设/, indicator: null },
	{ section: 'meetings', heading: /^(?:政府信息公开)?(?:会议和培训|会议培训)/, indicator: null }
];

/** Sub-rows split by level (区县 / 乡镇) count for their parent row only. */
const BY_LEVEL: RowRule[] = [
	{ pattern: /^(?:区县|县区|县|区|市)(?:级)?政府/, indicator: null },
	{ pattern: /^乡镇/, indicator: null }
];

export const PRE2019_ROWS: Readonly<Record<Pre2019Section, readonly RowRule[]>> = {
	active: [
		{ pattern: /主动公开规范性文件数/, indicator: 'active.normative_docs' },
		{ pattern: /制发规范性文件总?数/, indicator: 'active.normative_issued' },
		{ pattern: /^主动公开政府信息数/, indicator: 'active.total' },
		{ pattern: /^政府公报公开/, indicator: 'channel.gazette' },
		{ pattern: /^政府网站公开/, indicator: 'channel.website' },
		{ pattern: /^政务微博公开/, indicator: 'channel.weibo' },
		{ pattern: /^政务微信公开/, indicator: 'channel.wechat' },
		{ pattern: /^其他方式公开/, indicator: 'channel.other' },
		{ pattern: /^通过不同渠道/, indicator: null },
		{ pattern: /^全文电子化|^新增规范性文件/, indicator: null }
	],
	response: [
		{ pattern: /^回应公众关注热点/, indicator: 'response.hotspots' },
		{ pattern: /^通过不同渠道/, indicator: null },
		{ pattern: /主要负责同志参加新闻发布会/, indicator: 'response.press_conferences_leader' },
		{ pattern: /新闻发布会/, indicator: 'response.press_conferences' },
		{ pattern: /主要负责同志参加.{0,8}在线访谈/, indicator: 'response.online_interviews_leader' },
		{ pattern: /在线访谈/, indicator: 'response.online_interviews' },
		{ pattern: /^政策解读稿件/, indicator: 'response.interpretations' },
		{ pattern: /^微博微信回应/, indicator: 'response.social_media' },
		{ pattern: /^其他方式回应/, indicator: 'response.other' }
	],
	apply: [
		{ pattern: /^收到(?:政府信息公开)?申请(?:总)?数/, indicator: 'apply.received' },
		{ pattern: /^当面申请/, indicator: 'apply.in_person' },
		{ pattern: /^传真申请/, indicator: 'apply.fax' },
		{ pattern: /^(?:网络|网上)申请/, indicator: 'apply.online' },
		{ pattern: /^信函申请/, indicator: 'apply.letter' },
		{ pattern: /^其他形式/, indicator: 'apply.other_form' },
		{ pattern: /^申请办结数/, indicator: 'apply.completed' },
		{ pattern: /^按时办结/, indicator: 'apply.on_time' },
		{ pattern: /^延期办结/, indicator: 'apply.extended' },
		{ pattern: /^(?:对申请的答复|申请答复)(?:总)?数/, indicator: 'outcome.total' },
		{ pattern: /^属于已主动公开范围/, indicator: 'outcome.already_public' },
		{ pattern: /^同意部分公开/, indicator: 'outcome.partial' },
		{ pattern: /^不同意公开/, indicator: 'outcome.refused' },
		{ pattern: /^同意公开/, indicator: 'outcome.granted' },
		{ pattern: /^涉及国家秘密/, indicator: 'outcome.refused_state_secret' },
		{ pattern: /^涉及商业秘密/, indicator: 'outcome.refused_commercial' },
		{ pattern: /^涉及个人隐私/, indicator: 'outcome.refused_privacy' },
		{ pattern: /^危及国家安全/, indicator: 'outcome.refused_security' },
		{ pattern: /^不是《?条例》?所指/, indicator: 'outcome.refused_not_gov_info' },
		{ pattern: /^法律法规规定的其他情形/, indicator: 'outcome.refused_law' },
		{ pattern: /^(?:不属于本行政机关|非本机关)/, indicator: 'outcome.not_this_agency' },
		{ pattern: /^(?:申请)?信息不存在/, indicator: 'outcome.not_held' },
		{ pattern: /^告知作出更改补充/, indicator: 'outcome.clarify' },
		{ pattern: /^告知通过其他途径/, indicator: 'outcome.other_route' }
	],
	review: [
		{ pattern: /^维持/, indicator: 'review.upheld' },
		{ pattern: /^被?依法纠错/, indicator: 'review.corrected' },
		{ pattern: /^其他情形/, indicator: 'review.other' }
	],
	litigation: [
		{ pattern: /^维持|驳回原告/, indicator: 'litigation.upheld' },
		{ pattern: /^被?依法纠错/, indicator: 'litigation.corrected' },
		{ pattern: /^其他情形/, indicator: 'litigation.other' }
	],
	complaint: [
		{ pattern: /^维持/, indicator: 'complaint.upheld' },
		{ pattern: /^被?(?:依法)?纠错/, indicator: 'complaint.corrected' },
		{ pattern: /^其他情形/, indicator: 'complaint.other' }
	],
	archive: [
		{ pattern: /^纸质文件/, indicator: 'facility.archive_paper' },
		{ pattern: /^电子文件/, indicator: 'facility.archive_electronic' }
	],
	websites: BY_LEVEL,
	gazette: [
		{ pattern: /^(?:公报)?发行期数/, indicator: 'facility.gazette_issues' },
		{ pattern: /^(?:公报)?发行总?份数/, indicator: 'facility.gazette_copies' }
	],
	reading_rooms: BY_LEVEL,
	visitors: BY_LEVEL,
	capacity: [
		{ pattern: /专门机构数/, indicator: 'capacity.bodies' },
		// some editions list the reading points under 机构建设 instead of a section of their own
		{ pattern: /^设置(?:政府信息)?(?:公开)?查阅(?:点|场所)数/, indicator: 'facility.reading_rooms' },
		// "专职人员数（不包括…工作人员数）": the narrower rows before 工作人员数
		{ pattern: /^专职人员/, indicator: 'capacity.staff_fulltime' },
		{ pattern: /^兼职人员/, indicator: 'capacity.staff_parttime' },
		{ pattern: /工作人员数/, indicator: 'capacity.staff' },
		{ pattern: /专项经费/, indicator: 'capacity.funds' }
	],
	meetings: [
		{ pattern: /会议或专题会议数|工作会议数/, indicator: 'capacity.meetings' },
		{ pattern: /培训班数/, indicator: 'capacity.trainings' },
		{ pattern: /接受培训人员数/, indicator: 'capacity.trainees' }
	]
};

/** Units of the table's 单位 column: cells that sit between a label and its number. */
export const UNITS = new Set(['条', '件', '次', '篇', '个', '期', '份', '人', '人次', '万元', '元', '项', '家']);
