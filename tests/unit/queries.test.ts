// The real SQL of src/lib/db/queries.ts on real DuckDB (Node), over small hand-written CSVs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsQuery, rankingQuery, runQuery, statedIndicatorsQuery, summaryQuery } from '../../src/lib/db/queries';
import { CSV_FILE, createTableSql, headerColumns, insertCsvSql, SchemaError, type TableName } from '../../src/lib/db/schema';
import type { Param, RankingRow, Runner } from '../../src/lib/db/types';

const FIXTURES = fileURLToPath(new URL('../fixtures/db/', import.meta.url));
let conn: DuckDBConnection;

function plain(v: unknown): unknown {
	return typeof v === 'bigint' ? Number(v) : v;
}

const nodeRunner: Runner = async (sql: string, params: Param[]) => {
	const stmt = await conn.prepare(sql);
	if (params.length > 0) stmt.bind(params as DuckDBValue[]);
	const reader = await stmt.runAndReadAll();
	return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
};

async function loadFixture(table: TableName, dir = FIXTURES): Promise<void> {
	const path = dir + CSV_FILE[table];
	const header = headerColumns(readFileSync(path, 'utf8').split('\n')[0]);
	await conn.run(createTableSql(table));
	await conn.run(insertCsvSql(table, path, header));
}

beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
	for (const t of ['indicators', 'reports', 'vals', 'warnings'] as const) await loadFixture(t);
});

const ranking = (indicator: string, year?: number) => runQuery(nodeRunner, rankingQuery({ indicator, year }));
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

describe('catalog and summary queries', () => {
	it('lists the catalog in file order, and only stated indicators for the selector', async () => {
		expect((await runQuery(nodeRunner, indicatorsQuery())).map((r) => r.id)).toEqual([
			'active.total', 'apply.received', 'channel.website'
		]);
		expect((await runQuery(nodeRunner, statedIndicatorsQuery())).map((r) => r.id).sort()).toEqual([
			'active.total', 'apply.received'
		]);
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
		expect(() => insertCsvSql('vals', 'x.csv', ['report_id', 'indicator', 'qualifier'])).toThrowError(SchemaError);
		expect(() => insertCsvSql('vals', 'x.csv', ['report_id', 'indicator'])).toThrow(/缺少列 .*value/);
	});

	it('loads a reports.csv without the optional town_id', () => {
		const header = headerColumns('\uFEFFreport_id,source,title,body,level,town,county,city,province,year,format,published,status,n_values,sha256');
		expect(insertCsvSql('reports', 'r.csv', header)).not.toContain('town_id');
	});
});
