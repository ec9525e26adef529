// The second check of a link: well-formed values that the data does not have (an indicator missing
// from the catalog, a town or region not in the dataset, a year without reports) fall back with a
// notice that names the parameter. Pure: the caller passes what the dataset holds.
import { DEFAULT_INDICATOR } from './common';
import type { Notice } from './parse';

/** What the data holds; an absent list is not known yet and checks nothing. */
export interface DataFacts {
	indicators?: readonly string[];
	years?: readonly number[];
	regions?: readonly string[];
}

export interface Resolvable {
	ind?: string;
	region?: string;
	year?: number;
	from?: number;
	to?: number;
}

export interface FactWords {
	catalog: string;
	regions: string;
	years: (lo: number, hi: number) => string;
}

export function resolveAgainst<S extends Resolvable>(s: S, facts: DataFacts, words: FactWords): { state: S; notices: Notice[] } {
	const notices: Notice[] = [];
	const out = { ...s };
	const miss = (param: string, raw: string, why: string) => notices.push({ param, raw, kind: 'not_in_data', expected: why });
	if (s.ind !== undefined && facts.indicators?.length && !facts.indicators.includes(s.ind)) {
		miss('ind', s.ind, words.catalog);
		out.ind = DEFAULT_INDICATOR;
	}
	if (s.region && facts.regions && !facts.regions.includes(s.region)) {
		miss('region', s.region, words.regions);
		out.region = '';
	}
	if (facts.years?.length) {
		const lo = facts.years[0];
		const hi = facts.years[facts.years.length - 1];
		if (s.year !== undefined && !facts.years.includes(s.year)) {
			miss('year', String(s.year), words.years(lo, hi));
			out.year = undefined;
		}
		for (const k of ['from', 'to'] as const) {
			const v = s[k];
			if (v !== undefined && (v < lo || v > hi)) {
				miss(k, String(v), words.years(lo, hi));
				out[k] = undefined;
			}
		}
	}
	return { state: out, notices };
}

/** Town keys of the link that the dataset does not hold: dropped, named in one notice. */
export function missingTowns(asked: readonly string[], found: readonly string[], why: string): Notice[] {
	const known = new Set(found);
	const gone = asked.filter((k) => !known.has(k));
	return gone.length ? [{ param: 'towns', raw: gone.join(','), kind: 'not_in_data', expected: why }] : [];
}
