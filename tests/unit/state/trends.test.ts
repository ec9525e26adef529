// The trends view's URL state: round trip, canonical order, and every hostile input of issue 10.
import { describe, expect, it } from 'vitest';
import { MAX_TOWNS } from '../../../src/lib/state/parse';
import { queryOf } from '../../../src/lib/state/spec';
import { parseTrends, TREND_SPECS, type TrendState } from '../../../src/lib/state/trends';

const parse = (qs: string) => parseTrends(new URLSearchParams(qs));
const DEFAULTS: TrendState = { ds: 'demo', ind: 'active.total', region: '', towns: [], from: undefined, to: undefined, mode: 'abs', scale: 'linear', lang: 'zh' };
const kinds = (qs: string) => parse(qs).notices.map((n) => [n.param, n.kind]);

describe('parseTrends', () => {
	it('reads every valid key', () => {
		const { state, notices } = parse('ds=seeds&ind=channel.wechat&region=360923&towns=360923100,省/县/甲镇&from=2015&to=2020&mode=index&scale=log&lang=en');
		expect(notices).toEqual([]);
		expect(state).toEqual({
			ds: 'seeds', ind: 'channel.wechat', region: '360923', towns: ['360923100', '省/县/甲镇'], from: 2015, to: 2020, mode: 'index', scale: 'log', lang: 'en'
		});
	});

	it('uses the defaults when keys are absent, without notices', () => {
		expect(parse('')).toEqual({ state: DEFAULTS, notices: [], given: new Set() });
	});

	it('falls back per key on malformed values and names each parameter', () => {
		const { state, notices } = parse("ind=active.total'%20OR%201=1&from=1999&mode=sideways&scale=<b>&ds=../../etc&lang=fr");
		expect(state).toEqual(DEFAULTS);
		expect(notices.map((n) => [n.param, n.kind])).toEqual([
			['ds', 'bad'], ['ind', 'bad'], ['from', 'bad'], ['mode', 'bad'], ['scale', 'bad'], ['lang', 'bad']
		]);
		expect(notices[1].raw).toBe("active.total' OR 1=1");
	});

	it('does not guess at a swapped range: both ends fall back, each with a notice', () => {
		const { state, notices } = parse('from=2020&to=2015');
		expect([state.from, state.to]).toEqual([undefined, undefined]);
		expect(notices.map((n) => n.param)).toEqual(['from', 'to']);
	});

	it('keeps the well-formed towns of a list and names the malformed part', () => {
		const { state, notices } = parse("towns=360923100,<script>,1%27%20OR%201=1,360923100");
		expect(state.towns).toEqual(['360923100']);
		expect(notices).toMatchObject([{ param: 'towns', kind: 'bad' }]);
		expect(kinds('towns=<x>,;DROP')).toEqual([['towns', 'bad']]);
		expect(parse('towns=<x>,;DROP').state.towns).toEqual([]);
	});

	it('keeps at most 50 towns, with a notice', () => {
		const many = Array.from({ length: 60 }, (_, i) => String(360923100 + i)).join(',');
		const { state, notices } = parse(`towns=${many}`);
		expect(state.towns).toHaveLength(MAX_TOWNS);
		expect(notices).toMatchObject([{ param: 'towns', kind: 'too_many' }]);
	});

	it('names a repeated key and uses its first value', () => {
		const { state, notices } = parse('ds=seeds&ds=demo&mode=index');
		expect(state.ds).toBe('seeds');
		expect(notices).toEqual([{ param: 'ds', raw: 'seeds | demo', kind: 'repeated' }]);
	});

	it('names unknown keys once each and shortens a huge value', () => {
		const { notices } = parse(`foo=1&foo=2&ind=${'x'.repeat(10_000)}`);
		expect(notices[0]).toEqual({ param: 'foo', raw: '1', kind: 'unknown' });
		expect(notices[1].param).toBe('ind');
		expect(notices[1].raw.length).toBeLessThan(100);
		expect(notices[1].raw).toContain('(+9920)');
	});

	it('rejects markup and SQL in every key without echoing it into state', () => {
		const hostile = ['<img src=x onerror=alert(1)>', "'; DROP TABLE vals; --", '../../../etc/passwd', '%00', '\u202e'];
		for (const h of hostile) {
			const q = new URLSearchParams();
			for (const k of Object.keys(TREND_SPECS)) q.set(k, h);
			const { state } = parseTrends(q);
			expect(state).toEqual(DEFAULTS);
		}
	});
});

describe('queryOf (the address bar and the share link)', () => {
	const s: TrendState = { ...DEFAULTS, towns: ['360923100', '省/县/甲镇'], from: 2014, to: 2025, mode: 'index' };

	it('writes keys in spec order, only non-defaults plus ds and ind, commas and slashes readable', () => {
		expect(queryOf(TREND_SPECS, s)).toBe('ds=demo&ind=active.total&towns=360923100,省/县/甲镇&from=2014&to=2025&mode=index');
		expect(queryOf(TREND_SPECS, DEFAULTS)).toBe('ds=demo&ind=active.total');
	});

	it('pins ds, ind, towns, from and to in a copied link, even at their defaults', () => {
		const link = queryOf<TrendState>(TREND_SPECS, { ...s, mode: 'abs' }, 'link');
		expect(link).toBe('ds=demo&ind=active.total&towns=360923100,省/县/甲镇&from=2014&to=2025');
	});

	it('round-trips through parseTrends', () => {
		const back = parse(queryOf<TrendState>(TREND_SPECS, { ...s, scale: 'log', lang: 'en', region: '3609' }, 'link'));
		expect(back.notices).toEqual([]);
		expect(back.state).toEqual({ ...s, scale: 'log', lang: 'en', region: '3609' });
	});
});
