// Resolves a town name to a gazetteer unit, using the county or city the text names.
import type { ExtractWarning, Gazetteer, GazetteerCounty, GazetteerTown } from '../types';
import { COUNTY_ENDINGS } from './patterns';

export interface Place {
	county: string;
	city: string;
	province: string;
	town_code: string;
}

export interface Resolution {
	place: Place;
	warning: ExtractWarning | null;
}

const EMPTY: Place = { county: '', city: '', province: '', town_code: '' };
const MAX_COUNTY = 10;

/** the county-level name written right before `at` ("青禾县柳岸镇"), longest first */
export function countyBefore(text: string, at: number, g: Gazetteer): string {
	for (let len = Math.min(MAX_COUNTY, at); len >= 2; len--) {
		const name = text.slice(at - len, at);
		if (COUNTY_ENDINGS.includes(name[name.length - 1]) && g.isCounty(name)) return name;
	}
	return '';
}

/** the county named right before any mention of the town */
export function countyNextToTown(text: string, town: string, g: Gazetteer): string {
	for (let i = text.indexOf(town); i >= 0; i = text.indexOf(town, i + 1)) {
		// "青禾区人民政府柳岸街道办事处": the county's government may stand between the two names
		const between = /(人民政府|政府)$/.exec(text.slice(Math.max(0, i - 4), i));
		const county = countyBefore(text, i - (between?.[0].length ?? 0), g);
		if (county) return county;
	}
	return '';
}

/** counties renamed 县 → 市 keep their stem: X县 and X市 are the same place */
export function sameCounty(a: string, b: string): boolean {
	return a === b || (a.length > 2 && a.slice(0, -1) === b.slice(0, -1));
}

function fromCounty(county: string, text: string, g: Gazetteer): Place {
	const options: GazetteerCounty[] = g.countiesNamed?.(county) ?? [];
	const named = options.length > 1 ? options.filter((c) => c.city && text.includes(c.city)) : options;
	const one = named.length === 1 ? named[0] : null;
	return { county, city: one?.city ?? '', province: one?.province ?? '', town_code: '' };
}

/** a county name shared by two cities: a text that names the other city right before it rules this unit out */
function namesOtherCity(t: GazetteerTown, county: string, text: string, g: Gazetteer): boolean {
	const others = (g.countiesNamed?.(county) ?? []).filter((c) => c.city && c.city !== t.city && c.city !== c.province);
	return !text.includes(t.city) && others.some((c) => text.includes(c.city + county));
}

/** the county as the text writes it right before the town (X县柳岸镇 for today's X市) */
function countyAsWritten(t: GazetteerTown, text: string): string {
	const stem = t.county.slice(0, -1);
	if (stem.length < 2) return t.county;
	const written = [...COUNTY_ENDINGS].map((e) => stem + e).find((c) => text.includes(c + t.name));
	return written ?? t.county;
}

function placeOf(t: GazetteerTown, county = t.county): Place {
	return { county, city: t.city, province: t.province, town_code: t.code };
}

/** score a candidate by how the text names its county and city */
function mentionScore(t: GazetteerTown, text: string): number {
	return (t.county && text.includes(t.county) ? 2 : 0) + (t.city && t.city !== t.province && text.includes(t.city) ? 1 : 0);
}

function byMentions(candidates: GazetteerTown[], text: string): GazetteerTown | null {
	const scored = candidates.map((t) => ({ t, s: mentionScore(t, text) })).sort((a, b) => b.s - a.s);
	if (scored[0].s === 0 || (scored.length > 1 && scored[1].s === scored[0].s)) return null;
	return scored[0].t;
}

export function resolvePlace(town: string, text: string, g: Gazetteer): Resolution {
	if (!town) return { place: EMPTY, warning: null };
	const candidates = g.byName(town);
	const adjacent = countyNextToTown(text, town, g);
	if (adjacent) {
		const match = candidates.filter((t) => sameCounty(t.county, adjacent) && !namesOtherCity(t, adjacent, text, g));
		if (match.length === 1) return { place: placeOf(match[0], adjacent), warning: null };
		if (candidates.length === 0) return { place: fromCounty(adjacent, text, g), warning: unknown(town) };
		return { place: fromCounty(adjacent, text, g), warning: null };
	}
	if (candidates.length === 1) return { place: placeOf(candidates[0], countyAsWritten(candidates[0], text)), warning: null };
	if (candidates.length === 0) return { place: EMPTY, warning: unknown(town) };
	const chosen = byMentions(candidates, text);
	if (chosen) return { place: placeOf(chosen), warning: null };
	return { place: EMPTY, warning: { code: 'town_ambiguous', indicator: '', message: `${town}: ${candidates.length} 个同名乡镇，文中未写明所属县 / ${candidates.length} towns share this name and the text names none of their counties` } };
}

function unknown(town: string): ExtractWarning {
	return { code: 'town_unknown', indicator: '', message: `${town}: 区划库中没有这个乡镇 / not found in the gazetteer` };
}
