// The extraction library: text in, report metadata + values (with exact quotes) + warnings out.
// normalise → tables → prose rules → refiners → metadata. Pure: no I/O, no DOM.
import { matchRules } from './match';
import { matchLists } from './prose-lists';
import { extractMeta } from './metadata';
import { normalise, toOriginalSpan } from './normalise';
import { skippedSections } from './prose-context';
import { matchUses } from './prose-uses';
import { refine } from './refiners';
import { parseTables } from './tables';
import type { Candidate, ExtractOptions, Extraction, Format, Normalised, ValueRecord } from './types';

export { normalise } from './normalise';
export type * from './types';

function toRecord(c: Candidate, n: Normalised): ValueRecord {
	const span = toOriginalSpan(n, c.start, c.end);
	return {
		indicator: c.indicator,
		value: c.value,
		qualifier: c.qualifier,
		origin: c.origin,
		quote: n.original.slice(span.start, span.end),
		start: span.start,
		end: span.end
	};
}

/** Prose candidates of a normalised text, before table reconciliation (exported for tests and tools). */
export function proseCandidates(n: Normalised, skip = skippedSections(n.text)): Candidate[] {
	return [...matchRules(n.text), ...matchLists(n.text), ...matchUses(n.text, skip)];
}

const OVERVIEW_HEADING = /(?:^|\n)\s*一\s*[、.][^\n。]{0,12}总体情况/;
const SKELETON_HEADING = /(?:^|\n)\s*[二三四]\s*[、.]\s*(?:主动公开政府信息情况|收到和处理政府信息公开申请情况|政府信息公开行政复议)/;

/**
 * Layout when no table was parsed (excerpts often lose the tables): the 2019 skeleton opens with
 * 一、总体情况. From the 2021 reports on that heading alone is the standard format; for 2019–2020
 * a second skeleton heading must confirm it.
 */
export function layoutWithoutTables(text: string, year: number | null): Format {
	if (year === null || year < 2019 || !OVERVIEW_HEADING.test(text)) return 'prose';
	if (year >= 2021) return 'std2021';
	return SKELETON_HEADING.test(text) ? 'std2019' : 'prose';
}

export function extract(text: string, opts: ExtractOptions = {}): Extraction {
	const n = normalise(text);
	const tables = parseTables(n);
	const skip = skippedSections(n.text);
	const all = [...tables.candidates, ...proseCandidates(n, skip)];
	const { meta, warnings: metaWarnings } = extractMeta(n, opts);
	const settled = refine(all, n.text, skip, meta.year);
	meta.format = tables.format ?? layoutWithoutTables(n.text, meta.year);
	const warnings = [...tables.warnings, ...settled.warnings, ...metaWarnings];
	if (!meta.recognized) return { meta, values: [], warnings: metaWarnings };
	return { meta, values: settled.candidates.map((c) => toRecord(c, n)), warnings };
}
