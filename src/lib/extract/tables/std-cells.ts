// What a cell of the standard tables says by its text alone, whatever the table around it: its
// label core, whether it is numbered or a section heading, and which row of table 二 or 三 it
// names. The walk in std.ts adds the context (zone, header, whether table 三 has begun).
import { firstMatch } from './match-any';
import { memoByText } from './memo';
import { APPLY_ROWS, RULE_ROWS, type ApplyRow, type RuleRow } from './std-rules';
import { compact, isSectionHeading, labelCore } from './tokens';

export interface StdCell {
	/** the text without spaces and pipes, as header cells are compared */
	flat: string;
	/** the label without its numbering: the part rules match */
	core: string;
	numbered: boolean;
	/** "四、…": a top-level heading */
	sectionHeading: boolean;
	rule: RuleRow | undefined;
	apply: ApplyRow | undefined;
	/** 本年新收 / 上年结转: the rows table 三 opens with */
	opensApply: boolean;
}

const ruleRow = firstMatch(RULE_ROWS);
const applyRow = firstMatch(APPLY_ROWS);

export const isKnownLabel = (core: string): boolean => Boolean(ruleRow(core) || applyRow(core));

/** "(三)不予公开1.属于国家秘密" in one cell: the row is the numbered item, not the group. */
const GROUP_WITH_ITEM = /^(?:本年度办理结果|不予公开|无法提供|不予处理|其他处理)((?:\d{1,2}[.．、]|[(（][一二三四五六七][)）]).+)$/;

export function rowCore(text: string): { core: string; numbered: boolean } {
	const label = labelCore(compact(text));
	const item = GROUP_WITH_ITEM.exec(label.core);
	return item ? { core: labelCore(item[1]).core, numbered: true } : label;
}

const OPENS_APPLY = /^本年新收|^上年结转/;

function readCell(text: string): StdCell {
	const { core, numbered } = rowCore(text);
	return {
		flat: compact(text),
		core,
		numbered,
		sectionHeading: isSectionHeading(text),
		rule: ruleRow(core),
		apply: applyRow(core),
		opensApply: OPENS_APPLY.test(core)
	};
}

/**
 * The reading of a cell text (or of two cells joined, a label a page broke in two). One object is
 * shared by every cell of the same text: read-only, so no caller can change another's reading.
 */
export const stdCell: (text: string) => Readonly<StdCell> = memoByText(readCell);
