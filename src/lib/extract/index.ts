// The extraction library: text in, report metadata + values (with exact quotes) + warnings out.
// normalise → tables → prose rules → refiners → metadata. Pure: no I/O, no DOM.
import { matchRules } from './match';
import { extractMeta } from './metadata';
import { normalise, toOriginalSpan } from './normalise';
import { skippedSections } from './prose-context';
import { matchUses } from './prose-uses';
import { refine } from './refiners';
import { parseTables } from './tables';
import type { Candidate, ExtractOptions, Extraction, Normalised, ValueRecord } from './types';

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
export function proseCandidates(n: Normalised): Candidate[] {
	const skip = skippedSections(n.text);
	return [...matchRules(n.text), ...matchUses(n.text, skip)];
}

export function extract(text: string, opts: ExtractOptions = {}): Extraction {
	const n = normalise(text);
	const tables = parseTables(n);
	const skip = skippedSections(n.text);
	const all = [...tables.candidates, ...matchRules(n.text), ...matchUses(n.text, skip)];
	const settled = refine(all, n.text, skip);
	const { meta, warnings: metaWarnings } = extractMeta(n, opts);
	meta.format = tables.format ?? 'prose';
	const warnings = [...tables.warnings, ...settled.warnings, ...metaWarnings];
	if (!meta.recognized) return { meta, values: [], warnings: metaWarnings };
	return { meta, values: settled.candidates.map((c) => toRecord(c, n)), warnings };
}
