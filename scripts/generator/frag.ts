// Text with the facts it states. Sentences are built as fragments whose facts carry offsets
// relative to the fragment; joining fragments shifts the offsets, so the finished report knows
// exactly where each number is stated (the truth's quote/start/end) without searching for it.
import type { Candidate, Origin, Qualifier } from '../../src/lib/extract/types';

/** What the text states where, in the extractor's own terms; offsets are in the generated text. */
export interface Fact extends Pick<Candidate, 'indicator' | 'value' | 'qualifier' | 'origin' | 'start' | 'end'> {
	/** for table cells: the row label, used as the evidence a person can search for */
	label?: string;
	/** false for borderline readings (expected.csv required=0); they stay out of truth.csv */
	required: boolean;
}

export interface Frag {
	text: string;
	facts: Fact[];
}

export type Piece = Frag | string;

export function frag(text: string, facts: Fact[] = []): Frag {
	return { text, facts };
}

/** Concatenate pieces; facts keep pointing at the same characters. */
export function join(pieces: readonly Piece[], sep = ''): Frag {
	let text = '';
	const facts: Fact[] = [];
	pieces.forEach((p, i) => {
		if (i > 0) text += sep;
		if (typeof p === 'string') {
			text += p;
			return;
		}
		for (const f of p.facts) facts.push({ ...f, start: f.start + text.length, end: f.end + text.length });
		text += p.text;
	});
	return { text, facts };
}

export interface FactSpec {
	indicator: string;
	value: number;
	qualifier: Qualifier;
	origin?: Origin;
	required?: boolean;
}

/** A fragment that states one or more facts; the quote is the whole fragment. */
export function stated(text: string, ...specs: FactSpec[]): Frag {
	return { text, facts: specs.map((s) => toFact(s, 0, text.length)) };
}

/** A fragment whose facts are quoted by a sub-span (e.g. the clause inside a longer sentence). */
export function statedAt(text: string, quote: string, ...specs: FactSpec[]): Frag {
	const at = text.indexOf(quote);
	if (at < 0) throw new Error(`quote not in text: ${quote}`);
	return { text, facts: specs.map((s) => toFact(s, at, at + quote.length)) };
}

function toFact(s: FactSpec, start: number, end: number): Fact {
	return {
		indicator: s.indicator, value: s.value, qualifier: s.qualifier,
		origin: s.origin ?? 'prose', required: s.required ?? true, start, end
	};
}

/** A channel or medium named in the text: a uses.* flag. */
export function mention(text: string, flag: string): Frag {
	return stated(text, { indicator: `uses.${flag}`, value: 1, qualifier: 'exact' });
}
