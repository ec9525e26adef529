// The probe grammar (scripts/generator/grammar): thousands of statements composed from part
// tables, each family read on its own, and traps that must yield nothing. A deterministic sample
// keeps `npm run test:unit` quick; PROBES=full (or a number per family) runs the full size.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { ALL_FAMILIES, expandFamily, PROBE_CONTEXT, VALUE_FAMILIES } from '../../scripts/generator/grammar/index';
import { chineseNumeral } from '../../scripts/generator/grammar/numerals';
import { speak } from '../../scripts/generator/grammar/speak';
import { createRng } from '../../scripts/generator/prng';
import { probeDocument, probeTotals, scoreGrammar, type FamilyScore } from '../../scripts/lib/score-probe';

const FULL = 2000;
const SAMPLE = 120;
const setting = process.env.PROBES;
const perFamily = setting === 'full' ? FULL : Number(setting) > 0 ? Number(setting) : SAMPLE;

const scores = scoreGrammar(extract, perFamily);
const show = (s: FamilyScore) => [...s.misses.map((m) => `○ ${m.sentence} want ${m.want} got ${m.got}`), ...s.falses.map((m) => `✗ ${m.sentence} want ${m.want} got ${m.got}`)];

describe(`probe grammar (${perFamily} probes per family)`, () => {
	it('has thousands of probes, every value family speaking for an indicator of its group', () => {
		expect(probeTotals(scores).probes).toBeGreaterThan(ALL_FAMILIES.length * Math.min(perFamily, 100) - 1);
		for (const fam of VALUE_FAMILIES) for (const p of expandFamily(fam, 20)) for (const e of p.expected) expect(e.indicator.split('.')[0]).toMatch(/^[a-z_]+$/);
	});

	it('reads the value families with recall ≥ 0.99 and no false value', () => {
		const totals = probeTotals(scores);
		const failing = scores.filter((s) => !s.group.startsWith('trap') && (s.hits < s.expected || s.falseValues > 0)).flatMap(show);
		expect(totals.recall, failing.slice(0, 12).join('\n')).toBeGreaterThanOrEqual(0.99);
		expect(totals.falseValues, failing.slice(0, 12).join('\n')).toBe(0);
	});

	it.each(scores.filter((s) => !s.group.startsWith('trap')).map((s) => [s.family, s] as const))('%s: recall ≥ 0.98', (_id, s) => {
		expect(s.hits / Math.max(1, s.expected), show(s).join('\n')).toBeGreaterThanOrEqual(0.98);
	});

	it.each(scores.filter((s) => s.group.startsWith('trap')).map((s) => [s.family, s] as const))('%s yields nothing', (_id, s) => {
		expect(s.falseValues, show(s).join('\n')).toBe(0);
	});
});

describe('probe grammar parts', () => {
	it('writes Chinese numerals as reports do', () => {
		expect([chineseNumeral(2, { liang: true }), chineseNumeral(12), chineseNumeral(105, { ling: '〇' }), chineseNumeral(200, { liang: true })]).toEqual(['两', '十二', '一百〇五', '两百']);
		expect([chineseNumeral(2010), chineseNumeral(30000), chineseNumeral(110)]).toEqual(['二千零一十', '三万', '一百一十']);
	});

	it('speaks for the demo generator: the given number, the given town and year, read back by the extractor', () => {
		const rng = createRng(42);
		const who = { town: '岚溪镇', kind: '镇', county: '楸川县', year: 2016, self: '我镇' };
		for (let i = 0; i < 50; i++) {
			const s = speak(rng, 'active.total/verb-noun-number', who, 437, { end: ['。'] });
			expect(s.stated[0].indicator).toBe('active.total');
			expect(Math.abs(s.stated[0].value - 437)).toBeLessThanOrEqual(40);
			expect(s.text).not.toContain('云杉');
			const ex = extract(`岚溪镇2016年政府信息公开工作年度报告\n${s.text}\n特此报告。`);
			expect(ex.values.find((v) => v.indicator === 'active.total')?.value, s.text).toBe(s.stated[0].value);
		}
	});

	it('is deterministic and places each probe in a report of the probe town and year', () => {
		const fam = ALL_FAMILIES[0];
		expect(expandFamily(fam, 5)).toEqual(expandFamily(fam, 5));
		expect(probeDocument('X')).toContain(`${PROBE_CONTEXT.town}${PROBE_CONTEXT.year}年`);
	});
});
