// The probe grammar's engine: a family is a set of clause templates whose {slots} draw from part
// tables; drawing every slot (deterministically, from one seed) gives a sentence and what a careful
// reader records from it. Parts may carry tags (which channel, which staff kind) that decide the
// indicator; {N}, {N1}, {N2} … are numbers with their measure words.
import type { Qualifier } from '../../../src/lib/extract/types';
import { createRng, type Rng } from '../prng';
import { numeral, type Numeral } from './numerals';

/** A part: plain text, or text with tags that the family's expectation reads. */
export type Part = string | { t: string; tag: Record<string, string> };

export interface NumberSpec {
	min: number;
	max: number;
	/** measure words; a part may also fix it through the tag `unit` */
	units: readonly string[];
	/** approximate and bounded forms (default: when the value is 12 or more) */
	rounded?: boolean;
	/** Chinese numerals allowed (default true) */
	chinese?: boolean;
}

export interface Expected {
	indicator: string;
	value: number;
	qualifier: Qualifier;
}

export interface Family {
	/** e.g. 'active.total/verb-noun', shown in the per-family report */
	id: string;
	/** the indicator group the family speaks for (active, channel …), or 'trap' */
	group: string;
	templates: readonly string[];
	slots: Record<string, readonly Part[]>;
	/** numbers {N}, {n1}, {n2} … are drawn with this spec */
	number?: NumberSpec;
	/** the i-th number of a sentence drawn with its own spec (a total and its part) */
	numbers?: readonly NumberSpec[];
	/** what the sentence states; a trap family states nothing */
	expect: (tags: Record<string, string>, nums: Numeral[]) => Expected[];
}

export interface Probe {
	family: string;
	group: string;
	sentence: string;
	expected: Expected[];
}

/** Who speaks and when: the report a sentence sits in. */
export interface Speaker {
	town: string;
	kind: string;
	county: string;
	year: number;
}

/** The report a probe sentence sits in: its town and year (other-year traps depend on the year). */
export const PROBE_CONTEXT: Speaker = { town: '云杉镇', kind: '镇', county: '青禾县', year: 2018 };

const SLOT = /\{([A-Za-z][A-Za-z0-9]*)\}/;

function context(name: string, c: Speaker): string | undefined {
	const fixed: Record<string, string> = {
		T: c.town,
		K: c.kind,
		C: c.county,
		Y: String(c.year),
		Y0: String(c.year - 1),
		Y1: String(c.year + 1),
		Yold: String(c.year - 3)
	};
	return fixed[name];
}

function partText(p: Part): string {
	return typeof p === 'string' ? p : p.t;
}

/** Fill one template: slots are resolved left to right, parts may contain further slots. */
export function fill(template: string, fam: Family, rng: Rng, who: Speaker = PROBE_CONTEXT): { text: string; tags: Record<string, string>; nums: Numeral[] } {
	const tags: Record<string, string> = {};
	const nums: Numeral[] = [];
	let text = template;
	for (let guard = 0, m = SLOT.exec(text); m && guard < 200; m = SLOT.exec(text), guard++) {
		const name = m[1];
		let value = context(name, who);
		if (value === undefined && /^N\d?$/.test(name)) {
			const spec = fam.numbers?.[nums.length] ?? fam.number ?? { min: 1, max: 9, units: ['条'] };
			const unit = tags.unit ?? rng.pick(spec.units);
			const n = numeral(rng.int(spec.min, spec.max), unit, rng, { rounded: spec.rounded, chinese: spec.chinese });
			nums.push(n);
			value = n.text;
		} else if (value === undefined && /^n\d$/.test(name)) {
			// a bare number in a list ("41、87条"): exact, the unit follows the last one
			const spec = fam.number ?? { min: 1, max: 9, units: ['条'] };
			const v = rng.int(spec.min, spec.max);
			nums.push({ text: String(v), value: v, qualifier: 'exact' });
			value = String(v);
		} else if (value === undefined) {
			const options = fam.slots[name];
			if (!options) throw new Error(`${fam.id}: no slot {${name}}`);
			const p = rng.pick(options);
			if (typeof p !== 'string') Object.assign(tags, p.tag);
			value = partText(p);
		}
		text = text.slice(0, m.index) + value + text.slice(m.index + m[0].length);
	}
	// an empty time or subject leaves a comma at the start or two in a row
	return { text: text.replace(/^，/, '').replace(/，，/g, '，'), tags, nums };
}

/** `count` probes of a family, the same for the same seed. */
export function expandFamily(fam: Family, count: number, seed = 20180101): Probe[] {
	const rng = createRng(seed).fork(fam.id);
	const out: Probe[] = [];
	for (let i = 0; i < count; i++) {
		const { text, tags, nums } = fill(rng.pick(fam.templates), fam, rng);
		out.push({ family: fam.id, group: fam.group, sentence: text, expected: fam.expect(tags, nums) });
	}
	return out;
}

/** One expected value from the first number, for families of a single indicator. */
export function one(indicator: string): Family['expect'] {
	return (tags, nums) => [{ indicator: tags.ind ?? indicator, value: nums[0].value, qualifier: nums[0].value === 0 ? 'zero_stated' : nums[0].qualifier }];
}

/** Stated zeros for the indicators named by the tag `zero` (comma-separated) or the given ones. */
export function zeros(...indicators: string[]): Family['expect'] {
	return (tags) => (tags.zero ? tags.zero.split(',') : indicators).map((indicator) => ({ indicator, value: 0, qualifier: 'zero_stated' as const }));
}

/** Nothing stated: trap families. */
export const nothing: Family['expect'] = () => [];
