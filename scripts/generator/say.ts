// Template filling. A template is a sentence with slots — {W} the town speaking of itself (我镇,
// 本乡, 岚溪镇…), {Y} the year, {K} 镇/乡/街道, {C} the county, {N} a number with its unit — and one
// [bracketed] span: the quote, i.e. the words that state the fact. No brackets: the whole sentence.
import { frag, type Frag, type FactSpec } from './frag';
import type { Rng } from './prng';
import type { Written } from './numbers';
import { alternate } from './common';

export interface Voice {
	/** the town's name, e.g. 岚溪镇 */
	town: string;
	kind: string;
	county: string;
	year: number;
	/** how this report refers to its own body */
	self: string;
	/** resolves {a|b} alternations in templates */
	rng: Rng;
}

function fill(tpl: string, v: Voice, n?: Written): string {
	return alternate(v.rng, tpl)
		.replaceAll('{W}', v.self)
		.replaceAll('{T}', v.town)
		.replaceAll('{K}', v.kind)
		.replaceAll('{C}', v.county)
		.replaceAll('{Y}', String(v.year))
		.replaceAll('{N}', n?.text ?? '');
}

/** Fill a template and attach the facts to its bracketed span. */
export function say(tpl: string, v: Voice, n: Written | undefined, ...specs: FactSpec[]): Frag {
	const open = tpl.indexOf('[');
	const close = tpl.indexOf(']');
	if (open < 0 || close < open) {
		const text = fill(tpl, v, n);
		return { text, facts: specs.map((s) => ({ ...toFull(s), start: 0, end: text.length })) };
	}
	const before = fill(tpl.slice(0, open), v, n);
	const inside = fill(tpl.slice(open + 1, close), v, n);
	const after = fill(tpl.slice(close + 1), v, n);
	return {
		text: before + inside + after,
		facts: specs.map((s) => ({ ...toFull(s), start: before.length, end: before.length + inside.length }))
	};
}

function toFull(s: FactSpec) {
	return { indicator: s.indicator, value: s.value, qualifier: s.qualifier, origin: s.origin ?? 'prose', required: s.required ?? true, start: 0, end: 0 };
}

/** A number statement: the fact takes the written value and qualifier. */
export function sayNumber(rng: Rng, templates: readonly string[], v: Voice, indicator: string, n: Written): Frag {
	return say(rng.pick(templates), v, n, { indicator, value: n.value, qualifier: n.qualifier });
}

/** A stated zero (未收到…, 没有发生…): the fact is 0, zero_stated. */
export function sayZero(rng: Rng, templates: readonly string[], v: Voice, ...indicators: string[]): Frag {
	return say(rng.pick(templates), v, undefined, ...indicators.map((indicator) => ({ indicator, value: 0, qualifier: 'zero_stated' as const })));
}

/** Plain text without facts, slots filled. */
export function text(rng: Rng, templates: readonly string[], v: Voice): Frag {
	return frag(fill(rng.pick(templates), v));
}
