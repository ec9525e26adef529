// DuckDB in Node with a dataset loaded by the browser's own load SQL (src/lib/db/load-sql.ts): the
// build-time prerender and the query tests run the real SQL on the same tables as the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createTableSql, derivedTablesSql, mergedTablesSql, schemaOf } from '../db/load-sql';
import { CSV_FILE, DATASET_TABLES, headerColumns, type TableName } from '../db/schema';
import { attachSql, BROWSER_FILES, detailAlias, detachSql, firstViewSql, provinceAlias, provincePath, townValuesAlias, unionPath, unionViewsSql } from '../db/scale-sql';
import type { BrowserIndex } from '../db/scale-sql';
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

export interface NodeScaleDb extends NodeDb {
	/** Attaches province `key`'s files as the browser does; a runner whose names resolve there first. */
	province(key: string): Promise<Runner>;
	/** Several provinces' files, united by the browser's views (towns chosen across provinces). */
	provinces(keys: string[]): Promise<Runner>;
}

/**
 * The `scale` dataset's browser files in `dir`/browser (server/scale-files.ts) opened by the
 * browser's own SQL (db/scale-sql.ts): `run` sees the first view's tables and the attached town
 * values, `province(key)` a province's facts.
 */
export async function openScale(dir: string, catalog: string, ds = 'scale'): Promise<NodeScaleDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const schema = schemaOf(ds);
	await loadTable(conn, 'main.indicators', 'indicators', catalog);
	await conn.run(attachSql('scale_first', join(dir, BROWSER_FILES.first)));
	for (const sql of firstViewSql(schema, 'scale_first')) await conn.run(sql);
	await conn.run(detachSql('scale_first'));
	const index = JSON.parse(readFileSync(join(dir, BROWSER_FILES.index), 'utf8')) as BrowserIndex;
	for (const [id, years] of Object.entries(index.town_values)) {
		for (const y of Object.keys(years)) await conn.run(attachSql(townValuesAlias(id, Number(y)), join(dir, BROWSER_FILES.townValues(id, Number(y)))));
	}
	const attachProvince = async (key: string) => {
		await conn.run(attachSql(provinceAlias(schema, key), join(dir, BROWSER_FILES.province(key))));
		await conn.run(attachSql(detailAlias(schema, key), join(dir, BROWSER_FILES.detail(key))));
	};
	const connections: DuckDBConnection[] = [];
	const on = async (path: string) => {
		const c = await instance.connect();
		connections.push(c);
		await c.run(`SET search_path = '${path},main'`);
		return runnerOf(c);
	};
	return {
		run: await on(schema),
		conn,
		async province(key) {
			await attachProvince(key);
			return on(provincePath(schema, key, true));
		},
		async provinces(keys) {
			for (const key of keys) await attachProvince(key);
			for (const sql of unionViewsSql(schema, keys, true)) await conn.run(sql);
			return on(unionPath(schema, keys, true));
		},
		close: () => {
			for (const c of connections) c.closeSync();
			conn.closeSync();
			instance.closeSync();
		}
	};
}
