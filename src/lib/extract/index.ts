// The extraction library: text in, report metadata + values (with exact quotes) + warnings out.
// normalise → tables → prose rules → refiners → metadata. Pure: no I/O, no DOM.
import { matchRules } from './match';
import { matchLists } from './prose-lists';
import { matchHeadingZeros } from './prose-headings';
import { extractMeta } from './metadata';
import { findSkeleton, hasStandardSkeleton, type SkeletonFound } from './meta/skeleton';
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
	return [...matchRules(n.text), ...matchLists(n.text), ...matchHeadingZeros(n.text), ...matchUses(n.text, skip)];
}

/**
 * Layout when no table was parsed (excerpts often lose the tables): the section skeleton of the
 * standard report and the year tell it — std2021 from the 2021 reports on, std2019 before.
 */
export function layoutWithoutTables(text: string, year: number | null, skeleton: SkeletonFound = findSkeleton(text)): Format {
	if (!hasStandardSkeleton(skeleton, year)) return 'prose';
	return year !== null && year >= 2021 ? 'std2021' : 'std2019';
}

/** Distinct indicators stated with a number, flags aside: how much of a report's body a text holds. */
function statements(c: Candidate[]): number {
	// (a plain loop: the filtered and mapped arrays cost more than the set)
	const stated = new Set<string>();
	for (const x of c) if (!x.indicator.startsWith('uses.')) stated.add(x.indicator);
	return stated.size;
}

export function extract(text: string, opts: ExtractOptions = {}): Extraction {
	const n = normalise(text);
	const tables = parseTables(n);
	const skip = skippedSections(n.text);
	const all = [...tables.candidates, ...proseCandidates(n, skip)];
	const skeleton = findSkeleton(n.text);
	const { meta, warnings: metaWarnings, ownYears } = extractMeta(n, opts, { skeleton, statements: statements(all) });
	const settled = refine(all, n.text, skip, ownYears);
	meta.format = tables.format ?? layoutWithoutTables(n.text, meta.year, skeleton);
	const warnings = [...tables.warnings, ...settled.warnings, ...metaWarnings];
	if (!meta.recognized) return { meta, values: [], warnings: metaWarnings };
	return { meta, values: settled.candidates.map((c) => toRecord(c, n)), warnings };
}
