// Test helpers for the table parsers (imported by *.test.ts only).
import type { Candidate, Normalised } from '../types';

/** A Normalised whose text is the original, for tests that do not depend on normalise(). */
export function identity(text: string): Normalised {
	return { original: text, text, toOriginal: Int32Array.from({ length: text.length + 1 }, (_, i) => i) };
}

/** indicator → value, for compact assertions. */
export function values(candidates: Candidate[]): Record<string, number> {
	return Object.fromEntries(candidates.map((c) => [c.indicator, c.value]));
}

/** The quoted text of the candidate for `indicator`. */
export function quoteOf(candidates: Candidate[], text: string, indicator: string): string | undefined {
	const c = candidates.find((x) => x.indicator === indicator);
	return c && text.slice(c.start, c.end);
}

/** Cell-per-line layout as Word exports it: every cell on its own line after a tab, rows apart. */
export function cellPerLine(rows: string[][]): string {
	return rows.map((cells) => cells.map((c) => `\t${c}`).join('\n')).join('\n\n');
}
