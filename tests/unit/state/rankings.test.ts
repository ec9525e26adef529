import { describe, expect, it } from 'vitest';
import { parseRankings, RANKING_SPECS } from '../../../src/lib/state/rankings';
import { queryOf } from '../../../src/lib/state/spec';

const parse = (qs: string) => parseRankings(new URLSearchParams(qs));

describe('ranking URL state', () => {
	it('reads ds, ind, region, year and lang', () => {
		expect(parse('ds=seeds&ind=topic.news&region=36&year=2018&lang=en').state).toEqual({
			ds: 'seeds', ind: 'topic.news', region: '36', year: 2018, towns: [], page: 1, lang: 'en'
		});
	});

	it('reads the user’s towns and a page of a long ranking; a hostile page falls back to 1', () => {
		expect(parse('ds=scale&towns=110101001,360102001&page=3').state).toMatchObject({ towns: ['110101001', '360102001'], page: 3 });
		for (const bad of ['0', '-1', '1e3', '99999', 'x', '']) {
			const { state, notices } = parse(`page=${bad}`);
			expect(state.page).toBe(1);
			if (bad !== '') expect(notices).toMatchObject([{ param: 'page', kind: 'bad' }]);
		}
		expect(queryOf(RANKING_SPECS, { ...parse('ds=scale').state, page: 2 }, 'link')).toBe('ds=scale&ind=active.total&page=2');
	});

	it('keeps valid keys when another one is malformed', () => {
		const { state, notices } = parse('ind=topic.news&year=20x8');
		expect(state.ind).toBe('topic.news');
		expect(state.year).toBeUndefined();
		expect(notices).toMatchObject([{ param: 'year', kind: 'bad', expected: '2008–2030' }]);
	});

	it('always writes the dataset and indicator; year only when chosen; lang only when English', () => {
		expect(queryOf(RANKING_SPECS, parse('').state)).toBe('ds=demo&ind=active.total');
		expect(queryOf(RANKING_SPECS, { ds: 'demo', ind: 'topic.news', region: '', year: 2019, towns: [], page: 1, lang: 'en' }, 'link')).toBe(
			'ds=demo&ind=topic.news&year=2019&lang=en'
		);
	});
});
