import { describe, expect, it } from 'vitest';
import { parseRankings, RANKING_SPECS } from '../../../src/lib/state/rankings';
import { queryOf } from '../../../src/lib/state/spec';

const parse = (qs: string) => parseRankings(new URLSearchParams(qs));

describe('ranking URL state', () => {
	it('reads ds, ind, region, year and lang', () => {
		expect(parse('ds=seeds&ind=topic.news&region=36&year=2018&lang=en').state).toEqual({
			ds: 'seeds', ind: 'topic.news', region: '36', year: 2018, lang: 'en'
		});
	});

	it('keeps valid keys when another one is malformed', () => {
		const { state, notices } = parse('ind=topic.news&year=20x8');
		expect(state.ind).toBe('topic.news');
		expect(state.year).toBeUndefined();
		expect(notices).toMatchObject([{ param: 'year', kind: 'bad', expected: '2008–2030' }]);
	});

	it('always writes the dataset and indicator; year only when chosen; lang only when English', () => {
		expect(queryOf(RANKING_SPECS, parse('').state)).toBe('ds=demo&ind=active.total');
		expect(queryOf(RANKING_SPECS, { ds: 'demo', ind: 'topic.news', region: '', year: 2019, lang: 'en' }, 'link')).toBe(
			'ds=demo&ind=topic.news&year=2019&lang=en'
		);
	});
});
