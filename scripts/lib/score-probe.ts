// Scores the extractor on the probe grammar (scripts/generator/grammar): each probe sentence sits
// alone in a minimal report of the probe town and year; recall counts the expected values read
// with their value and qualifier, false values count everything else the sentence yielded.
import { ALL_FAMILIES, expandFamily, PROBE_CONTEXT, type Family, type Probe } from '../generator/grammar/index';
import type { Extraction, ExtractOptions } from '../../src/lib/extract/types';

export type ProbeExtractor = (text: string, opts?: ExtractOptions) => Extraction;

export interface ProbeMiss {
	sentence: string;
	want: string;
	got: string;
}

export interface FamilyScore {
	family: string;
	group: string;
	probes: number;
	expected: number;
	hits: number;
	falseValues: number;
	misses: ProbeMiss[];
	falses: ProbeMiss[];
}

const { town, year } = PROBE_CONTEXT;
const HEAD = `${town}${year}年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，现将本镇${year}年度政府信息公开工作情况报告如下。\n`;
const TAIL = '\n特此报告。\n';

/** The report a probe is read in. */
export function probeDocument(sentence: string): string {
	return HEAD + sentence + TAIL;
}

const isFlag = (indicator: string) => indicator.startsWith('uses.');
const ZERO = new Set(['exact', 'zero_stated']);
const MAX_EXAMPLES = 5;

function scoreOne(p: Probe, ex: Extraction, s: FamilyScore): void {
	const flagsCount = p.group === 'uses' || p.group === 'trap-flags';
	const found = ex.values.filter((v) => flagsCount || !isFlag(v.indicator));
	const show = (vs: { indicator: string; value: number; qualifier: string }[]) => vs.map((v) => `${v.indicator}=${v.value} ${v.qualifier}`).join('; ') || '—';
	for (const e of p.expected) {
		s.expected++;
		const hit = found.some((v) => v.indicator === e.indicator && v.value === e.value && (v.qualifier === e.qualifier || (e.value === 0 && ZERO.has(v.qualifier))));
		if (hit) s.hits++;
		else if (s.misses.length < MAX_EXAMPLES) s.misses.push({ sentence: p.sentence, want: show([e]), got: show(found) });
	}
	for (const v of found) {
		if (p.expected.some((e) => e.indicator === v.indicator && e.value === v.value)) continue;
		s.falseValues++;
		if (s.falses.length < MAX_EXAMPLES) s.falses.push({ sentence: p.sentence, want: show(p.expected), got: show([v]) });
	}
}

export function scoreFamily(fam: Family, count: number, extract: ProbeExtractor, seed?: number): FamilyScore {
	const s: FamilyScore = { family: fam.id, group: fam.group, probes: 0, expected: 0, hits: 0, falseValues: 0, misses: [], falses: [] };
	for (const p of expandFamily(fam, count, seed)) {
		s.probes++;
		scoreOne(p, extract(probeDocument(p.sentence)), s);
	}
	return s;
}

/** Every family of the grammar, `count` probes each. */
export function scoreGrammar(extract: ProbeExtractor, count: number, seed?: number, families: Family[] = ALL_FAMILIES): FamilyScore[] {
	return families.map((f) => scoreFamily(f, count, extract, seed));
}

/** The bars of the issue: recall ≥ 0.99 on the probes, no false value, traps yield nothing. */
export const PROBE_BARS = { recall: 0.99 } as const;

export interface ProbeTotals {
	recall: number;
	expected: number;
	hits: number;
	/** false values on the value families (a reading the sentence does not state) */
	falseValues: number;
	/** false values on the trap families (which must yield nothing) */
	trapValues: number;
	probes: number;
}

export function probeTotals(scores: FamilyScore[]): ProbeTotals {
	const sum = (f: (s: FamilyScore) => number, only: (s: FamilyScore) => boolean) => scores.filter(only).reduce((a, s) => a + f(s), 0);
	const isTrap = (s: FamilyScore) => s.group.startsWith('trap');
	const expected = sum((s) => s.expected, (s) => !isTrap(s));
	const hits = sum((s) => s.hits, (s) => !isTrap(s));
	return {
		recall: expected ? hits / expected : 1,
		expected,
		hits,
		falseValues: sum((s) => s.falseValues, (s) => !isTrap(s)),
		trapValues: sum((s) => s.falseValues, isTrap),
		probes: sum((s) => s.probes, () => true)
	};
}
