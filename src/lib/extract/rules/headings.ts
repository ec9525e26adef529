// A section that answers its heading with a bare "无": "三、政府信息公开的收费及减免情况\n无。"
// states a zero for every indicator the heading names. Data only; prose-headings.ts reads it.

export interface HeadingTopic {
	/** words of the heading */
	term: string;
	/** words that make the heading about something else ("因申请行政复议" is about appeals) */
	unless?: string;
	indicators: string[];
}

export const HEADING_TOPICS: HeadingTopic[] = [
	{ term: '收费', indicators: ['fee.amount'] },
	{ term: '(?:行政)?复议', indicators: ['review.total'] },
	{ term: '(?:行政)?诉讼', indicators: ['litigation.total'] },
	{ term: '依申请公开|申请公开|公开申请', unless: '复议|诉讼|收费|费用', indicators: ['apply.received'] },
	{ term: '举报|投诉|申诉', indicators: ['complaint.total'] }
];

/** The answer: nothing, in a few words, alone up to the end of its sentence or line. */
export const NOTHING = '(?:本年度|全年|本年|今年)?(?:均)?(?:无|没有|暂无|为零|为0|无此类情况|未发生)';
