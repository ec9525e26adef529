// Finds township names in a text by their endings (镇, 乡, 街道, 苏木), with or without a gazetteer.
import type { Gazetteer } from '../types';
import { NAME_BREAKERS, NOT_IN_NAME, NOT_TOWN_NAMES, TOWN_SUFFIXES } from './patterns';

const MAX_STEM = 8;
const MIN_STEM = 2;
/** a name the gazetteer does not know is plausible with a stem of 2–6 characters */
const MAX_PATTERN_STEM = 6;
const CJK = /[\u3400-\u9fff]/;

/** A town name seen in the text, where it ends and how it was validated. */
export interface NameHit {
	name: string;
	/** offset in the text just past the name */
	end: number;
	/** offset of the name's first character */
	start: number;
	known: boolean;
}

/** what may follow a 镇 or 乡 that is not the end of a town name (乡镇, 镇级, 镇域, X镇街道 …) */
const NOT_AFTER_TOWN_CHAR = /^(街道|级|域|区)/;
const WORDS_OF_TWO_ENDINGS = /^乡镇/;

/** "街道办事处" names the 街道; a 镇 or 乡 right before 街道 belongs to the 街道's name */
function suffixAt(text: string, i: number): string | null {
	for (const s of TOWN_SUFFIXES) {
		if (!text.startsWith(s, i)) continue;
		if (s.length === 1 && (NOT_AFTER_TOWN_CHAR.test(text.slice(i + 1, i + 3)) || WORDS_OF_TWO_ENDINGS.test(text.slice(i, i + 2)))) return null;
		return s === '街道办事处' ? '街道' : s;
	}
	return null;
}

function stemStart(text: string, i: number): number {
	let s = i;
	while (s > 0 && i - s < MAX_STEM && CJK.test(text[s - 1])) s--;
	return s;
}

/** the longest name ending at i that the gazetteer knows */
function knownName(text: string, from: number, i: number, suffix: string, g: Gazetteer): NameHit | null {
	// one-character stems only before a two-character ending (a one-character stem + 苏木); "我镇", "全乡" stay out
	const minStem = suffix.length > 1 ? 1 : MIN_STEM;
	for (let s = from; s <= i - minStem; s++) {
		const name = text.slice(s, i) + suffix;
		if (g.byName(name).length > 0) return { name, start: s, end: i + suffix.length, known: true };
	}
	return null;
}

/** the name after the last character or word that cannot be part of a place name */
function patternName(text: string, from: number, i: number, suffix: string): NameHit | null {
	let s = i;
	while (s > from && !NAME_BREAKERS.has(text[s - 1])) s--;
	const base = s;
	for (const w of text.slice(base, i).matchAll(NOT_IN_NAME)) s = base + w.index + w[0].length;
	const name = text.slice(s, i) + suffix;
	if (i - s < MIN_STEM || i - s > MAX_PATTERN_STEM || NOT_TOWN_NAMES.has(name) || (suffix.length === 1 && /[镇乡村]$/.test(text.slice(s, i)))) return null;
	return { name, start: s, end: i + suffix.length, known: false };
}

export function findTownNames(text: string, g?: Gazetteer): NameHit[] {
	const hits: NameHit[] = [];
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch !== '镇' && ch !== '乡' && ch !== '街' && ch !== '苏') continue;
		const suffix = suffixAt(text, i);
		if (!suffix) continue;
		const from = stemStart(text, i);
		const hit = (g && knownName(text, from, i, suffix, g)) || patternName(text, from, i, suffix);
		if (hit) hits.push(hit);
	}
	return hits;
}

/** the town name a body name ends with, e.g. 青禾区人民政府柳岸街道办事处 → 柳岸街道 */
export function townOfBody(body: string, g?: Gazetteer): string {
	const hits = findTownNames(body, g).filter((h) => body.slice(h.end).replace(/人民政府|政府|办事处|党委/g, '') === '');
	return hits.length ? hits[hits.length - 1].name : '';
}
