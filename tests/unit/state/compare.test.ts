// The URL state of the compare view: round trips, the six-town limit, pinned keys, hostile inputs;
// and the navigation links into the two new views.
import { describe, expect, it } from 'vitest';
import { COMPARE_SPECS, MAX_COMPARE, parseCompare, type CompareState } from '../../../src/lib/state/compare';
import { queryOf } from '../../../src/lib/state/spec';
import { VIEWS, viewHref } from '../../../src/lib/views';
import { HOSTILE } from './hostile';

describe('parseCompare', () => {
	const parse = (qs: string) => parseCompare(new URLSearchParams(qs));
	const DEFAULTS: CompareState = { ds: 'demo', towns: [], year: undefined, lang: 'zh' };

	it('reads towns and year; defaults leave the choice to the query', () => {
		expect(parse('ds=demo&towns=360923100,省/县/甲镇&year=2019')).toMatchObject({
			state: { ds: 'demo', towns: ['360923100', '省/县/甲镇'], year: 2019, lang: 'zh' }, notices: []
		});
		expect(parse('')).toEqual({ state: DEFAULTS, notices: [], given: new Set() });
	});

	it(`keeps at most ${MAX_COMPARE} towns, with a notice that says so`, () => {
		const many = Array.from({ length: 9 }, (_, i) => String(360923100 + i)).join(',');
		const { state, notices } = parse(`towns=${many}`);
		expect(state.towns).toEqual(many.split(',').slice(0, 6));
		expect(notices).toMatchObject([{ param: 'towns', kind: 'too_many', expected: '≤ 6' }]);
	});

	it('drops malformed town ids with a notice, and falls back on hostile values', () => {
		expect(parse('towns=360923100,<script>,1%27%20OR%201=1')).toMatchObject({ state: { towns: ['360923100'] }, notices: [{ param: 'towns', kind: 'bad' }] });
		for (const h of HOSTILE) {
			const q = new URLSearchParams();
			for (const k of Object.keys(COMPARE_SPECS)) q.set(k, h);
			expect(parseCompare(q).state).toEqual(DEFAULTS);
		}
		expect(parse('year=1999&region=3609').notices.map((n) => [n.param, n.kind])).toEqual([['region', 'unknown'], ['year', 'bad']]);
	});

	it('pins ds, towns and year in a copied link; round-trips', () => {
		const s: CompareState = { ds: 'demo', towns: ['990001001', '990001002'], year: 2025, lang: 'en' };
		const link = queryOf(COMPARE_SPECS, s, 'link');
		expect(link).toBe('ds=demo&towns=990001001,990001002&year=2025&lang=en');
		expect(parse(link)).toMatchObject({ state: s, notices: [] });
	});
});

describe('navigation into the new views', () => {
	const q = new URLSearchParams('ds=seeds&ind=topic.news&year=2018&towns=360923100&region=3609&mode=index&lang=en');
	it('carries the keys each view reads', () => {
		expect(viewHref(VIEWS.find((v) => v.id === 'channels')!, q, '')).toBe('/channels?ds=seeds&year=2018&region=3609&lang=en');
		expect(viewHref(VIEWS.find((v) => v.id === 'compare')!, q, '')).toBe('/compare?ds=seeds&year=2018&towns=360923100&lang=en');
	});
});
