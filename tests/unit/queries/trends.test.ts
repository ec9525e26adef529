// The trend SQL on real DuckDB (Node): year grid with gaps, index and YoY computed by hand below.
// Fixture: two 松山镇 in different counties (990101001 in 甲县, 990102001 in 乙县), 孤镇 with one
// report (2019), 零乡 whose first value is a stated zero; 松山镇/甲县 files 2017 without the value.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQuery } from '../../../src/lib/db/queries/run';
import { trendQuery, type TrendParams } from '../../../src/lib/db/queries/trends';
import type { TrendRow } from '../../../src/lib/db/types';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const DIR = fileURLToPath(new URL('../../fixtures/db-trends/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../fixtures/db/indicators.csv', import.meta.url));
let db: NodeDb;
beforeAll(async () => {
	db = await openDataset(DIR, CATALOG);
});
afterAll(() => db.close());

const trend = (p: Partial<TrendParams>) => runQuery(db.run, trendQuery({ indicator: 'active.total', towns: [], ...p }));
const col = (rows: TrendRow[], key: string, field: keyof TrendRow) => rows.filter((r) => r.town_key === key).map((r) => r[field]);

const S1 = '990101001';
const S2 = '990102001';
const LONE = '990102002';
const ZERO = '990101002';

describe('trendQuery', () => {
	it('defaults to the towns with the highest latest value, over every report year', async () => {
		const rows = await trend({});
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([S1, S2, LONE, ZERO]);
		expect([...new Set(rows.map((r) => r.year))]).toEqual([2016, 2017, 2018, 2019]);
		expect(rows.map((r) => r.ord)).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4]);
	});

	it('keeps missing years as gaps (null), never zero, and a stated zero as 0', async () => {
		const rows = await trend({});
		expect(col(rows, S1, 'value')).toEqual([100, null, 150, 300]);
		expect(col(rows, LONE, 'value')).toEqual([null, null, null, 40]);
		expect(col(rows, ZERO, 'value')).toEqual([null, null, 0, 10]);
		expect(col(rows, S1, 'qualifier')).toEqual(['exact', null, 'approx', 'exact']);
	});

	it('indexes each town on its first value in the range (= 100)', async () => {
		const rows = await trend({});
		expect(col(rows, S1, 'index_value')).toEqual([100, null, 150, 300]);
		expect(col(rows, S2, 'index_value')).toEqual([null, 100, 150, 120]);
		expect(col(rows, S2, 'base_year')).toEqual([2017, 2017, 2017, 2017]);
		expect(col(rows, LONE, 'index_value')).toEqual([null, null, null, 100]);
		// a zero base cannot be indexed: no number rather than infinity
		expect(col(rows, ZERO, 'index_value')).toEqual([null, null, null, null]);
	});

	it('computes year-on-year change only between consecutive stated years with a positive base', async () => {
		const rows = await trend({});
		expect(col(rows, S1, 'yoy')).toEqual([null, null, null, 100]); // 2018 follows a gap
		expect(col(rows, S2, 'yoy')).toEqual([null, null, 50, -20]);
		expect(col(rows, ZERO, 'yoy')).toEqual([null, null, null, null]); // 0 → 10 has no percentage
	});

	it('re-bases the index when the range starts later', async () => {
		const rows = await trend({ towns: [S2, S1], from: 2018, to: 2019 });
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([S2, S1]);
		expect(col(rows, S2, 'index_value')).toEqual([100, 80]);
		expect(col(rows, S1, 'index_value')).toEqual([100, 200]);
	});

	it('tells the two 松山镇 apart by key and marks their shared name', async () => {
		const rows = await trend({ towns: [S1, S2], from: 2019, to: 2019 });
		expect(rows.map((r) => [r.town, r.county, r.name_shared])).toEqual([
			['松山镇', '甲县', true],
			['松山镇', '乙县', true]
		]);
		const lone = await trend({ towns: [LONE], from: 2019, to: 2019 });
		expect(lone[0].name_shared).toBe(false);
	});

	it('limits the default selection to a region (county code prefix)', async () => {
		const rows = await trend({ region: '990102' });
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([S2, LONE]);
	});

	it('drops unknown or hostile town keys, which stay bound values', async () => {
		const evil = "990101001') OR 1=1 --";
		const q = trendQuery({ indicator: 'active.total', towns: ['999999999', evil, LONE] });
		expect(q.sql).not.toContain(evil);
		expect([...new Set((await runQuery(db.run, q)).map((r) => r.town_key))]).toEqual([LONE]);
	});

	it('falls back to the default selection when the dataset holds none of the chosen towns', async () => {
		const rows = await trend({ towns: ['999999999'], region: '990102' });
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([S2, LONE]);
	});

	it('returns a year grid even for a year range outside the data', async () => {
		const rows = await trend({ towns: [S1], from: 2010, to: 2011 });
		expect(rows.map((r) => [r.year, r.value])).toEqual([[2010, null], [2011, null]]);
	});
});
