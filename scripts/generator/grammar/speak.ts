// The probe grammar speaking for the demo generator: a statement of one family, for a given town
// and year and a given number, so the demo county says its facts in the grammar's many ways.
import type { Rng } from '../prng';
import { fill, type Expected, type Family, type Part, type Speaker } from './expand';
import { VALUE_FAMILIES } from './index';

const BY_ID = new Map(VALUE_FAMILIES.map((f) => [f.id, f]));

export interface Spoken {
	text: string;
	/** what the statement says, in the extractor's terms (a rounded form states the rounded value) */
	stated: Expected[];
}

/**
 * One statement of the family `id` about `n` (the family's own number drawn otherwise). `self` is how
 * the report names its body (我镇, 本乡 …); `slots` override part tables, e.g. { end: [''] } to go on
 * with the sentence.
 */
export function speak(rng: Rng, id: string, who: Speaker & { self: string }, n?: number, slots: Record<string, readonly Part[]> = {}): Spoken {
	const fam = BY_ID.get(id);
	if (!fam) throw new Error(`no probe family ${id}`);
	const subject: Part[] = ['', who.self, who.self, `本${who.kind}`, who.town];
	const number = n === undefined || !fam.number ? fam.number : { ...fam.number, min: n, max: n };
	const own: Family = { ...fam, number, numbers: n === undefined ? fam.numbers : undefined, slots: { ...fam.slots, subject, ...slots } };
	// probes may say a sum twice ("合计公开…合计56条"); a demo report says it once
	for (let tries = 0; ; tries++) {
		const { text, tags, nums } = fill(rng.pick(fam.templates), own, rng, who);
		if (!CLUMSY.test(text) || tries >= 8) return { text, stated: fam.expect(tags, nums) };
	}
}

const CLUMSY = /(?:共计?|合计|总计|累计|一共)[^,，。；]{0,24}(?:共计|合计|总计|累计|一共)|为(?:逾|超过|近|约|不少于|不低于)/;
