import { describe, expect, it } from 'vitest';
import { breakdown, rates, samePlace, scoreValues, yearBand, type ExpectedValue, type FoundValue } from '../../scripts/lib/score';
import { scoreMeta, scoreWarnings } from '../../scripts/lib/score-meta';
import { probeTotals, scoreFamily } from '../../scripts/lib/score-probe';
import type { Expected, Family } from '../../scripts/generator/grammar/index';
import type { Extraction, Qualifier, ValueRecord } from '../../src/lib/extract/types';

const exp = (indicator: string, value: number, qualifier = 'exact', required = true, file = 'a.txt'): ExpectedValue => ({
	file, indicator, value, qualifier, required, evidence: `${indicator} ${value}`
});
const got = (indicator: string, value: number, qualifier = 'exact', file = 'a.txt'): FoundValue => ({
	file, indicator, value, qualifier, origin: 'prose', quote: `${indicator} ${value}`
});

describe('scoreValues', () => {
	it('hits a required row with the same value and qualifier', () => {
		const r = rates(scoreValues([exp('active.total', 400, 'approx')], [got('active.total', 400, 'approx')]));
		expect(r).toMatchObject({ precision: 1, recall: 1, nFound: 1, nHits: 1 });
	});

	it('counts a stated zero read exact or zero_stated, both ways round', () => {
		const s1 = scoreValues([exp('apply.received', 0, 'zero_stated')], [got('apply.received', 0, 'exact')]);
		const s2 = scoreValues([exp('apply.received', 0, 'exact')], [got('apply.received', 0, 'zero_stated')]);
		expect(rates(s1).recall).toBe(1);
		expect(rates(s2).recall).toBe(1);
	});

	it('misses a row whose qualifier differs but does not call the value false', () => {
		const s = scoreValues([exp('active.total', 400, 'approx')], [got('active.total', 400, 'exact')]);
		expect(rates(s)).toMatchObject({ precision: 1, recall: 0 });
		expect(s.required[0].found?.qualifier).toBe('exact');
	});

	it('calls a different value false and a miss', () => {
		const s = scoreValues([exp('active.total', 400)], [got('active.total', 401)]);
		expect(rates(s)).toMatchObject({ precision: 0, recall: 0, nFound: 1, nCorrect: 0 });
	});

	it('calls an indicator the file does not list false, also in another file', () => {
		const s = scoreValues([exp('active.total', 400)], [got('active.total', 400), got('fee.amount', 0), got('active.total', 400, 'exact', 'b.txt')]);
		expect(s.found.map((f) => f.correct)).toEqual([true, false, false]);
	});

	it('accepts an optional (required=0) row when found and does not miss it when absent', () => {
		const expected = [exp('uses.press', 1, 'exact', false), exp('active.total', 5)];
		expect(rates(scoreValues(expected, [got('uses.press', 1), got('active.total', 5)]))).toMatchObject({ precision: 1, recall: 1, nRequired: 1 });
		expect(rates(scoreValues(expected, [got('active.total', 5)]))).toMatchObject({ precision: 1, recall: 1 });
	});

	it('counts nothing found as precision 1 and recall 0', () => {
		expect(rates(scoreValues([exp('active.total', 5)], []))).toMatchObject({ precision: 1, recall: 0 });
	});
});

describe('breakdown', () => {
	it('splits misses and false values by a key of file, indicator and qualifier', () => {
		const s = scoreValues(
			[exp('active.total', 400, 'approx'), exp('fee.amount', 0, 'zero_stated', true, 'b.txt')],
			[got('active.total', 400, 'approx'), got('topic.news', 3, 'exact', 'b.txt')]
		);
		const byFile = breakdown(s, (file) => file);
		expect(byFile.get('a.txt')).toMatchObject({ precision: 1, recall: 1 });
		expect(byFile.get('b.txt')).toMatchObject({ precision: 0, recall: 0 });
		expect([...breakdown(s, (_f, _i, q) => q).keys()]).toEqual(['approx', 'exact', 'zero_stated']);
	});

	it('bands years as the accuracy report does', () => {
		expect([2008, 2012, 2013, 2018, 2019, 2020, 2021, 2025].map(yearBand)).toEqual(['≤2012', '≤2012', '2013–18', '2013–18', '2019–20', '2019–20', '2021+', '2021+']);
		expect(yearBand(null)).toBe('unknown');
	});
});

describe('scoreMeta', () => {
	const found = (source: string, fields: Record<string, string>, status = 'ok', n = 3) => ({ source, status, n_values: n, ...fields });

	it('checks town, year and level always, and county/city/province only where given', () => {
		const s = scoreMeta(
			[{ file: 'a.txt', town: '柳岸鎮', county: '', city: '丹枫市', province: '', year: '2016', level: 'township', format: '', published: '' }],
			[found('a.txt', { town: '柳岸镇', county: '青禾市', city: '丹枫市', province: '云川省', year: '2016', level: 'township' })]
		);
		expect(s.checks.map((c) => [c.field, c.ok])).toEqual([['town', true], ['year', true], ['level', true], ['city', true]]);
	});

	it('reports a wrong year and a file with no row', () => {
		const s = scoreMeta(
			[
				{ file: 'a.txt', town: '', year: '2016', level: 'township' },
				{ file: 'gone.txt', town: '', year: '2017', level: 'township' }
			],
			[found('a.txt', { year: '2015', level: 'township' })]
		);
		expect(s.checks.filter((c) => !c.ok).map((c) => `${c.file}:${c.field}`)).toEqual(['a.txt:year', 'gone.txt:year', 'gone.txt:level']);
	});

	it('requires negatives to be unrecognized with no values', () => {
		const s = scoreMeta(
			[{ file: 'n1.txt', level: 'county' }, { file: 'n2.txt', level: 'other' }],
			[found('n1.txt', {}, 'unrecognized', 0), found('n2.txt', {}, 'partial', 0)]
		);
		expect(s.negatives.map((n) => n.ok)).toEqual([true, false]);
	});
});

describe('scoreWarnings', () => {
	it('matches file, code and indicator', () => {
		const s = scoreWarnings(
			[{ file: 'a.txt', code: 'conflict', indicator: 'apply.received' }, { file: 'a.txt', code: 'conflict', indicator: 'fee.amount' }],
			[{ file: 'a.txt', code: 'conflict', indicator: 'apply.received' }, { file: 'b.txt', code: 'conflict', indicator: 'fee.amount' }]
		);
		expect(s.expected.map((e) => e.raised)).toEqual([true, false]);
		expect(s.raisedByCode.get('conflict')).toBe(2);
	});
});

describe('samePlace', () => {
	it('compares in simplified characters without spaces', () => {
		expect(samePlace('柳岸鎮', '柳岸 镇')).toBe(true);
		expect(samePlace('柳岸镇', '柳堤镇')).toBe(false);
	});
});

describe('probe grammar scoring', () => {
	const fam = (group: string, expected: Expected[], id = group): Family => ({ id, group, templates: ['X'], slots: {}, expect: () => expected });
	const reads = (values: ValueRecord[]) => (): Extraction => ({ meta: {} as Extraction['meta'], values, warnings: [] });
	const v = (indicator: string, value: number, qualifier: Qualifier = 'exact'): ValueRecord => ({ indicator, value, qualifier, origin: 'prose', quote: '', start: 0, end: 0 });

	it('counts hits with value and qualifier, a stated zero read exact, and flags only for flag families', () => {
		const zero = scoreFamily(fam('review', [{ indicator: 'review.total', value: 0, qualifier: 'zero_stated' }]), 3, reads([v('review.total', 0), v('uses.website', 1)]));
		expect([zero.hits, zero.expected, zero.falseValues]).toEqual([3, 3, 0]);
		const wrong = scoreFamily(fam('active', [{ indicator: 'active.total', value: 30, qualifier: 'approx' }]), 2, reads([v('active.total', 30)]));
		expect([wrong.hits, wrong.falseValues]).toEqual([0, 0]);
	});

	it('keeps trap values apart from false values of the value families', () => {
		const scores = [
			scoreFamily(fam('active', [{ indicator: 'active.total', value: 5, qualifier: 'exact' }]), 2, reads([v('active.total', 5), v('channel.website', 5)])),
			scoreFamily(fam('trap', []), 4, reads([v('apply.received', 2)]))
		];
		expect(probeTotals(scores)).toMatchObject({ recall: 1, falseValues: 2, trapValues: 4, probes: 6 });
	});
});
