// The compare SQL on real DuckDB (Node), answers worked out by hand from tests/fixtures/db-compare:
// 甲县 (990101): 松山镇 P1 (2016–2019), 零乡 P2 (2016, 2018, 2019 — skipped 2017), 孤镇 P3 (2017);
// 乙县 (990102): 松山镇 Q1 (2016–2019), 空村 Q2 (2018, 2020); 丙县 (990103): 远村 R (2020).
// 2019 — P1: total 300, requests 5, news ≈120, WeChat 1; P2: total ≥200, requests 5, WeChat 1;
// Q1: total 300, requests 2. Only in 2016: P1 review.total 1 (a std-table group), P2 capacity.staff 3.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareHistoryQuery, compareQuery, type CompareParams, type CompareRow } from '../../../src/lib/db/queries/compare';
import { runQuery } from '../../../src/lib/db/queries/run';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const DIR = fileURLToPath(new URL('../../fixtures/db-compare/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../static/data/indicators.csv', import.meta.url));
let db: NodeDb;
beforeAll(async () => {
	db = await openDataset(DIR, CATALOG);
});
afterAll(() => db.close());

const compare = (p: Partial<CompareParams>) => runQuery(db.run, compareQuery({ towns: [], ...p }));
const P1 = '990101001', P2 = '990101002', P3 = '990101003', Q1 = '990102001', Q2 = '990102002', R = '990103001';
const towns = (rows: CompareRow[]) => [...new Map(rows.map((r) => [r.town_key, [r.ord, r.added]])).entries()].map(([k, v]) => [k, ...v]);
const row = (rows: CompareRow[], ind: string) => rows.filter((r) => r.indicator === ind).map((r) => [r.value, r.qualifier, r.largest]);

describe('compareQuery', () => {
	it('defaults to the most-reported town and the next one of its county, in their latest common year', async () => {
		const rows = await compare({});
		// Q1 has more reports than P2, but P2 is P1's neighbour
		expect(towns(rows)).toEqual([[P1, 1, true], [P2, 2, true]]);
		expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2019]));
	});

	it('lists every indicator either town states in any year, one cell per town; missing is null, never 0', async () => {
		const rows = await compare({});
		expect([...new Set(rows.map((r) => r.indicator))]).toEqual(
			['active.total', 'apply.received', 'capacity.staff', 'review.total', 'topic.news', 'uses.wechat']
		);
		expect(row(rows, 'topic.news')).toEqual([[120, 'approx', false], [null, null, false]]);
		expect(row(rows, 'capacity.staff')).toEqual([[null, null, false], [null, null, false]]);
	});

	it('marks the largest value of a row only where the stated values differ', async () => {
		const rows = await compare({});
		expect(row(rows, 'active.total')).toEqual([[300, 'exact', true], [200, 'at_least', false]]);
		expect(row(rows, 'apply.received')).toEqual([[5, 'exact', false], [5, 'exact', false]]);
		const three = await compare({ towns: [P1, Q1, P2] });
		expect(towns(three)).toEqual([[P1, 1, false], [Q1, 2, false], [P2, 3, false]]);
		expect(row(three, 'active.total')).toEqual([[300, 'exact', true], [300, 'exact', true], [200, 'at_least', false]]);
		expect(row(three, 'apply.received').map((c) => c[2])).toEqual([true, false, true]);
		expect(three.filter((r) => r.indicator === 'active.total').map((r) => r.name_shared)).toEqual([true, true, false]);
	});

	it('flags the groups of the 2019/2021 standard tables (their empty rows collapse)', async () => {
		const rows = await compare({});
		const std = Object.fromEntries(rows.map((r) => [r.indicator, r.std_group]));
		expect(std).toEqual({
			'active.total': false, 'apply.received': true, 'capacity.staff': false, 'review.total': true, 'topic.news': false, 'uses.wechat': false
		});
	});

	it('shows a chosen year, with the towns that have no report that year marked', async () => {
		const rows = await compare({ year: 2017 });
		expect(row(rows, 'active.total')).toEqual([[200, 'exact', false], [null, null, false]]);
		expect(rows.filter((r) => r.indicator === 'active.total').map((r) => r.has_report)).toEqual([true, false]);
	});

	it('falls back to the latest year any of them reported when they share none', async () => {
		const rows = await compare({ towns: [P3, Q2] });
		expect(rows[0].year).toBe(2020);
		expect(row(rows, 'active.total')).toEqual([[null, null, false], [20, 'exact', false]]);
	});

	it('tops a single town up with the most-reported town of its county', async () => {
		const rows = await compare({ towns: [Q2] });
		expect(towns(rows)).toEqual([[Q2, 1, false], [Q1, 2, true]]);
		expect(rows[0].year).toBe(2018);
		expect(row(rows, 'active.total')).toEqual([[10, 'exact', false], [70, 'exact', true]]);
	});

	it('without a neighbour, tops up with a town that reported in the same latest year', async () => {
		const rows = await compare({ towns: [R] });
		// P1 and Q1 have more reports, but only Q2 has a 2020 report to compare with
		expect(towns(rows)).toEqual([[R, 1, false], [Q2, 2, true]]);
		expect(rows[0].year).toBe(2020);
	});

	it('drops unknown and hostile keys, which stay bound values', async () => {
		const evil = "990101001') OR 1=1 --";
		const q = compareQuery({ towns: [evil, '999999999', P3] });
		expect(q.sql).not.toContain(evil);
		expect(towns(await runQuery(db.run, q))).toEqual([[P3, 1, false], [P1, 2, true]]);
	});
});

describe('compareHistoryQuery', () => {
	it('returns every stated value of the towns, by indicator, town and year', async () => {
		const pts = await runQuery(db.run, compareHistoryQuery([P2, P1]));
		const total = (k: string) => pts.filter((p) => p.town_key === k && p.indicator === 'active.total').map((p) => [p.year, p.value, p.qualifier]);
		expect(total(P1)).toEqual([[2016, 100, 'exact'], [2017, 200, 'exact'], [2018, 250, 'exact'], [2019, 300, 'exact']]);
		expect(total(P2)).toEqual([[2016, 90, 'exact'], [2018, 150, 'approx'], [2019, 200, 'at_least']]);
		expect(pts.some((p) => p.town_key === Q1)).toBe(false);
		expect(await runQuery(db.run, compareHistoryQuery([]))).toEqual([]);
	});
});
