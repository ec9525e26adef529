// DuckDB in Node with a dataset loaded by the browser's own load SQL (src/lib/db/load-sql.ts): the
// build-time prerender and the query tests run the real SQL on the same tables as the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createTableSql, derivedTablesSql, mergedTablesSql, schemaOf } from '../db/load-sql';
import { CSV_FILE, DATASET_TABLES, headerColumns, type TableName } from '../db/schema';
import type { Param, Runner } from '../db/types';

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

export interface NodeDb {
	/** a runner whose unqualified names resolve in the dataset's schema, then main */
	run: Runner;
	conn: DuckDBConnection;
	close(): void;
}

function runnerOf(conn: DuckDBConnection): Runner {
	return async (sql: string, params: Param[]) => {
		const stmt = await conn.prepare(sql);
		if (params.length > 0) stmt.bind(params as DuckDBValue[]);
		const reader = await stmt.runAndReadAll();
		return reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
	};
}

async function loadTable(conn: DuckDBConnection, target: string, table: TableName, path: string): Promise<void> {
	const header = headerColumns(readFileSync(path, 'utf8').split('\n')[0]);
	await conn.run(createTableSql(target, table, path, header, CSV_FILE[table]));
}

async function loadDir(conn: DuckDBConnection, dir: string, schema: string): Promise<void> {
	await conn.run(`CREATE SCHEMA ${schema}`);
	for (const t of DATASET_TABLES) await loadTable(conn, `${schema}.${t}`, t, join(dir, CSV_FILE[t]));
	for (const sql of derivedTablesSql(schema)) await conn.run(sql);
}

/**
 * Loads `dir`/{reports,values,warnings}.csv as dataset `ds`, and the catalog at `catalog`. With
 * `local` (a second folder), `ds` is the merge of the two (`seeds,local`), as the browser merges a
 * shipped dataset with its imports.
 */
export async function openDataset(dir: string, catalog: string, ds = 'test', local?: string): Promise<NodeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const schema = schemaOf(ds);
	await loadTable(conn, 'main.indicators', 'indicators', catalog);
	if (local === undefined) await loadDir(conn, dir, schema);
	else {
		const [shipped, own] = [schemaOf(`${ds}_shipped`), schemaOf(`${ds}_own`)];
		await loadDir(conn, dir, shipped);
		await loadDir(conn, local, own);
		await conn.run(`CREATE SCHEMA ${schema}`);
		for (const sql of [...mergedTablesSql(schema, shipped, own), ...derivedTablesSql(schema)]) await conn.run(sql);
	}
	await conn.run(`SET search_path = '${schema},main'`);
	return {
		run: runnerOf(conn),
		conn,
		close: () => {
			conn.closeSync();
			instance.closeSync();
		}
	};
}
