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

describe('overview links into other views', () => {
	it('write exactly the link form of the rankings and trends specs (every view-defining key pinned)', async () => {
		const { overviewLinks } = await import('../../../src/lib/views/overview');
		const { RANKING_SPECS } = await import('../../../src/lib/state/rankings');
		const { TREND_SPECS } = await import('../../../src/lib/state/trends');
		for (const o of [base, { ...base, region: '990001', lang: 'en' as const }, { ...base, ds: 'seeds' as const, region: '蕙铺省/楸川县' }]) {
			const links = overviewLinks(o, 2024, '/b');
			const r = { ds: o.ds, ind: 'review.total', region: o.region, year: 2024, order: 'desc' as const, all: false, towns: [], page: 1, lang: o.lang };
			expect(links.ranking('review.total')).toBe(`/b/rankings?${queryOf(RANKING_SPECS, r, 'link')}`);
			const towns = ['990001001', '990001002'];
			const tr = { ds: o.ds, ind: 'active.total', region: o.region, towns, from: 2023, to: 2024, mode: 'abs' as const, scale: 'linear' as const, lang: o.lang };
			expect(links.trends(towns)).toBe(`/b/trends?${queryOf(TREND_SPECS, tr, 'link')}`);
		}
		expect(overviewLinks(base, 2025, '').ranking('active.total')).toBe('/rankings?ds=demo&ind=active.total&year=2025&order=desc');
		const { DATA_SPECS, parseData } = await import('../../../src/lib/state/data');
		for (const o of [base, { ...base, region: '990002', lang: 'en' as const }]) {
			const d = { ...parseData(new URLSearchParams()).state, ds: o.ds, region: o.region, lang: o.lang };
			expect(overviewLinks(o, 2024, '/b').data()).toBe(`/b/data?${queryOf(DATA_SPECS, d, 'link')}`);
		}
	});
});
