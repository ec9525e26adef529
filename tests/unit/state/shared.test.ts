// The pieces every view's state shares: region keys, data checks, view links, the language switch.
import { describe, expect, it } from 'vitest';
import { isRegionKey, isTownKey, shorten } from '../../../src/lib/state/parse';
import { missingTowns, resolveAgainst } from '../../../src/lib/state/resolve';
import { VIEWS, viewHref, viewOf } from '../../../src/lib/views/index';

describe('keys', () => {
	it('accepts gazetteer codes and name paths as town keys, nothing else', () => {
		expect(['360923100', '360923100000', '蕙铺省/楸川县/萸坳街道', '//城关街道'].map(isTownKey)).toEqual([true, true, true, true]);
		expect(['36092310', 'a,b', '<b>/c/d', "x/y/z'", '省/县', '省/县/'].map(isTownKey)).toEqual([false, false, false, false, false, false]);
	});
	it('accepts code prefixes of 2, 4 or 6 digits and province[/county] paths as regions', () => {
		expect(['36', '3609', '360923', '蕙铺省', '蕙铺省/楸川县'].map(isRegionKey)).toEqual([true, true, true, true, true]);
		expect(['3', '36092', '3609231', 'a/b/c', "x'", ''].map(isRegionKey)).toEqual([false, false, false, false, false, false]);
	});
	it('shortens long values for notices', () => {
		expect(shorten('abc')).toBe('abc');
		expect(shorten('测'.repeat(100))).toBe(`${'测'.repeat(80)}… (+20)`);
	});
});

describe('resolveAgainst', () => {
	const facts = { indicators: ['active.total', 'topic.news'], years: [2014, 2015, 2016], regions: ['99', '9901', '990101'] };
	const words = { catalog: 'catalog', regions: 'regions', years: (lo: number, hi: number) => `${lo}-${hi}` };
	it('replaces what the data lacks and says so', () => {
		const { state, notices } = resolveAgainst({ ind: 'made.up', region: '360923', year: 2020, from: 2010, to: 2015 }, facts, words);
		expect(state).toEqual({ ind: 'active.total', region: '', year: undefined, from: undefined, to: 2015 });
		expect(notices.map((n) => [n.param, n.kind, n.expected])).toEqual([
			['ind', 'not_in_data', 'catalog'], ['region', 'not_in_data', 'regions'], ['year', 'not_in_data', '2014-2016'], ['from', 'not_in_data', '2014-2016']
		]);
	});
	it('leaves what the data has alone', () => {
		expect(resolveAgainst({ ind: 'topic.news', region: '9901', year: 2015 }, facts, words).notices).toEqual([]);
	});
	it('names town keys the dataset does not hold', () => {
		expect(missingTowns(['a', 'b', 'c'], ['b'], 'towns')).toEqual([{ param: 'towns', raw: 'a,c', kind: 'not_in_data', expected: 'towns' }]);
		expect(missingTowns(['b'], ['b'], 'towns')).toEqual([]);
	});
});

describe('view links', () => {
	it('carry exactly the shared keys each view spec reads', async () => {
		const { COMMON } = await import('../../../src/lib/state/common');
		const specs: Record<string, object> = {
			overview: (await import('../../../src/lib/state/overview')).OVERVIEW_SPECS,
			rankings: (await import('../../../src/lib/state/rankings')).RANKING_SPECS,
			trends: (await import('../../../src/lib/state/trends')).TREND_SPECS,
			channels: (await import('../../../src/lib/state/channels')).CHANNEL_SPECS,
			compare: (await import('../../../src/lib/state/compare')).COMPARE_SPECS,
			data: (await import('../../../src/lib/state/data')).DATA_SPECS,
			import: (await import('../../../src/lib/state/import')).IMPORT_SPECS
		};
		for (const v of VIEWS) {
			const shared = Object.keys(specs[v.id]).filter((k) => k in COMMON);
			expect([...v.carries].sort(), v.id).toEqual(shared.sort());
		}
	});

	const trends = VIEWS.find((v) => v.id === 'trends')!;
	const rankings = VIEWS.find((v) => v.id === 'rankings')!;
	const overview = VIEWS.find((v) => v.id === 'overview')!;
	it('carry the shared keys the target view reads and drop the rest', () => {
		const q = new URLSearchParams('ds=seeds&ind=topic.news&year=2018&lang=en&mode=index');
		expect(viewHref(trends, q, '')).toBe('/trends?ds=seeds&ind=topic.news&lang=en'); // view-specific keys stay behind
		expect(viewHref(rankings, q, '/base')).toBe('/base/rankings?ds=seeds&ind=topic.news&year=2018&lang=en');
		expect(viewHref(overview, q, '/base')).toBe('/base/?ds=seeds&year=2018&lang=en');
	});
	it('list the overview first, then trends and rankings, each at its own path', () => {
		expect(VIEWS.slice(0, 3).map((v) => [v.id, v.path])).toEqual([['overview', '/'], ['trends', '/trends'], ['rankings', '/rankings']]);
		expect(new Set(VIEWS.map((v) => v.path)).size).toBe(VIEWS.length);
	});
	it('find the view of a path', () => {
		expect(viewOf('/trends')?.id).toBe('trends');
		expect(viewOf('/trends/')?.id).toBe('trends');
		expect(viewOf('')?.id).toBe('overview');
		expect(viewOf('/rankings')?.id).toBe('rankings');
		expect(viewOf('/nowhere')).toBeUndefined();
	});
});

describe('language switch', () => {
	it('adds lang=en and keeps the view; switching back drops it', async () => {
		const { otherLangHref, langOf } = await import('../../../src/lib/state/lang');
		expect(otherLangHref(new URL('http://x/?ds=seeds&ind=topic.news&year=2018'))).toBe('/?ds=seeds&ind=topic.news&year=2018&lang=en');
		expect(otherLangHref(new URL('http://x/?ds=seeds&lang=en'))).toBe('/?ds=seeds');
		expect(otherLangHref(new URL('http://x/trends?towns=1,2&lang=en#active.total'))).toBe('/trends?towns=1,2#active.total');
		expect(langOf(new URLSearchParams('lang=fr'))).toBe('zh');
	});
});
