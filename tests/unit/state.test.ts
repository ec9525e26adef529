import { describe, expect, it } from 'vitest';
import { checkIndicator, HOME_DEFAULTS, homeQuery, parseHome } from '../../src/lib/state/home';

const parse = (qs: string) => parseHome(new URLSearchParams(qs));

describe('parseHome', () => {
	it('reads every valid key', () => {
		expect(parse('ds=demo&ind=channel.website&year=2018&lang=en')).toEqual({
			state: { ds: 'demo', ind: 'channel.website', year: 2018, lang: 'en' },
			notices: []
		});
	});

	it('uses the defaults when keys are absent, without notices', () => {
		expect(parse('')).toEqual({ state: HOME_DEFAULTS, notices: [] });
	});

	it('falls back per key and names each malformed parameter', () => {
		const { state, notices } = parse("ind=active.total'%20OR%201=1&year=1999&ds=../../etc&lang=fr");
		expect(state).toEqual(HOME_DEFAULTS);
		expect(notices.map((n) => [n.param, n.kind])).toEqual([
			['ds', 'bad'], ['ind', 'bad'], ['year', 'bad'], ['lang', 'bad']
		]);
		expect(notices[1].raw).toBe("active.total' OR 1=1");
		expect(notices[2].expected).toBe('2008–2030');
	});

	it('keeps valid keys when another one is malformed', () => {
		const { state, notices } = parse('ind=topic.news&year=20x8');
		expect(state.ind).toBe('topic.news');
		expect(state.year).toBeUndefined();
		expect(notices).toHaveLength(1);
	});

	it('reports unknown parameters once each', () => {
		const { notices } = parse('foo=1&foo=2&ind=active.total');
		expect(notices).toEqual([{ param: 'foo', raw: '1', kind: 'unknown' }]);
	});
});

describe('homeQuery', () => {
	it('always writes the view-defining dataset and indicator, lang only when not the default', () => {
		expect(homeQuery(HOME_DEFAULTS)).toBe('ds=demo&ind=active.total');
		expect(homeQuery({ ds: 'demo', ind: 'topic.news', year: 2019, lang: 'en' })).toBe(
			'ds=demo&ind=topic.news&year=2019&lang=en'
		);
	});

	it('round-trips through parseHome', () => {
		const s = { ds: 'seeds', ind: 'channel.wechat', year: 2017, lang: 'en' } as const;
		expect(parse(homeQuery(s)).state).toEqual(s);
	});
});

describe('checkIndicator', () => {
	it('replaces an indicator missing from the catalog with the default and says so', () => {
		const r = checkIndicator({ ...HOME_DEFAULTS, ind: 'made.up' }, ['active.total', 'topic.news']);
		expect(r.state.ind).toBe('active.total');
		expect(r.notice).toEqual({ param: 'ind', raw: 'made.up', kind: 'not_in_catalog' });
		expect(checkIndicator({ ...HOME_DEFAULTS, ind: 'topic.news' }, ['active.total', 'topic.news']).notice).toBeUndefined();
	});
});

describe('language switch', () => {
	it('adds lang=en and keeps the view; switching back drops it', async () => {
		const { otherLangHref, langOf } = await import('../../src/lib/state/lang');
		const zhUrl = new URL('http://x/?ds=seeds&ind=topic.news&year=2018');
		expect(otherLangHref(zhUrl)).toBe('/?ds=seeds&ind=topic.news&year=2018&lang=en');
		expect(otherLangHref(new URL('http://x/?ds=seeds&lang=en'))).toBe('/?ds=seeds');
		expect(otherLangHref(new URL('http://x/trends?lang=en'))).toBe('/trends');
		expect(langOf(new URLSearchParams('lang=fr'))).toBe('zh');
	});
});
