// The report text cut into runs for highlighting: each run is plain text or lies inside one or
// more quotes. Offsets are UTF-16 code units (JavaScript string indices), as the extractor writes
// them; a value whose offsets do not hold its quote is placed at the quote's first occurrence, or
// left unplaced (listed, not highlighted) — never highlighted at the wrong place.

export interface Quoted {
	quote: string;
	start: number | null;
	end: number | null;
}

export type Placement = { at: 'offsets' | 'search'; start: number; end: number } | { at: 'none' };

export interface Run {
	start: number;
	text: string;
	/** indices (into the values) of the quotes this run lies in; innermost (shortest) first */
	values: number[];
}

export function place(text: string, v: Quoted): Placement {
	const { start, end } = v;
	if (v.quote === '') return { at: 'none' };
	if (start !== null && end !== null && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length) {
		if (text.slice(start, end) === v.quote) return { at: 'offsets', start, end };
	}
	const found = text.indexOf(v.quote);
	return found === -1 ? { at: 'none' } : { at: 'search', start: found, end: found + v.quote.length };
}

/** Runs covering the whole text, in order; adjacent runs differ in the quotes they lie in. */
export function runs(text: string, placements: Placement[]): Run[] {
	const spans = placements
		.map((p, i) => (p.at === 'none' ? undefined : { i, start: p.start, end: p.end }))
		.filter((s): s is { i: number; start: number; end: number } => s !== undefined);
	const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
	const out: Run[] = [];
	for (let k = 0; k + 1 < cuts.length; k++) {
		const [a, b] = [cuts[k], cuts[k + 1]];
		const values = spans
			.filter((s) => s.start <= a && s.end >= b)
			.sort((x, y) => x.end - x.start - (y.end - y.start) || x.i - y.i)
			.map((s) => s.i);
		out.push({ start: a, text: text.slice(a, b), values });
	}
	return out;
}
