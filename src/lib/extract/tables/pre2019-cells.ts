// What a cell of a pre-2019 table says by its text alone: header, unit, value with its unit,
// glued row, label core, section heading, prose, and which row of which section it names. The
// walk in pre2019.ts adds the context (section, pending row, header run). Like the standard
// tables' labels (std-cells.ts), these cell texts recur across reports, so a label-length text is
// read once and its reading remembered.
import { anyOf, firstMatch } from './match-any';
import { memoByText } from './memo';
import { headerCellKind, type ValueColumnKind } from './pre2019-columns';
import { PRE2019_ROWS, PRE2019_SECTIONS, UNITS, type Pre2019Section, type RowRule } from './pre2019-rules';
import { MAX_LABEL_LENGTH, SENTENCE, endsWithDigit, isSectionHeading, labelCore, startsWithDigit } from './tokens';

/** A section heading's section, with the indicator of the heading row itself. */
export interface SectionHit {
	section: Pre2019Section;
	indicator: string | null;
}

/** "（一）收到申请数件41": the label and the number of a row whose separators were lost. */
export interface GluedRow {
	label: string;
	digits: string;
}

export interface Pre2019Cell {
	/** a value column header ("本年度", "2015年") */
	header: ValueColumnKind | null;
	/** a cell of the 单位 column */
	unit: boolean;
	/** "110件": the value of a cell holding a number and its unit */
	valueWithUnit: number | null;
	/** longer than any label: prose around the table. The fields below are read only for labels. */
	long: boolean;
	/** a glued row whose label is no sentence */
	glued: GluedRow | null;
	/** the label without its numbering: the part rules match */
	core: string;
	numbered: boolean;
	/** "四、…": a top-level heading */
	sectionHeading: boolean;
	/** the section a heading opens; null for other cells and unknown headings */
	section: SectionHit | null;
	/** a count or sentence punctuation outside the label's parentheses */
	prose: boolean;
	/** the one section whose indicator rows know this label (not read for prose) */
	sectionOfRow: Pre2019Section | null;
	/** per section, the row this label is; null when it is a row of no section */
	rows: Readonly<Record<Pre2019Section, RowRule | undefined>> | null;
	/** sentence punctuation anywhere in the text */
	sentence: boolean;
}

const VALUE_WITH_UNIT = /^(\d+(?:\.\d+)?)(\D{1,2})$/;

/** Longest first, so that 人次 is not read as 人 followed by a stray 次. */
export const UNIT_ALTERNATION = [...UNITS].sort((a, b) => b.length - a.length).join('|');
/** "（一）收到申请数件41": label, unit and number of a row with the separators lost. */
const GLUED_ROW = new RegExp(`^(.*?[^\\d.,+\\-])(?:${UNIT_ALTERNATION})?(\\d+(?:\\.\\d+)?)$`);

/** Outside the label's parentheses: a count or sentence punctuation means a sentence, not a label. */
const PROSE_MARK = /[0-9，。；！？,;]/;

function isProse(core: string): boolean {
	// dropping the parentheses only removes marks: a core without any needs no copy made
	return PROSE_MARK.test(core) && PROSE_MARK.test(core.replace(/[(（][^()（）]*[)）]/g, ''));
}

function matchSection(core: string): SectionHit | null {
	const rule = PRE2019_SECTIONS.find((r) => r.heading.test(core));
	return rule ? { section: rule.section, indicator: rule.indicator } : null;
}

const SECTIONS = Object.keys(PRE2019_ROWS) as Pre2019Section[];

/** Each section's rows behind one alternation (see match-any): most cells are no row of it. */
const ROW_IN_SECTION = Object.fromEntries(SECTIONS.map((s) => [s, firstMatch(PRE2019_ROWS[s])])) as Record<
	Pre2019Section,
	(core: string) => RowRule | undefined
>;

/** The row `core` is in `section`, first matching rule first. */
export function rowIn(section: Pre2019Section, core: string): RowRule | undefined {
	return ROW_IN_SECTION[section](core);
}

/** Every section's rows at once: a label matching none of them (most) needs no look per section. */
const ANY_ROW = anyOf(SECTIONS.flatMap((s) => PRE2019_ROWS[s].map((r) => r.pattern)));

function rowsOf(core: string): Pre2019Cell['rows'] {
	if (!ANY_ROW.test(core)) return null;
	return Object.fromEntries(SECTIONS.map((s) => [s, rowIn(s, core)])) as Record<Pre2019Section, RowRule | undefined>;
}

/** Per section, whether any of its indicator rows matches: one alternation each. */
const INDICATOR_ROWS = SECTIONS.map((section) => ({ section, any: anyOf(PRE2019_ROWS[section].filter((r) => r.indicator).map((r) => r.pattern)) }));
/** All sections' indicator rows at once: a cell matching none of them (most) names no section. */
const ANY_INDICATOR_ROW = anyOf(SECTIONS.flatMap((s) => PRE2019_ROWS[s].filter((r) => r.indicator).map((r) => r.pattern)));

/**
 * A table copied without its section rows ("一、主动公开情况" …): a row label that exactly one
 * section knows names that section.
 */
function sectionOfRow(core: string): Pre2019Section | null {
	if (!ANY_INDICATOR_ROW.test(core)) return null;
	const hits = INDICATOR_ROWS.filter((s) => s.any.test(core));
	return hits.length === 1 ? hits[0].section : null;
}

function gluedRow(text: string): GluedRow | null {
	// a cheap check first: the lazy label group made the regex walk every cell to its end
	const m = endsWithDigit(text) ? GLUED_ROW.exec(text) : null;
	return m && !isProse(labelCore(m[1]).core) ? { label: m[1], digits: m[2] } : null;
}

function valueWithUnit(text: string): number | null {
	const m = startsWithDigit(text) ? VALUE_WITH_UNIT.exec(text) : null;
	return m && UNITS.has(m[2]) ? Number(m[1]) : null;
}

function readCell(text: string): Pre2019Cell {
	const header = headerCellKind(text);
	const unit = UNITS.has(text);
	const withUnit = valueWithUnit(text);
	// one object shape for every reading, long or not: the walk reads them all alike
	if (text.length > MAX_LABEL_LENGTH) {
		return { header, unit, valueWithUnit: withUnit, long: true, glued: null, core: '', numbered: false, sectionHeading: false, section: null, prose: false, sectionOfRow: null, rows: null, sentence: false };
	}
	const { core, numbered } = labelCore(text);
	const sectionHeading = isSectionHeading(text);
	const prose = isProse(core);
	return {
		header,
		unit,
		valueWithUnit: withUnit,
		long: false,
		glued: gluedRow(text),
		core,
		numbered,
		sectionHeading,
		section: sectionHeading ? matchSection(core) : null,
		prose,
		sectionOfRow: prose ? null : sectionOfRow(core),
		rows: rowsOf(core),
		sentence: SENTENCE.test(text)
	};
}

const rememberedCell = memoByText(readCell);

/**
 * The reading of a cell text, shared by every cell of the same text (read-only). Only label-length
 * texts are remembered: longer ones are prose, seldom seen twice.
 */
export function pre2019Cell(text: string): Readonly<Pre2019Cell> {
	return text.length > MAX_LABEL_LENGTH ? readCell(text) : rememberedCell(text);
}
