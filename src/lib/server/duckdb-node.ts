// DuckDB in Node with a dataset loaded by the browser's own load SQL (src/lib/db/load-sql.ts): the
// build-time prerender and the query tests run the real SQL on the same tables as the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createTableSql, derivedTablesSql, mergedTablesSql, schemaOf } from '../db/load-sql';
import { CSV_FILE, DATASET_TABLES, headerColumns, type TableName } from '../db/schema';
import { provinceSchema, scaleBaseSql, scaleProvinceSql } from '../db/scale-sql';
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
	/** Loads province `key`'s facts as the browser does; a runner on its schema. */
	province(key: string): Promise<Runner>;
}

/**
 * The `scale` dataset at `dir` (docs/scale-layout.md, manifest.json) loaded by the browser's own
 * SQL (db/scale-sql.ts): `run` sees the first view's tables, `province(key)` a province's facts.
 */
export async function openScale(dir: string, catalog: string, ds = 'scale'): Promise<NodeScaleDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const schema = schemaOf(ds);
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	const file = (ref: { path: string } | null) => (ref ? join(dir, ref.path) : null);
	await loadTable(conn, 'main.indicators', 'indicators', catalog);
	const towns = file(manifest.files.towns)!;
	const summaries = [file(manifest.files.summary.country)!, file(manifest.files.summary.province)!];
	for (const sql of scaleBaseSql(schema, { towns, summaries })) await conn.run(sql);
	const connections: DuckDBConnection[] = [];
	const on = async (s: string) => {
		const c = await instance.connect();
		connections.push(c);
		await c.run(`SET search_path = '${s},main'`);
		return runnerOf(c);
	};
	return {
		run: await on(schema),
		conn,
		async province(key) {
			const p = manifest.provinces.find((x: { key: string }) => x.key === key);
			const target = provinceSchema(schema, key);
			const f = { reports: file(p.files.reports)!, values: file(p.files.values)!, warnings: file(p.files.warnings) };
			for (const sql of scaleProvinceSql(target, schema, p.name, f)) await conn.run(sql);
			return on(target);
		},
		close: () => {
			for (const c of connections) c.closeSync();
			conn.closeSync();
			instance.closeSync();
		}
	};
}
