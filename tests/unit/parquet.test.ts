// The browser's Parquet writer (charts/columns → charts/parquet, hyparquet-writer) read back by
// DuckDB in Node: same rows and types, and for the three tables the same Parquet schema as the
// CLI's `--format parquet` (scripts/lib/parquet.ts, DuckDB's own COPY). The Arrow tables are built
// as DuckDB-WASM returns them (VARCHAR → Utf8, INTEGER → Int32, DOUBLE and BIGINT → Float64).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Bool, DateDay, Float64, Int32, Int64, List, Field, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsOf } from '../../src/lib/charts/columns';
import { toParquet } from '../../src/lib/charts/parquet';
import { openDataset, type NodeDb } from '../../src/lib/server/duckdb-node';

let dir: string;
let db: NodeDb;
let duck: DuckDBInstance;
let conn: DuckDBConnection;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-parquet-'));
	const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', 'data/reports/seeds', '--out', join(dir, 'cli'), '--format', 'parquet'], {
		encoding: 'utf8',
		timeout: 120_000
	});
	expect(cli.status, cli.stderr).toBe(0);
	db = await openDataset(join(dir, 'cli'), 'data/indicators.csv');
	duck = await DuckDBInstance.create(':memory:');
	conn = await duck.connect();
});
afterAll(() => {
	db?.close();
	conn?.closeSync();
	duck?.closeSync();
	rmSync(dir, { recursive: true, force: true });
});

const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS();

/** A table of the loaded dataset as DuckDB-WASM would hand it to the page: an Arrow table. */
async function arrowOf(table: string): Promise<Table> {
	const result = await db.conn.runAndReadAll(`SELECT * FROM ${table}`);
	const names = result.columnNames();
	const types = result.columnTypes().map((t) => t.toString());
	const cols = result.getColumnsJS();
	const vectors: Record<string, Vector> = {};
	names.forEach((name, i) => {
		const arrowType: DataType = types[i] === 'INTEGER' ? new Int32() : types[i] === 'VARCHAR' ? new Utf8() : new Float64();
		vectors[name] = vectorFromArray(cols[i].map((v) => (typeof v === 'bigint' ? Number(v) : v)), arrowType);
	});
	return new Table(vectors);
}

async function writeOurs(name: string, table: Table): Promise<string> {
	const path = join(dir, `${name}.parquet`);
	writeFileSync(path, await toParquet(columnsOf(table)));
	return path;
}

const schemaOf = (path: string) =>
	rows(`SELECT name, type, converted_type, repetition_type FROM parquet_schema('${path}') WHERE name NOT IN ('root', 'duckdb_schema')`);

describe('browser Parquet = CLI Parquet', () => {
	it.each([
		['reports', 'reports'],
		['vals', 'values'],
		['warnings', 'warnings']
	])('%s: same schema, same rows, same column types', async (table, file) => {
		const ours = await writeOurs(file, await arrowOf(table));
		const cli = join(dir, 'cli', `${file}.parquet`);
		const schema = await schemaOf(cli);
		expect(schema.length).toBeGreaterThanOrEqual(4);
		expect(await schemaOf(ours)).toEqual(schema);
		expect(await rows(`DESCRIBE SELECT * FROM '${ours}'`)).toEqual(await rows(`DESCRIBE SELECT * FROM '${cli}'`));
		const [{ n }] = await rows(`SELECT count(*)::INT AS n FROM '${cli}'`);
		expect(n).toBeGreaterThan(0);
		expect(await rows(`SELECT count(*)::INT AS n FROM '${ours}'`)).toEqual([{ n }]);
		expect(await rows(`SELECT count(*)::INT AS n FROM (FROM '${ours}' EXCEPT ALL FROM '${cli}')`)).toEqual([{ n: 0 }]);
		expect(await rows(`SELECT count(*)::INT AS n FROM (FROM '${cli}' EXCEPT ALL FROM '${ours}')`)).toEqual([{ n: 0 }]);
	});
});

describe('toParquet', () => {
	it('keeps 64-bit integers, dates, booleans, nulls, Chinese text and nested values (as JSON text)', async () => {
		const table = new Table({
			big: vectorFromArray([9007199254740993n, null, -1n], new Int64()),
			day: vectorFromArray([new Date('2020-02-29'), null, new Date('1999-12-31')], new DateDay()),
			yes: vectorFromArray([true, false, null], new Bool()),
			name: vectorFromArray(['双溪乡', null, "'=1+1"], new Utf8()),
			none: vectorFromArray([null, null, null], new Utf8()),
			list: vectorFromArray([[1, 2], null, []], new List(new Field('item', new Int32(), true)))
		});
		const path = await writeOurs('types', table);
		expect(await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`)).toEqual([
			{ column_name: 'big', column_type: 'BIGINT' },
			{ column_name: 'day', column_type: 'DATE' },
			{ column_name: 'yes', column_type: 'BOOLEAN' },
			{ column_name: 'name', column_type: 'VARCHAR' },
			{ column_name: 'none', column_type: 'VARCHAR' },
			{ column_name: 'list', column_type: 'VARCHAR' }
		]);
		const back = await rows(`SELECT big::VARCHAR AS big, day::VARCHAR AS day, yes, name, none, list FROM '${path}'`);
		expect(back).toEqual([
			{ big: '9007199254740993', day: '2020-02-29', yes: true, name: '双溪乡', none: null, list: '[1,2]' },
			{ big: null, day: null, yes: false, name: null, none: null, list: null },
			{ big: '-1', day: '1999-12-31', yes: null, name: "'=1+1", none: null, list: '[]' }
		]);
	});

	it('writes an empty result with its columns', async () => {
		const table = new Table({ a: vectorFromArray([], new Utf8()), b: vectorFromArray([], new Float64()) });
		const path = await writeOurs('empty', table);
		expect(await rows(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`)).toEqual([
			{ column_name: 'a', column_type: 'VARCHAR' },
			{ column_name: 'b', column_type: 'DOUBLE' }
		]);
		expect(await rows(`SELECT count(*)::INT AS n FROM '${path}'`)).toEqual([{ n: 0 }]);
	});
});

describe('columnsCsv', () => {
	it('writes every cell as text a spreadsheet reads as data: formulas neutralised by toCsv, dates as ISO', async () => {
		const { columnsCsv } = await import('../../src/lib/charts/columns');
		const { toCsv } = await import('../../src/lib/charts/export');
		const table = new Table({
			name: vectorFromArray(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '正常'], new Utf8()),
			day: vectorFromArray([new Date('2020-02-29'), null, null, null, null], new DateDay())
		});
		const csv = toCsv(columnsCsv(columnsOf(table)));
		expect(csv.split('\r\n')).toEqual(['\uFEFFname,day', `"'=HYPERLINK(""x"")",2020-02-29`, '+1,', '-2,', "'@SUM(A1),", '正常,', '']);
	});
});
