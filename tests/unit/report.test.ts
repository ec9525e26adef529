// The Report view's pure parts: quotes placed in the text (offsets first, then search, else not at
// all), runs for nested and overlapping quotes, grouping with warnings, links and the page state.
import { describe, expect, it } from 'vitest';
import { reportModel, valueText } from '../../src/lib/report/model';
import { reportHref, reportRefHref } from '../../src/lib/report/link';
import { place, runs } from '../../src/lib/report/segments';
import type { ReportData, ReportValue } from '../../src/lib/report/types';
import { parseReport } from '../../src/lib/state/report';
import { provincesOf } from '../../src/lib/state/provinces';

const TEXT = '全年主动公开信息400多条，其中网站发布300条。未收到申请。';
const v = (indicator: string, quote: string, start: number | null, end: number | null, extra: Partial<ReportValue> = {}): ReportValue => ({
	indicator, quote, start, end, value: 1, qualifier: 'exact', origin: 'prose', group: indicator.split('.')[0], name_zh: indicator, name_en: indicator, unit: '条', ...extra
});

describe('place', () => {
	it('uses the offsets when they hold the quote (UTF-16 indices, as the extractor writes them)', () => {
		const start = TEXT.indexOf('主动公开信息400多条');
		expect(place(TEXT, { quote: '主动公开信息400多条', start, end: start + 11 })).toEqual({ at: 'offsets', start, end: start + 11 });
	});
	it('finds a quote whose offsets are off, and places nothing it cannot find', () => {
		expect(place(TEXT, { quote: '网站发布300条', start: 0, end: 3 })).toEqual({ at: 'search', start: TEXT.indexOf('网站'), end: TEXT.indexOf('网站') + 8 });
		expect(place(TEXT, { quote: '不存在的句子', start: 0, end: 6 })).toEqual({ at: 'none' });
		expect(place(TEXT, { quote: '', start: 0, end: 0 })).toEqual({ at: 'none' });
		expect(place(TEXT, { quote: '未收到申请', start: -5, end: 9e9 }).at).toBe('search');
	});
});

describe('runs', () => {
	it('covers the whole text; a run inside two quotes lists the shorter first', () => {
		const outer = { at: 'offsets' as const, start: 2, end: 15 };
		const inner = { at: 'offsets' as const, start: 8, end: 15 };
		const r = runs(TEXT, [outer, inner, { at: 'none' }]);
		expect(r.map((x) => x.text).join('')).toBe(TEXT);
		expect(r.map((x) => [x.start, x.values])).toEqual([[0, []], [2, [0]], [8, [1, 0]], [15, []]]);
	});
});

describe('reportModel', () => {
	const data: ReportData = {
		ds: 'seeds',
		meta: { report_id: '0123456789abcdef', source: 'a.txt', title: null, body: null, level: 'township', town: '东镇', county: null, city: null, province: null, year: 2019, format: 'prose', published: null, status: 'ok', n_values: 3 },
		values: [
			v('active.total', '主动公开信息400多条', 2, 13, { qualifier: 'approx', value: 400 }),
			v('channel.website', '网站发布300条', 16, 24),
			v('apply.received', '未收到申请', 25, 30, { qualifier: 'zero_stated', value: 0, unit: '件' })
		],
		warnings: [
			{ code: 'conflict', indicator: 'active.total', message: 'prose 400; table 410' },
			{ code: 'unrecognized_table_row', indicator: null, message: 'row 7' },
			{ code: 'conflict', indicator: 'fee.total', message: 'about a value not kept' }
		],
		text: TEXT
	};
	it('groups values by catalog group in order and puts each warning beside its value', () => {
		const m = reportModel(data);
		expect(m.groups.map((g) => [g.group, g.items.map((i) => i.v.indicator)])).toEqual([
			['active', ['active.total']], ['channel', ['channel.website']], ['apply', ['apply.received']]
		]);
		expect(m.groups[0].items[0].warnings.map((w) => w.message)).toEqual(['prose 400; table 410']);
		expect(m.general.map((w) => w.code)).toEqual(['unrecognized_table_row']);
		expect(m.orphan.map((w) => w.indicator)).toEqual(['fee.total']);
		expect(m.firsts.get(2)).toEqual([0]);
		expect(m.byIndicator.get('apply.received')).toBe(2);
	});
	it('has no runs and places nothing when the text is missing', () => {
		const m = reportModel({ ...data, text: null });
		expect(m.runs).toEqual([]);
		expect(m.groups.flatMap((g) => g.items.map((i) => i.placement.at))).toEqual(['none', 'none', 'none']);
	});
	it('shows values with their marks and units; flags as yes/no', () => {
		expect(valueText({ value: 400, qualifier: 'approx', unit: '条' }, 'zh', (u) => u)).toBe('≈400 条');
		expect(valueText({ value: 1, qualifier: 'exact', unit: 'flag' }, 'en', (u) => u)).toBe('yes');
		expect(valueText({ value: null, qualifier: null, unit: '件' }, 'zh', (u) => u)).toBe('— 件');
	});
});

describe('reportHref', () => {
	it('links shipped reports to their prerendered page, with the indicator as the fragment', () => {
		expect(reportHref({ id: '3617929c7e37f3f5', ds: 'seeds', ind: 'active.total' }, '')).toBe('/report/3617929c7e37f3f5?ds=seeds#active.total');
		expect(reportHref({ id: '3617929c7e37f3f5', ds: 'demo', lang: 'en' }, '/base')).toBe('/base/report/3617929c7e37f3f5?ds=demo&lang=en');
	});
	it('links reports of other datasets to the page rendered in the browser', () => {
		expect(reportHref({ id: 'abc', ds: 'imported_1', ind: 'apply.received' }, '')).toBe('/report?ds=imported_1&id=abc#apply.received');
	});
	it('names the province of a national dataset’s report (its files load a province at a time), nowhere else', () => {
		expect(reportHref({ id: '3617929c7e37f3f5', ds: 'scale', town: '360923101' }, '')).toBe('/report?ds=scale&id=3617929c7e37f3f5&region=36');
		expect(reportHref({ id: '3617929c7e37f3f5', ds: 'scale', town: '江西省/上高县/泗溪镇' }, '')).toBe('/report?ds=scale&id=3617929c7e37f3f5');
		expect(reportHref({ id: 'abc', ds: 'imported_1', town: '360923101' }, '')).toBe('/report?ds=imported_1&id=abc');
	});
	it('links a national row without a report id by its town and year, in its province; nothing else without an id', () => {
		const l = { ds: 'scale', ind: 'active.total', lang: 'en' as const };
		expect(reportRefHref({ report_id: null, town_key: '360923101', year: 2024 }, l, '')).toBe('/report?ds=scale&towns=360923101&year=2024&region=36&lang=en#active.total');
		expect(reportRefHref({ report_id: '3617929c7e37f3f5', town_key: '360923101', year: 2024 }, l, '')).toBe('/report?ds=scale&id=3617929c7e37f3f5&region=36&lang=en#active.total');
		expect(reportRefHref({ report_id: null, town_key: '360923101', year: null }, l, '')).toBeUndefined();
		expect(reportRefHref({ report_id: null, town_key: '360923101', year: 2024 }, { ...l, ds: 'demo' }, '')).toBeUndefined();
	});
});

describe('provincesOf', () => {
	it('reads the region’s province, else the towns’ provinces, sorted and distinct', () => {
		expect(provincesOf({ region: '360923', towns: ['110101001'] })).toEqual(['36']);
		expect(provincesOf({ region: '', towns: ['360923101', '110101001', '360101001', '江西省/上高县/泗溪镇'] })).toEqual(['11', '36']);
		expect(provincesOf({ region: '', towns: [] })).toEqual([]);
	});
	it('reads a report link’s province', () => {
		expect(parseReport(new URLSearchParams('ds=scale&id=3617929c7e37f3f5&region=36')).state).toMatchObject({ region: '36' });
	});
});

describe('parseReport', () => {
	it('reads a report id and refuses anything else with a notice', () => {
		expect(parseReport(new URLSearchParams('id=3617929c7e37f3f5&ds=seeds')).state).toMatchObject({ id: '3617929c7e37f3f5', ds: 'seeds' });
		for (const bad of ['../../etc/passwd', '<script>alert(1)</script>', '3617929C7E37F3F5', 'x'.repeat(5000)]) {
			const p = parseReport(new URLSearchParams({ id: bad }));
			expect(p.state.id).toBe('');
			expect(p.notices[0]).toMatchObject({ param: 'id', kind: 'bad' });
			expect(p.notices[0].raw.length).toBeLessThan(100);
		}
	});
});
