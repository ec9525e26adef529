import { describe, expect, it } from 'vitest';
import { parseRankings, RANKING_SPECS, type RankingState } from '../../../src/lib/state/rankings';
import { queryOf, sameView } from '../../../src/lib/state/spec';

const parse = (qs: string) => parseRankings(new URLSearchParams(qs));
const base: RankingState = { ds: 'demo', ind: 'active.total', region: '', year: undefined, order: 'desc', all: false, towns: [], page: 1, lang: 'zh' };

describe('ranking URL state', () => {
	it('reads ds, ind, region, year, order, all and lang', () => {
		expect(parse('ds=seeds&ind=topic.news&region=36&year=2018&order=asc&all=1&lang=en').state).toEqual({
			ds: 'seeds', ind: 'topic.news', region: '36', year: 2018, order: 'asc', all: true, towns: [], page: 1, lang: 'en'
		});
		expect(parse('').state).toEqual(base);
	});

	it('reads the user’s towns and a page of a long ranking; a hostile page falls back to 1', () => {
		expect(parse('ds=scale&towns=110101001,360102001&page=3').state).toMatchObject({ towns: ['110101001', '360102001'], page: 3 });
		for (const bad of ['0', '-1', '1e3', '99999', 'x', '']) {
			const { state, notices } = parse(`page=${bad}`);
			expect(state.page).toBe(1);
			if (bad !== '') expect(notices).toMatchObject([{ param: 'page', kind: 'bad' }]);
		}
		expect(queryOf(RANKING_SPECS, { ...parse('ds=scale').state, page: 2 }, 'link')).toBe('ds=scale&ind=active.total&order=desc&page=2');
	});

	it('keeps valid keys when another one is malformed', () => {
		const { state, notices } = parse('ind=topic.news&year=20x8');
		expect(state.ind).toBe('topic.news');
		expect(state.year).toBeUndefined();
		expect(notices).toMatchObject([{ param: 'year', kind: 'bad', expected: '2008–2030' }]);
	});

	it('falls back on hostile order and all values, naming each', () => {
		const { state, notices } = parse(`order=${encodeURIComponent("desc' OR 1=1")}&all=true&all=1&year=1999&region=<b>`);
		expect(state).toEqual(base);
		expect(notices.map((n) => [n.param, n.kind])).toEqual([
			['all', 'repeated'], ['region', 'bad'], ['year', 'bad'], ['order', 'bad'], ['all', 'bad']
		]);
		expect(notices.find((n) => n.param === 'order')).toMatchObject({ raw: "desc' OR 1=1", expected: 'desc | asc' });
		expect(parse('all=0').state.all).toBe(false);
		expect(parse('all=2').notices).toMatchObject([{ param: 'all', kind: 'bad', expected: '1' }]);
		expect(parse(`order=${'x'.repeat(500)}`).notices[0].raw.length).toBeLessThan(100);
	});

	it('always writes the dataset and indicator; year, order and all only when chosen; lang only when English', () => {
		expect(queryOf(RANKING_SPECS, parse('').state)).toBe('ds=demo&ind=active.total');
		expect(queryOf(RANKING_SPECS, { ...base, ind: 'topic.news', year: 2019, order: 'asc', all: true, towns: [], page: 1, lang: 'en' })).toBe(
			'ds=demo&ind=topic.news&year=2019&order=asc&all=1&lang=en'
		);
	});

	it('pins the sort order in a copied link, so it survives a change of default', () => {
		expect(queryOf(RANKING_SPECS, base, 'link')).toBe('ds=demo&ind=active.total&order=desc');
		expect(sameView(RANKING_SPECS, base, { ...base, lang: 'en' as const })).toBe(false);
		expect(sameView(RANKING_SPECS, base, { ...parse('order=desc&all=0').state })).toBe(true);
	});
});
