// Scoring rules shared by the seeds test and `npm run accuracy` (README of the seeds and real-dev sets):
// a required row is hit by the same (file, indicator) with the same value and qualifier; a found value
// whose (file, indicator) is not expected, or whose value differs from every expected row, is false.
import { Converter } from 'opencc-js';
import { groupBy } from '../../src/lib/util/group-by';

export interface ExpectedValue {
	file: string;
	indicator: string;
	value: number;
	qualifier: string;
	required: boolean;
	evidence: string;
}

export interface FoundValue {
	file: string;
	indicator: string;
	value: number;
	qualifier: string;
	origin: string;
	quote: string;
}

export interface RequiredItem {
	expected: ExpectedValue;
	hit: boolean;
	/** what was extracted for this (file, indicator), if anything */
	found: FoundValue | undefined;
}

export interface FoundItem {
	found: FoundValue;
	correct: boolean;
	expected: ExpectedValue[];
}

export interface ValueScore {
	required: RequiredItem[];
	found: FoundItem[];
}

export interface Rates {
	precision: number;
	recall: number;
	nFound: number;
	nCorrect: number;
	nRequired: number;
	nHits: number;
}

const key = (file: string, indicator: string): string => `${file}\u0000${indicator}`;
const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const ZERO_READINGS = new Set(['exact', 'zero_stated']);

/** A stated zero may be read `exact` (from a table) or `zero_stated` (from prose): both count. */
export function sameQualifier(expected: ExpectedValue, found: FoundValue): boolean {
	if (expected.qualifier === found.qualifier) return true;
	return expected.value === 0 && ZERO_READINGS.has(expected.qualifier) && ZERO_READINGS.has(found.qualifier);
}

export function scoreValues(expected: ExpectedValue[], found: FoundValue[]): ValueScore {
	const expectedByKey = groupBy(expected, (e) => key(e.file, e.indicator));
	const foundByKey = groupBy(found, (f) => key(f.file, f.indicator));
	const required = expected
		.filter((e) => e.required)
		.map((e): RequiredItem => {
			const candidates = foundByKey.get(key(e.file, e.indicator)) ?? [];
			const match = candidates.find((f) => sameNumber(f.value, e.value) && sameQualifier(e, f));
			return { expected: e, hit: match !== undefined, found: match ?? candidates[0] };
		});
	const foundItems = found.map((f): FoundItem => {
		const options = expectedByKey.get(key(f.file, f.indicator)) ?? [];
		return { found: f, correct: options.some((e) => sameNumber(e.value, f.value)), expected: options };
	});
	return { required, found: foundItems };
}

/** DESIGN.md §7 bars on a generated corpus, for `npm run accuracy` and the accuracy unit test alike. */
export const GENERATED_BARS = { precision: 0.99, recall: 0.97 } as const;

export function meetsGeneratedBars(r: Rates): boolean {
	return r.precision >= GENERATED_BARS.precision && r.recall >= GENERATED_BARS.recall;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function rates(score: ValueScore): Rates {
	const nCorrect = score.found.filter((f) => f.correct).length;
	const nHits = score.required.filter((r) => r.hit).length;
	return {
		precision: ratio(nCorrect, score.found.length),
		recall: ratio(nHits, score.required.length),
		nFound: score.found.length,
		nCorrect,
		nRequired: score.required.length,
		nHits
	};
}

/** Splits a score by a key of (file, indicator, qualifier): per format, year band, qualifier, group … */
export function breakdown(
	score: ValueScore,
	keyOf: (file: string, indicator: string, qualifier: string) => string,
	order: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
): Map<string, Rates> {
	const parts = new Map<string, ValueScore>();
	const part = (k: string): ValueScore => {
		let p = parts.get(k);
		if (!p) parts.set(k, (p = { required: [], found: [] }));
		return p;
	};
	for (const r of score.required) part(keyOf(r.expected.file, r.expected.indicator, r.expected.qualifier)).required.push(r);
	for (const f of score.found) part(keyOf(f.found.file, f.found.indicator, f.found.qualifier)).found.push(f);
	const result = new Map<string, Rates>();
	for (const k of [...parts.keys()].sort(order)) result.set(k, rates(parts.get(k)!));
	return result;
}

export const YEAR_BANDS = ['≤2012', '2013–18', '2019–20', '2021+', 'unknown'];
export const byYearBand = (a: string, b: string): number => YEAR_BANDS.indexOf(a) - YEAR_BANDS.indexOf(b);

export function yearBand(year: number | null): string {
	if (year === null || !Number.isFinite(year)) return 'unknown';
	if (year <= 2012) return '≤2012';
	if (year <= 2018) return '2013–18';
	if (year <= 2020) return '2019–20';
	return '2021+';
}

let toSimplified: ((text: string) => string) | undefined;

/** Place names compare in simplified characters without spaces (柳岸鎮 = 柳岸镇). */
export function samePlace(a: string, b: string): boolean {
	toSimplified ??= Converter({ from: 'tw', to: 'cn' });
	const norm = (s: string) => toSimplified!(s.replace(/\s+/g, ''));
	return norm(a) === norm(b);
}
