// Phrasing tables: the many ways township reports state each fact. Data only; prose.ts composes.
// Filler sentences name no channel (网站, 微信, 公开栏 …) and no count, so they state nothing.

export const ACTIVE_TOTAL = [
	'{Y}年，{W}[主动公开{政府|政务}信息{N}]',
	'全年[共主动公开各类{政府|政务}信息{N}]',
	'{Y}年度{W}[累计公开{政务|各类}信息{N}]',
	'{W}[通过{各类|多种}渠道公开信息共计{N}]',
	'{W}全年[主动公开信息{达|共}{N}]',
	'截至{Y}年12月31日，[共更新和发布{各类|}信息{N}]',
	'{Y}年，{W}[向社会主动公开政府信息{N}]',
	'本年度[主动公开政府信息总数为{N}]',
	'{Y}年{W}[共公开各类政务信息{N}]',
	'{W}严格落实公开要求，[全年公开信息{N}]',
	'{Y}年，{W}[累计主动公开{N}政府信息]',
	'{全年|本年度}{W}[共发布{N}各类信息]'
];

export const ACTIVE_TAIL = [
	'，内容涵盖机构职能、工作动态、政策文件、财政资金、民生保障等方面。',
	'，涉及乡村振兴、社会救助、安全生产、人居环境整治等群众关注的领域。',
	'，做到应公开尽公开。',
	'。',
	'，公开内容及时、准确。',
	'，重点公开了惠民惠农补贴、低保救助、项目建设等信息。'
];

/** a breakdown after 其中: one clause per channel; {X} is the channel's name as written */
export const CHANNEL_CLAUSE: Record<string, readonly string[]> = {
	website: ['[在{X}发布{信息|}{N}]', '[通过{X}公开{N}]', '[{X}更新{N}]'],
	platform: ['[在{X}发布{N}]', '[通过{X}公开{N}]'],
	wechat: ['[通过{X}推送{信息|图文|}{N}]', '[{X}发布{N}]', '[{X}{推送|发布}{N}信息]'],
	weibo: ['[{X}发布{N}]', '[通过{X}发布{N}]'],
	gazette: ['[{X}刊登{N}]'],
	bulletin: ['[在{X}公布{N}]', '[通过{X}公开{N}]', '[利用{X}公示{N}]'],
	new_media: ['[通过{X}发布{N}]']
};

export const CHANNEL_NAMES: Record<string, readonly string[]> = {
	website: ['政府门户网站', '{C}人民政府门户网站', '政府信息公开专栏', '政务公开网站', '政府网站', '{C}政府网站', '政府信息公开网'],
	platform: ['政务公开统一平台', '统一平台', '“阳光村务”平台', '政务公开平台'],
	wechat: ['微信公众号', '政务微信', '微信公众平台'],
	weibo: ['政务微博', '官方微博'],
	gazette: ['政府公报'],
	bulletin: ['政务公开栏', '公示栏', '村务公开栏', '电子显示屏', '公告栏', '宣传栏', '公开揭示板', 'LED显示屏', '黑板报'],
	new_media: ['抖音短视频', '政务客户端', '短视频平台', '头条号'],
	print: ['便民手册', '明白纸', '宣传资料'],
	broadcast: ['广播', '有线电视'],
	press: ['报刊媒体', '《{C}报》'],
	reading_room: ['政府信息查阅点', '信息公开查阅点', '政务公开查阅点']
};

export const CHANNEL_INTRO = [
	'{W}坚持多渠道公开，主要公开方式有：',
	'在公开载体上，{W}依托',
	'{W}的政府信息主要通过以下途径公开：',
	'为方便群众获取信息，{W}充分利用',
	'在平台建设方面，{W}主要依托'
];

export const TOPIC_NAMES: Record<string, readonly string[]> = {
	policy: ['法规文件信息', '政策文件类信息', '政策法规'],
	news: ['工作动态信息', '政务动态', '工作动态类信息'],
	personnel: ['人事信息', '人事任免信息'],
	services: ['公共服务信息', '便民服务类信息'],
	fiscal: ['财政资金信息', '财政预决算信息', '财经信息'],
	planning: ['规划计划信息', '发展规划类信息'],
	other: ['其他信息', '其它信息']
};

export const NORMATIVE = ['[其中规范性文件{N}]', '[含规范性文件{N}]', '[其中，规范性文件{N}]'];

export const APPLY_ZERO = [
	'{Y}年度{W}[未收到政府信息公开申请]。',
	'全年[没有收到要求公开政府信息的申请]。',
	'{Y}年，{W}[无依申请公开事项]。',
	'{Y}年，[共收到政府信息公开申请0件]。',
	'本年度{W}[未收到公民、法人或其他组织提出的政府信息公开申请]。',
	'{W}{Y}年[没有受理政府信息公开申请]。'
];

export const APPLY_SOME = [
	'{Y}年，{W}[共受理政府信息公开申请{N}]，均已按期答复。',
	'全年[收到依申请公开申请{N}]，已全部办结。',
	'{Y}年度[受理群众申请公开政府信息{N}]，均在法定期限内予以答复。',
	'本年度{W}[收到政府信息公开申请共计{N}]，办结率100%。'
];

export const APPLY_ONLINE = ['，其中[通过网络提交申请{N}]', '，其中[网上申请{N}]'];

export const FEE_ZERO = [
	'{W}[未收取任何费用]。',
	'依申请公开[没有收费]，也无减免情况。',
	'[未向申请人收取信息公开相关费用]。',
	'{Y}年度[政府信息公开收费为0元]。'
];

export const FEE_ZERO_2021 = [
	'{Y}年度，{W}[未收取信息处理费]。',
	'本年度[没有收取政府信息公开信息处理费]。',
	'{W}依申请公开政府信息[未收取任何费用]。'
];

export const APPEALS_ZERO = [
	'{Y}年，{W}[没有发生因政府信息公开申请行政复议、提起行政诉讼的情况]。',
	'全年[未发生政府信息公开方面的行政复议和行政诉讼案件]。',
	'本年度{W}[无因政府信息公开引起的行政复议、行政诉讼]。'
];

export const REVIEW_ZERO = ['{Y}年，[没有发生针对本{K}政府信息公开事务的行政复议案]', '全年[未发生政府信息公开行政复议案件]'];
export const LITIGATION_ZERO = ['；[也没有发生相关行政诉讼案]。', '，[亦未发生行政诉讼案件]。'];
export const REVIEW_SOME = ['{Y}年，[发生政府信息公开行政复议{N}]'];
export const LITIGATION_SOME = ['，[行政诉讼{N}]。', '，[被提起行政诉讼{N}]。'];
export const COMPLAINT_ZERO = ['[未收到针对政府信息公开工作的举报投诉]。', '[也没有收到相关申诉和举报投诉]。'];

export const STAFF = [
	'明确[{N}工作人员]负责信息公开工作',
	'落实[{N}同志]具体承办信息公开工作',
	'[从事信息公开工作的人员共{N}]',
	'配备[信息公开工作人员{N}]'
];
export const STAFF_SPLIT = ['[专职人员{A}]、[兼职人员{B}]', '落实[{A}专职人员]和[{B}兼职人员]'];
export const BODY = ['[设立信息公开工作专门机构1个]', '[有1个信息公开工作专门机构]'];
export const MEETINGS = ['[召开专题会议{N}]', '[召开政务公开工作会议{N}]', '全年[召开专题会议研究部署政务公开工作{N}]'];
export const TRAININGS = ['[举办业务培训{N}]', '[组织政务公开培训{N}]', '[开展培训{N}]'];
export const TRAINEES = ['[培训{N}]', '[参训人员{N}]', '[累计培训干部{N}]'];
export const FUNDS = ['[安排专项工作经费{N}]', '[落实信息公开专项经费{N}]'];
export const READING_ROOMS = ['[设置{X}{N}]', '在便民服务中心[设置{X}{N}]'];
export const VISITORS = ['，[接待群众查阅{N}]', '，全年[接待查阅{N}]'];
export const CONSULTS = ['[接待群众咨询{N}]', '[现场及电话咨询{N}]', '[解答群众咨询{N}]'];
export const HOTLINE = ['全年[通过政务服务热线服务群众{N}]', '[政务热线受理群众来电{N}]'];
export const FOLLOWERS = ['[关注人数达{N}]', '[订阅用户{N}]', '[粉丝数{N}]'];
export const HOTSPOTS = ['[回应公众关注热点{N}]', '[回应社会关切{N}]', '[及时回应群众关切问题{N}]'];
export const INTERPRETATIONS = ['[发布政策解读稿件{N}]', '[发布政策解读材料{N}]', '[开展政策解读{N}]'];
export const INTERPRETATIONS_ZERO = ['[未发布政策解读稿件]', '[本年度没有发布政策解读稿件]'];
