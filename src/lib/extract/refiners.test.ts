import { describe, expect, it } from 'vitest';
import { dropChannelOnlyTotals, dropOtherBodiesAndYears, dropTruncated, onePerIndicator, refine, tableWins } from './refiners';
import type { Candidate } from './types';

function cand(p: Partial<Candidate> & Pick<Candidate, 'indicator' | 'value' | 'start' | 'end'>): Candidate {
	return { qualifier: 'exact', origin: 'prose', rule: 'test', priority: 1, ...p };
}

describe('tableWins', () => {
	const text = '本年度未收到公开申请。\n收到申请数\n件\n37\n';
	const prose = cand({ indicator: 'apply.received', value: 0, qualifier: 'zero_stated', start: 3, end: 10 });
	const table = cand({ indicator: 'apply.received', value: 37, origin: 'table', start: 12, end: 22 });

	it('keeps the table value and warns when prose disagrees', () => {
		const r = tableWins([prose, table], text);
		expect(r.candidates).toEqual([table]);
		expect(r.warnings).toHaveLength(1);
		expect(r.warnings[0]).toMatchObject({ code: 'conflict', indicator: 'apply.received' });
		expect(r.warnings[0].message).toMatch(/^prose: .*\(0\); table: .*\(37\)/);
	});

	it('drops an agreeing prose value silently', () => {
		const r = tableWins([{ ...prose, value: 37 }, table], text);
		expect(r.candidates).toEqual([table]);
		expect(r.warnings).toEqual([]);
	});

	it('takes an approximate or at-least statement the table fulfils as agreement, not conflict', () => {
		const agreeing: [number, Candidate['qualifier'], number][] = [
			[180, 'at_least', 187], [160, 'approx', 157], [170, 'approx', 170], [400, 'approx', 460], [30, 'approx', 31]
		];
		for (const [v, qualifier, t] of agreeing) {
			const r = tableWins([{ ...prose, value: v, qualifier }, { ...table, value: t }], text);
			expect(r.warnings, `${v} ${qualifier} vs ${t}`).toEqual([]);
		}
		const clashing: [number, Candidate['qualifier'], number][] = [
			[180, 'at_least', 150], [160, 'approx', 120], [400, 'approx', 560], [37, 'exact', 38]
		];
		for (const [v, qualifier, t] of clashing) {
			const r = tableWins([{ ...prose, value: v, qualifier }, { ...table, value: t }], text);
			expect(r.warnings.map((w) => w.code), `${v} ${qualifier} vs ${t}`).toEqual(['conflict']);
		}
	});

	it('keeps prose for indicators the table does not state', () => {
		const other = cand({ indicator: 'active.total', value: 9, start: 0, end: 2 });
		expect(tableWins([other, table], text).candidates).toEqual([other, table]);
	});
});

describe('onePerIndicator', () => {
	it('prefers priority, then the first statement', () => {
		const a = cand({ indicator: 'x', value: 1, start: 5, end: 6, priority: 1 });
		const b = cand({ indicator: 'x', value: 2, start: 1, end: 2, priority: 1 });
		const c = cand({ indicator: 'x', value: 3, start: 9, end: 10, priority: 2 });
		expect(onePerIndicator([a, b]).map((x) => x.value)).toEqual([2]);
		expect(onePerIndicator([a, b, c]).map((x) => x.value)).toEqual([3]);
	});
});

describe('filters', () => {
	it('drops totals of the county', () => {
		const text = '全县主动公开信息900条。';
		expect(dropOtherBodiesAndYears([2018])([cand({ indicator: 'active.total', value: 900, start: 2, end: 12 })], text)).toEqual([]);
	});

	it('drops a figure of another year, keeps the report year and a comparison', () => {
		const drop = dropOtherBodiesAndYears([2018]);
		const other = '2017年，我镇主动公开信息210条。';
		expect(drop([cand({ indicator: 'active.total', value: 210, start: 6, end: other.length - 1 })], other)).toEqual([]);
		const own = '较2017年有所增加，2018年主动公开信息250条。';
		expect(drop([cand({ indicator: 'active.total', value: 250, start: 16, end: own.length - 1 })], own)).toHaveLength(1);
	});

	it('drops a cumulative figure but keeps the year figure after it', () => {
		const text = '网站开通以来累计发布信息1042条，本年度发布660条。';
		const first = cand({ indicator: 'channel.website', value: 1042, start: 0, end: 18 });
		const second = cand({ indicator: 'channel.website', value: 660, start: 0, end: text.length - 1 });
		expect(dropOtherBodiesAndYears([2018])([first, second], text).map((x) => x.value)).toEqual([660]);
	});

	it('drops a total stated for one channel only', () => {
		const text = '在门户网站主动公开信息30条。';
		expect(dropChannelOnlyTotals([cand({ indicator: 'active.total', value: 30, start: 5, end: 14 })], text)).toEqual([]);
	});

	it('drops statements cut off by the end of an excerpt', () => {
		const text = '本年度未收到依申';
		expect(dropTruncated([cand({ indicator: 'apply.received', value: 0, start: 3, end: 8 })], text)).toEqual([]);
	});

	it('keeps a statement whose last word is whole at the end of an excerpt', () => {
		const text = '全年无针对本镇的行政复议案件';
		const c = cand({ indicator: 'review.total', value: 0, start: 2, end: 12 });
		expect(dropTruncated([c], text)).toEqual([c]);
	});

	it('refine keeps table candidates inside skipped sections', () => {
		const t = cand({ indicator: 'capacity.staff', value: 2, origin: 'table', start: 0, end: 3 });
		expect(refine([t], '人员数 2 人', [[0, 10]]).candidates).toEqual([t]);
	});
});
