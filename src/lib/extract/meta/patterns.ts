// Pattern tables for report metadata. Rules are data: add a phrasing here, not an if in the code.

/** endings of a township-level body name, longest first; the value is how the town is named */
export const TOWN_SUFFIXES: readonly string[] = ['街道办事处', '街道', '苏木', '镇', '乡'];

/** words that follow a body's name and are not part of the town name */
export const BODY_TAILS: readonly string[] = ['人民政府', '政府', '办事处'];

/** endings of county-level names (county, county-level city, district, banner) */
export const COUNTY_ENDINGS = '县市区旗';

/** endings of department bodies: their reports are not township reports */
export const DEPARTMENT_ENDINGS: readonly string[] = ['委员会', '办公室', '管理处', '中心', '局', '委', '办', '厅', '署', '院', '所', '站', '队'];

/** characters that cannot sit inside a place name: a name found by its ending starts after the last of them */
export const NAME_BREAKERS = new Set([...'的在对将由与和及是为于了把向从年度月日号第我本全该各等其按据根省市县区旗']);

/**
 * Verbs and function words that no place name holds: a name found by its ending alone starts after
 * the last of them ("…结合街道实际…" names no town; "深入推进云杉镇…" names 云杉镇).
 */
export const NOT_IN_NAME =
	/结合|根据|按照|依据|依照|围绕|立足|加强|推进|推动|落实|深入|开展|做好|完善|坚持|全面|切实|认真|积极|实际|工作|情况|发展|管理|公开|信息|通过|进行|组织|召开|实施|指导|督促|要求|对于|关于|以及|所有|辖区|各个|全体|相关|有关|部分|报告|年度|本级|上级|属地|服务|联系|我们|统筹|协调|配合|负责|参与|支持|带领|动员|发挥|确保|保障|提升|提高|强化|优化|规范|健全|创新|深化|聚焦|紧扣|及时|依法|主动|政府|人民|党委|党工委|机关|单位|部门|领导|干部|群众|村民|居民/g;

/** generic words ending like a town that name no town */
export const NOT_TOWN_NAMES = new Set(['乡镇', '城镇', '村镇', '集镇', '重镇', '小镇', '城乡', '下乡', '农乡', '家乡', '街道', '各街道', '本街道', '我街道', '全街道']);

/** a report or a work summary says so somewhere */
export const REPORT_MARKERS = /年度报告|(工作|情况)的?报告|年报|工作总结|年度总结|报告如下|总结如下|本报告/;

/** what the product compares: a report or summary about disclosure work says so */
export const DISCLOSURE_WORDS = /政府信息公开|政务公开|信息公开|政务信息|公开政府信息|依申请公开/;

/** section headings of a disclosure report: a text cut before its title still shows two or more */
export const REPORT_SECTIONS: readonly RegExp[] = [
	/主动公开政府信息(的)?情况/,
	/依申请公开(政府信息)?(的|办理)?情况/,
	/收到和处理政府信息公开申请/,
	/(政府信息公开)?(的)?收费(及|和)减免(的)?情况/,
	/(行政复议|行政诉讼)[^。\n]{0,12}情况/,
	/存在的?主要?问题(及|和)改进/
];
export const MIN_REPORT_SECTIONS = 2;

/** title endings of documents that are about reports or disclosure but are not one */
export const NOT_REPORT_TITLES: readonly { pattern: RegExp; reason: string; notice?: boolean }[] = [
	{ pattern: /(统计)?制度$/, reason: 'a regulation / 制度' },
	{ pattern: /目录$/, reason: 'a catalogue / 目录' },
	{ pattern: /指南$/, reason: 'a disclosure guide / 指南' },
	{ pattern: /(办法|规定|细则|规则)$/, reason: 'a rule / 办法、规定' },
	{ pattern: /(通知|意见|方案|规划|须知|清单|公告|通告)$/, reason: 'a notice or plan / 通知、方案', notice: true },
	{ pattern: /(召开|举办|举行|开展|部署|组织|完成|按时|及时|顺利|圆满|学习|培训|督查|检查|考核|获评|荣获).{0,30}(报告|总结|年报)$/, reason: 'a news item / 新闻' },
	{ pattern: /(召开|举办|举行|开展|参加|组织).{0,40}(会|会议|活动|培训班?|座谈)$/, reason: 'a news item / 新闻' }
];

/**
 * Positive evidence that a page is no report, whatever report words it holds: a writing template
 * (placeholders where names and numbers go), a notice to the towns, a regulation, a news item.
 * Each entry counts its hits; `min` hits make the evidence.
 */
export const NOT_REPORT_EVIDENCE: readonly { pattern: RegExp; min: number; reason: string }[] = [
	{ pattern: /范文|模板|模版|样本|参考格式|写作格式|(?:格式|样式)(?:如下|参考)/g, min: 1, reason: 'a template / 范文、模板' },
	{ pattern: /[XＸ×*＊]{2,}|[○〇]{2}(?=[镇乡年月日])|[_＿]{2,}(?=[镇乡年月日条件名])|【[^】]{0,8}(?:名称|单位|填写)[^】]{0,4}】|[(（]\s*(?:单位名称|填写|此处)[^)）]{0,8}[)）]/g, min: 2, reason: 'a template with placeholders / 含占位符的模板' },
	{ pattern: /特此通知|通知如下|请各(?:乡镇|单位|部门|街道)|各乡镇(?:人民政府)?、各街道办事处|报送时间|请于\d{1,2}月\d{1,2}日前/g, min: 1, reason: 'a notice / 通知' },
	// (the literal comes first and the line start is checked behind it: a cheap scan)
	{ pattern: /第[一二三四五六七八九十]{1,3}条[\s　](?<=(?:^|\n)[ \t　]*第[一二三四五六七八九十]{1,3}条[\s　])/g, min: 3, reason: 'a regulation / 规章制度' },
	{ pattern: /本报讯|通讯员|记者[\u4e00-\u9fff]{0,4}(?:报道|摄)|(?:日前|近日)[,，](?<=(?:^|\n)[ \t　]*(?:日前|近日)[,，])/g, min: 1, reason: 'a news item / 新闻' }
];

/** a commentary speaks of the town in the third person; a report in the first */
export const THIRD_PERSON = /该(镇|乡|街道|苏木|平台|网站|单位)/g;
export const FIRST_PERSON = /(我|本)(镇|乡|街道|街|苏木|机关|单位)|本(报告|年报|年度报告)|(报告|总结)如下/g;

/** a township's own office writing its report: 青石镇人民政府党政办公室 is still the township */
export const TOWNSHIP_OFFICE = /(镇|乡|街道|苏木)(人民政府|政府|办事处)?(党政)?(综合)?(办公室|办)$/;

/** first-person references that tell who writes the text */
export const SELF_REFERENCES: readonly { pattern: RegExp; level: 'township' | 'county' | 'other' }[] = [
	{ pattern: /(我|本|全)(镇|乡|街道|街|苏木)/g, level: 'township' },
	{ pattern: /(我|本)(县|区|市|旗)(?!场|级)/g, level: 'county' },
	{ pattern: /(我|本)(局|委|办|中心)/g, level: 'other' }
];

/** a title: a short line that names a disclosure report or summary */
export const TITLE_LINE = /(政府信息公开|政务公开|信息公开)[^。；;]{0,20}(报告|总结|年报)/;

/** a title ends with what it is, maybe followed by a parenthesis or a subtitle after a dash */
export const TITLE_END = /(报告|总结|年报)\s*([(（][^)）]{0,20}[)）])?\s*((——|—|--).*)?$/;

/** labels of page chrome that sit before the title on the same line */
export const TITLE_PREFIXES = /^(名称|标题|题名)\s*[:：]\s*|【[^】]{0,10}】|^[\w.-]+\.(com|cn|net|org)/g;

/** labels that introduce the statistics period */
export const PERIOD_LABELS = /(统\s*计\s*(期限|时限|期|起止时间|时间|周期|区间)|数据核定时间点|数据统计|统计数据从|内容涵盖|本报告涵盖)/g;

/** labels of a publication date, strongest first */
export const PUBLISHED_LABELS: readonly RegExp[] = [
	/(?<!统计)(发布日期|发布时间|公开日期|公开时间|发表时间|上传时间)/g,
	/(?<!统计|成文|发文|统|印发)(日期|时间)/g,
	/(发文日期|成文日期)/g
];

/** where a publication date may stand without a label: right before the page's 来源 line */
export const DATE_BEFORE_SOURCE = /((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?[ \t\u3000]*(来源|信息来源|作者)/g;

/** where a text names its own reporting body; group 1 is the body's name */
export const SUBJECT_PATTERNS: readonly RegExp[] = [
	/([\u3400-\u9fff]{1,30}?)\s*(?:19|20)\d\d\s*年度?(?:的)?(?:政府信息公开|政务公开|信息公开)/g,
	/(?:19|20)\d\d\s*年度?([\u3400-\u9fff]{1,30}?)(?:政府信息公开|政务公开|信息公开)/g,
	/由([\u3400-\u9fff]{2,30}?)(?:信息公开工作办公室|信息公开办|政务公开办)?(?:根据[^。]{0,30})?(?:编制|编写|制作|汇总)/g,
	/(?:发布机构|发布单位|发文机构|发文单位|信息来源|来源)\s*[:：|]?\s*([\u3400-\u9fff]{2,30})/g
];

/** words a subject capture may end with that are not part of the name: "青石镇人民政府关于2018年…" */
export const SUBJECT_TRAIL = /(关于|对|的)+$/;

/** words a subject capture may start with that are not part of the name */
export const SUBJECT_LEAD = /^(?:.*(?:公布|公开|现将|关于|编制|发布|印发|特向社会|向社会|制作|包括|涵盖|是|了))?/;
