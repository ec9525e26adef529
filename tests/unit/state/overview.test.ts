import { describe, expect, it } from 'vitest';
import { OVERVIEW_SPECS, parseOverview, type OverviewState } from '../../../src/lib/state/overview';
import { queryOf } from '../../../src/lib/state/spec';

const parse = (qs: string) => parseOverview(new URLSearchParams(qs));
const base: OverviewState = { ds: 'demo', region: '', year: undefined, lang: 'zh' };

describe('overview URL state', () => {
	it('reads ds, region, year and lang; the year defaults to "latest" (undefined)', () => {
		expect(parse('ds=seeds&region=990001&year=2024&lang=en').state).toEqual({ ds: 'seeds', region: '990001', year: 2024, lang: 'en' });
		expect(parse('').state).toEqual(base);
	});

	it('falls back on hostile values and names every key it ignored', () => {
		const evil = encodeURIComponent("2024; DROP TABLE vals");
		const { state, notices } = parse(`ds=prod&region=99'--&year=${evil}&ind=active.total&towns=1,2&lang=fr`);
		expect(state).toEqual(base);
		expect(notices.map((n) => [n.param, n.kind])).toEqual([
			['ind', 'unknown'], ['towns', 'unknown'], ['ds', 'bad'], ['region', 'bad'], ['year', 'bad'], ['lang', 'bad']
		]);
		expect(notices.find((n) => n.param === 'year')?.raw).toBe('2024; DROP TABLE vals');
	});

	it('writes the dataset always; a copied link also pins the year it shows', () => {
		expect(queryOf(OVERVIEW_SPECS, base)).toBe('ds=demo');
		expect(queryOf(OVERVIEW_SPECS, { ...base, year: 2025 }, 'link')).toBe('ds=demo&year=2025');
		expect(queryOf(OVERVIEW_SPECS, { ...base, region: '990001', year: 2025, lang: 'en' }, 'link')).toBe('ds=demo&region=990001&year=2025&lang=en');
	});
});
