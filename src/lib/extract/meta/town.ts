// Chooses the report's own town among the township names a text mentions.
import type { Gazetteer } from '../types';
import { findTownNames } from './names';
import { countyBefore } from './place';

const TITLE_BONUS = 3;
const KNOWN_BONUS = 1;
const MIN_PATTERN_COUNT = 2;

/** the most mentioned township name; the title's mention and gazetteer membership weigh in */
export function mostMentionedTown(text: string, title: string, g?: Gazetteer): string {
	const scores = new Map<string, number>();
	for (const hit of findTownNames(text, g)) scores.set(hit.name, (scores.get(hit.name) ?? 0) + 1);
	let best = '';
	let bestScore = 0;
	for (const [name, count] of scores) {
		const known = g ? g.byName(name).length > 0 : false;
		if (!known && count < MIN_PATTERN_COUNT && !title.includes(name)) continue;
		const score = count + (title.includes(name) ? TITLE_BONUS : 0) + (known ? KNOWN_BONUS : 0);
		if (score > bestScore) [best, bestScore] = [name, score];
	}
	return best;
}

const BODY_WORDS = ['人民政府', '办事处'];

/**
 * the body as the text names it: 柳岸镇人民政府, 青禾路街道办事处, else the bare name (the first
 * mention followed by either word; searched with indexOf, as a regex built per town was compiled
 * anew for every report)
 */
export function bodyOfTown(text: string, town: string): string {
	if (!town) return town; // (callers pass a town; the guard keeps indexOf('') from looping)
	for (let at = text.indexOf(town); at >= 0; at = text.indexOf(town, at + 1)) {
		const word = BODY_WORDS.find((w) => text.startsWith(w, at + town.length));
		if (word) return town + word;
	}
	return town;
}

/** the first county-level name inside a body's name: 某市青禾区 → 青禾区, 青禾市农业农村局 → 青禾市 */
export function countyInName(name: string, g: Gazetteer): string {
	for (let end = 2; end <= name.length; end++) {
		const county = countyBefore(name, end, g);
		if (county) return county;
	}
	return '';
}
