// The ranking SQL on real DuckDB (Node), over small hand-written CSVs loaded by the browser's load SQL.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTableSql, SchemaError } from '../../../src/lib/db/load-sql';
import { headerColumns } from '../../../src/lib/db/schema';
import { statedQuery, summaryQuery } from '../../../src/lib/db/queries/lists';
import { rankingQuery, type RankingRow } from '../../../src/lib/db/queries/ranking';
import { runQuery } from '../../../src/lib/db/queries/run';
import type { Runner } from '../../../src/lib/db/types';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const FIXTURES = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));
let db: NodeDb;
let nodeRunner: Runner;

beforeAll(async () => {
	db = await openDataset(FIXTURES, FIXTURES + 'indicators.csv');
	nodeRunner = db.run;
});
afterAll(() => db.close());

const ranking = (indicator: string, year?: number, region?: string) => runQuery(nodeRunner, rankingQuery({ indicator, year, region }));
const byTown = (rows: RankingRow[]) => new Map(rows.map((r) => [r.town, r]));

describe('rankingQuery', () => {
	it('ranks each town by its latest stated value, highest first', async () => {
		const rows = await ranking('active.total');
		const reported = rows.filter((r) => r.value !== null);
		expect(reported.map((r) => r.value)).toEqual([1200, 500, 300, 300]);
		expect(reported[0]).toMatchObject({ town: '丁镇', rank: 1, qualifier: 'at_least', year: 2018 });
		expect(byTown(rows).get('甲镇')).toMatchObject({ value: 300, year: 2018, qualifier: 'approx', report_id: 'r_a18' });
	});

	it('gives tied values the same rank and skips the next one', async () => {
		const rows = byTown(await ranking('active.total'));
		expect([rows.get('乙镇')?.rank, rows.get('甲镇')?.rank, rows.get('丙乡')?.rank]).toEqual([2, 3, 3]);
	});

	it('lists a town without the indicator last, with null value and rank, never zero', async () => {
		const rows = await ranking('active.total');
		const last = rows[rows.length - 1];
		expect(last).toMatchObject({ town: '戊镇', value: null, rank: null, qualifier: null, year: 2018 });
		expect(rows.filter((r) => r.value === 0)).toEqual([]);
	});

	it('leaves out reports that have no town (unrecognised files)', async () => {
		const rows = await ranking('active.total');
		expect(rows.map((r) => r.town).sort()).toEqual(['丁镇', '丙乡', '乙镇', '戊镇', '甲镇'].sort());
	});

	it('keeps a stated zero as a value with rank', async () => {
		const rows = byTown(await ranking('apply.received'));
		expect(rows.get('丁镇')).toMatchObject({ value: 0, qualifier: 'zero_stated', rank: 2 });
		expect(rows.get('戊镇')).toMatchObject({ value: 2, rank: 1 });
		expect(rows.get('乙镇')).toMatchObject({ value: null, rank: null });
	});

	it('restricts to one year when asked, ranking only that year\'s reports', async () => {
		const rows = await ranking('active.total', 2017);
		expect(rows).toEqual([
			expect.objectContaining({ town: '乙镇', year: 2017, value: 1000, rank: 1, prev_rank: null }),
			expect.objectContaining({ town: '甲镇', year: 2017, value: 900, rank: 2, qualifier: 'exact' })
		]);
	});

	it('gives each town its rank in the year before, for one-year rankings only', async () => {
		const rows = byTown(await ranking('active.total', 2018));
		expect([...rows.values()].map((r) => [r.town, r.rank, r.prev_rank])).toEqual([
			['丁镇', 1, null], ['乙镇', 2, 1], ['丙乡', 3, null], ['甲镇', 3, 2], ['戊镇', null, null]
		]);
		expect((await ranking('active.total')).every((r) => r.prev_rank === null)).toBe(true);
	});

	it('binds the indicator as a value: an injection attempt matches nothing and changes nothing', async () => {
		for (const evil of ["active.total' OR '1'='1", "x'; DROP TABLE vals; --", 'active.total" --']) {
			const q = rankingQuery({ indicator: evil });
			expect(q.sql).not.toContain(evil);
			const rows = await runQuery(nodeRunner, q);
			expect(rows.every((r) => r.value === null && r.rank === null)).toBe(true);
		}
		const [{ n }] = await nodeRunner('SELECT CAST(count(*) AS INTEGER) AS n FROM vals', []);
		expect(n).toBe(8);
	});
});

describe('rankingQuery: rank change since the year before (tests/fixtures/db-overview)', () => {
	// 2023: 乙200 丙200 甲100 己80 丁50 辛10 → ranks 1 1 3 4 5 6
	// 2024: 甲≈300 丁300 乙150 丙150 戊120 辛10 → ranks 1 1 3 3 5 6; 庚镇 files without a value, 己镇 not at all
	let other: NodeDb;
	beforeAll(async () => {
		other = await openDataset(fileURLToPath(new URL('../../fixtures/db-overview/', import.meta.url)), FIXTURES + 'indicators.csv');
	});
	afterAll(() => other.close());
	const rank = (year?: number, region?: string) => runQuery(other.run, rankingQuery({ indicator: 'active.total', year, region }));

	it('shares ranks between ties (1, 1, 3, 3, 5) and gives each town its rank change, SQL-computed', async () => {
		const rows = await rank(2024);
		expect(rows.map((r) => [r.town, r.rank, r.prev_rank, r.rank_change, r.is_new])).toEqual([
			['丁镇', 1, 5, 4, false],
			['甲镇', 1, 3, 2, false],
			['丙镇', 3, 1, -2, false],
			['乙镇', 3, 1, -2, false],
			['戊镇', 5, null, null, true],
			['辛镇', 6, 6, 0, false],
			['庚镇', null, null, null, false]
		]);
	});

	it("carries last year's value and qualifier for the tooltip and table", async () => {
		const rows = new Map((await rank(2024)).map((r) => [r.town, r]));
		expect(rows.get('甲镇')).toMatchObject({ value: 300, qualifier: 'approx', prev_value: 100, prev_qualifier: 'exact' });
		expect(rows.get('戊镇')).toMatchObject({ prev_value: null, prev_qualifier: null });
		expect(rows.has('己镇')).toBe(false); // no report in 2024: counted by filingQuery, not listed
	});

	it('ranks within the region, both years', async () => {
		const rows = await rank(2024, '990101');
		// 2024: 甲≈300 乙150 丙150; 2023: 乙200 丙200 甲100
		expect(rows.map((r) => [r.town, r.rank, r.rank_change])).toEqual([
			['甲镇', 1, 2], ['丙镇', 2, -1], ['乙镇', 2, -1], ['庚镇', null, null]
		]);
	});

	it('has no rank change in a latest-year ranking, and no town is new there', async () => {
		const rows = await rank();
		expect(rows.every((r) => r.rank_change === null && r.prev_rank === null && !r.is_new)).toBe(true);
		expect(rows.find((r) => r.town === '己镇')).toMatchObject({ year: 2023, value: 80, rank: 6 }); // 300 300 150 150 120 80
	});
});

describe('catalog and summary queries', () => {
	it('lists the indicators the dataset states, in catalog order', async () => {
		expect((await runQuery(nodeRunner, statedQuery())).map((r) => r.id)).toEqual(['active.total', 'apply.received']);
	});

	it('summarises reports, distinct towns, values and years', async () => {
		const [s] = await runQuery(nodeRunner, summaryQuery());
		expect(s).toEqual({ reports: 8, towns: 5, values: 8, min_year: 2017, max_year: 2018 });
	});
});

describe('CSV loading', () => {
	it('keeps quoted commas and quotes in text fields', async () => {
		const [r] = await nodeRunner(`SELECT title FROM reports WHERE report_id = ?`, ['r_e18']);
		expect(r.title).toBe('戊镇2018年报, "草稿"');
	});

	it('rejects a CSV missing a required column, naming it in both languages', () => {
		const make = (header: string[]) => () => createTableSql('t', 'vals', 'x.csv', header, 'values.csv');
		expect(make(['report_id', 'indicator', 'qualifier'])).toThrowError(SchemaError);
		expect(make(['report_id', 'indicator'])).toThrow(/values.csv 缺少列：value.*missing columns: value/);
	});

	it('loads a reports.csv without the optional town_id as NULL, and the town key falls back to the name path', () => {
		const header = headerColumns('\uFEFFreport_id,source,title,body,level,town,county,city,province,year,format,published,status,n_values,sha256');
		expect(createTableSql('t', 'reports', 'r.csv', header, 'reports.csv')).toContain('CAST(NULL AS VARCHAR) AS "town_id"');
	});

	it('filters by region key: a name path for towns without a gazetteer code', async () => {
		expect((await ranking('active.total', undefined, '一省/一县')).filter((r) => r.value !== null)).toHaveLength(4);
		expect(await ranking('active.total', undefined, '二省')).toEqual([]);
	});
});
