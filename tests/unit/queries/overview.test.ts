// The overview SQL on real DuckDB (Node), answers computed by hand from tests/fixtures/db-overview:
// 8 towns in 甲县 (990101: 甲 乙 丙 庚) and 乙县 (990102: 丁 戊 己 辛), years 2023 and 2024.
//   active.total 2023: 甲100 乙200 丙200 丁50 己80 辛10        2024: 甲≈300 乙150 丙150 丁300 戊120 辛10
//   apply.received 2023: 甲1 丁5                            2024: 甲0 (stated) 乙2 丁5
//   review.total 2023: 乙1; litigation.total: never stated
//   戊 files 2024 only, 己 2023 only, 庚 2024 only (without values); warnings on 甲 2024 (2) and 丁 2023 (1);
//   one unreadable file without a town.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageQuery, filingQuery, headlineQuery, moversQuery } from '../../../src/lib/db/queries/overview';
import { runQuery } from '../../../src/lib/db/queries/run';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const DIR = fileURLToPath(new URL('../../fixtures/db-overview/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../fixtures/db/indicators.csv', import.meta.url));
let db: NodeDb;
beforeAll(async () => {
	db = await openDataset(DIR, CATALOG);
});
afterAll(() => db.close());

const JIA = '990101';
const YI = '990102';

describe('filingQuery', () => {
	it('counts towns known, towns that filed in the year, and reports with warnings', async () => {
		expect(await runQuery(db.run, filingQuery('', 2024))).toEqual([{ known: 8, filed: 7, warned: 1 }]);
		expect(await runQuery(db.run, filingQuery('', 2023))).toEqual([{ known: 8, filed: 6, warned: 1 }]);
		expect(await runQuery(db.run, filingQuery(YI, 2024))).toEqual([{ known: 4, filed: 3, warned: 0 }]);
	});

	it('gives zeros, not nothing, for a year without reports', async () => {
		expect(await runQuery(db.run, filingQuery(JIA, 2015))).toEqual([{ known: 4, filed: 0, warned: 0 }]);
	});
});

describe('headlineQuery', () => {
	it('sums and takes the median over the towns stating it; missing towns are not zeros', async () => {
		const [active] = await runQuery(db.run, headlineQuery('', 2024));
		// 2024: 10 120 150 150 300 300 → total 1030, median (150 + 150) / 2; 庚镇 filed without a value
		expect(active).toMatchObject({ indicator: 'active.total', n: 6, total: 1030, median: 150, prev_n: 6, prev_total: 640 });
	});

	it('marks a total with an approximate value as approximate', async () => {
		const [active, apply] = await runQuery(db.run, headlineQuery('', 2024));
		expect([active.total_qualifier, active.n_marked]).toEqual(['approx', 1]);
		expect([apply.total_qualifier, apply.n_marked]).toEqual(['exact', 0]);
	});

	it('measures the change like for like: only towns stating it both years', async () => {
		const [active, apply] = await runQuery(db.run, headlineQuery('', 2024));
		// 甲 乙 丙 丁 辛: 910 now, 560 before (戊 is new, 己 did not file)
		expect(active).toMatchObject({ n_both: 5, both_total: 910, both_prev_total: 560, change: 350, change_pct: 62.5 });
		// 甲 0 + 丁 5 against 甲 1 + 丁 5; a stated zero counts
		expect(apply).toMatchObject({ n: 3, total: 7, median: 2, n_both: 2, change: -1 });
		expect(apply.change_pct).toBeCloseTo(-16.667, 3);
	});

	it('keeps every asked indicator in order, with nulls where nothing is stated', async () => {
		const rows = await runQuery(db.run, headlineQuery('', 2024));
		expect(rows.map((r) => r.indicator)).toEqual(['active.total', 'apply.received', 'review.total', 'litigation.total']);
		expect(rows[2]).toMatchObject({ n: 0, total: null, median: null, total_qualifier: null, prev_n: 1, prev_total: 1, n_both: 0, change: null, change_pct: null });
		expect(rows[3]).toMatchObject({ n: 0, total: null, prev_n: 0, prev_total: null });
	});

	it('narrows to a region', async () => {
		const [active] = await runQuery(db.run, headlineQuery(JIA, 2024));
		// 甲≈300 乙150 丙150; 2023: 100 200 200
		expect(active).toMatchObject({ n: 3, total: 600, median: 150, prev_total: 500, n_both: 3, change: 100, change_pct: 20 });
	});

	it('binds indicator ids as values', async () => {
		const evil = "active.total') OR 1=1 --";
		const q = headlineQuery('', 2024, [evil]);
		expect(q.sql).not.toContain(evil);
		expect(await runQuery(db.run, q)).toMatchObject([{ indicator: evil, n: 0, total: null }]);
	});
});

describe('moversQuery', () => {
	it('lists the largest rises and falls among towns stating both years, largest rise first', async () => {
		const rows = await runQuery(db.run, moversQuery('', 2024));
		// 丁 +250, 甲 +200, 乙 −50, 丙 −50; 辛 (no change), 戊 (new) and 己 (gone) are not movers
		expect(rows.map((r) => [r.town, r.prev_value, r.value, r.change, r.direction])).toEqual([
			['丁镇', 50, 300, 250, 'up'],
			['甲镇', 100, 300, 200, 'up'],
			['乙镇', 200, 150, -50, 'down'],
			['丙镇', 200, 150, -50, 'down']
		]);
		expect(rows.map((r) => r.change_pct)).toEqual([500, 200, -25, -25]);
		expect(rows[1]).toMatchObject({ qualifier: 'approx', prev_qualifier: 'exact', report_id: 'a24', prev_report_id: 'a23' });
	});

	it('keeps `limit` each way; equal changes are split by town key', async () => {
		const rows = await runQuery(db.run, moversQuery('', 2024, 'active.total', 1));
		expect(rows.map((r) => r.town)).toEqual(['丁镇', '乙镇']);
	});

	it('narrows to a region, and gives nothing for a first year', async () => {
		expect((await runQuery(db.run, moversQuery(YI, 2024))).map((r) => r.town)).toEqual(['丁镇']);
		expect(await runQuery(db.run, moversQuery('', 2023))).toEqual([]);
	});
});

describe('coverage queries', () => {
	it('counts, for every report year, the towns that filed and those whose report has warnings', async () => {
		expect(await runQuery(db.run, coverageQuery(''))).toEqual([
			{ year: 2023, known: 8, filed: 6, warned: 1 },
			{ year: 2024, known: 8, filed: 7, warned: 1 }
		]);
		expect(await runQuery(db.run, coverageQuery(YI))).toEqual([
			{ year: 2023, known: 4, filed: 3, warned: 1 },
			{ year: 2024, known: 4, filed: 3, warned: 0 }
		]);
	});
});
