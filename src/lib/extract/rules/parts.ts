// The parts a disclosure statement is made of, as regex sources: verbs, nouns, who files or
// staffs, and the bounded fillers between them. Rule tables (active.ts, apply.ts …) compose
// these parts per indicator; a new combination of known parts needs no new rule.

/** Up to n characters inside one clause (no digit, no clause or sentence end). */
export const fill = (n: number): string => `[^\\d。;,\\n]{0,${n}}?`;

/** Up to n characters inside one clause, none of them starting one of `words`. */
export const fillWithout = (words: string, n: number): string => `(?:(?!${words})[^\\d。;,\\n]){0,${n}}?`;

/** Verbs of proactive disclosure (not 报送: information sent up to the county is not disclosed). */
export const PUBLISH = '(?:公开|发布|公布|推送|更新|上传|刊发|刊登|编发|录入)';

/** Words before the verb that say how: 主动公开, 对外发布, 向社会公开, 公开发布. */
const PUBLISH_MANNER = '(?:主动|及时|对外|向社会|面向社会)';

/** Adverbs of a sum: 共, 累计 … (kept in the quote: "共主动公开政府信息123条"). */
const SUM_ADVERB = '(?:共计?|合计|累计|总计|一共)';

/** A verb phrase of disclosure: 共主动向社会公开, 更新和发布, 公开发布了 (not 未公开, 不予公开, 依申请公开). */
// (the lookahead lets the regex engine skip most positions before it tries the lookbehind)
export const PUBLISH_PHRASE = `(?=[共合累总一主及对向面公发推更上刊编录])(?<![未不没予请依])${SUM_ADVERB}?${PUBLISH_MANNER}{0,2}${PUBLISH}(?:[和、]?${PUBLISH})?(?:了)?`;

/** Category words: a noun phrase holding one of them names a topic (人事信息), not all items. */
export const TOPIC_WORDS = '人事|财政|预决算|预算|决算|动态|政策|法规|规划|计划|服务|规范性|民生|其他|其它|招聘|招标|采购|解读|依申请|申请|简报|相同|同一|重复';

/**
 * "各类政务信息", "相关信息", "政府信息": the items themselves; the rule's `items` check keeps out
 * a category ("人事信息") unless categories are named as examples of all ("工作动态、通知公告等信息").
 */
export const ITEMS_NOUN = `(?<items>${fill(30)})信息`;

/** What may stand between a verb and 信息 when the noun names all items (see ITEMS_NOUN). */
export const ITEMS_FILL = { max: 8, category: new RegExp(TOPIC_WORDS), examples: /等[^等]{0,4}$/ };

/** Categories named as examples of all items, up to the noun: "…、政策文件等政府信息". */
export const EXAMPLES_NOUN = `等${fill(4)}信息`;

/** Words that make a count the sum of the year: a statement holding one is the report's total. */
export const TOTAL_WORDS = '主动|共|合计|累计|总计|一共|总数|总量';

/** Verbs of receiving requests. */
export const RECEIVE = '(?:收到|接收|接到|受理|新收|办理|处理)';

/** A request for disclosure (not the applicant, not a request for reconsideration or a lawsuit). */
export const REQUEST = '(?:依)?申请(?!人|行政复议|复议|行政诉讼)';

/** Requests named as a noun: 依申请公开事项, 政府信息公开申请, 申请公开政府信息的申请. */
export const REQUEST_NOUN =
	'(?:依申请公开(?:政府信息|事项|申请|件)?(?:的申请)?|(?:政府)?信息(?:依申请)?公开(?:申请|件)|申请公开(?:政府)?信息(?:的申请)?)';

/** How many, as a noun after the thing counted: 数量, 总数, 件数 … */
export const COUNT_NOUN = '(?:数量|总数|总量|件数|数)';

/** Verbs that put people on a task: 配备 3 名, 明确 2 位, 由 4 名 … */
// (not 有 or 由: "镇机关有干部86名" counts the whole staff; with a duty they count — see DUTY)
export const ASSIGN = '(?:配备|安排|明确|确定|落实|指定|配置|设置|抽调)(?:了)?';

/** People who do the work (信息公开员 too). */
export const STAFF_NOUN = '(?:工作人员|干部|联络员|信息员|人员|同志|专人|专干|(?<=公开)员)';

/** Full-time and part-time staff; 专兼职 names both kinds together (all staff), not the part-timers. */
export const FULL_TIME = '(?:专职|全职)';
export const PART_TIME = '(?<!专)兼职';

/** Verbs of having a task. */
export const DUTY_VERB = '(?:负责|承办|从事|专管|分管|值守)';

/** Doing the disclosure work: 负责信息公开工作, 轮流负责政务公开工作, 承办信息发布 (the kind of post is told apart). */
export const DUTY = `${fillWithout('专职|全职|兼职', 8)}${DUTY_VERB}${fill(8)}(?:信息公开|政务公开|信息发布|信息的?审核)`;

/** Measure words of people. */
export const PEOPLE_UNITS = '(?:名|位|人)';
