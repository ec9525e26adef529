// Loads a dataset's CSVs from our own origin into typed tables of its own schema. The files are
// fetched in parallel while the wasm compiles, registered at once, and each table is created by one
// typed statement (load-sql.ts). Datasets stay loaded: switching back costs nothing.
import { base } from '$app/paths';
import { connection, database } from './duckdb';
import type { DatasetId } from './datasets';
import { createTableSql, derivedTablesSql, schemaOf, SchemaError } from './load-sql';
import { CSV_FILE, DATASET_TABLES, headerOf, type TableName } from './schema';

/** A dataset whose files are absent or do not match the contract: shown as a bilingual error state. */
export class DatasetError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh} / ${en}`);
	}
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	let res: Response;
	try {
		res = await fetch(url);
	} catch {
		throw new DatasetError(`无法读取 ${url}`, `Could not fetch ${url}`);
	}
	if (!res.ok) throw new DatasetError(`找不到数据文件 ${url}（${res.status}）`, `Data file ${url} not found (${res.status})`);
	return new Uint8Array(await res.arrayBuffer());
}

async function createTable(target: string, table: TableName, url: string, ref: string, bytes: Uint8Array): Promise<void> {
	const db = await database();
	const header = headerOf(bytes); // before registering: the buffer is transferred to the worker
	await db.registerFileBuffer(ref, bytes);
	try {
		await (await connection()).query(createTableSql(target, table, ref, header, CSV_FILE[table]));
	} catch (e) {
		if (e instanceof SchemaError) throw new DatasetError(e.zh, e.en);
		const why = e instanceof Error ? e.message : String(e);
		throw new DatasetError(`数据文件 ${url} 格式不符：${why}`, `Data file ${url} does not match the contract: ${why}`);
	} finally {
		await db.dropFile(ref);
	}
}

let catalog: Promise<void> | undefined;

/** The indicator catalog is one file for every dataset, in the main schema. */
function loadCatalog(): Promise<void> {
	return (catalog ??= (async () => {
		const url = `${base}/data/${CSV_FILE.indicators}`;
		await createTable('main.indicators', 'indicators', url, 'indicators.csv', await fetchBytes(url));
	})().catch((e) => {
		catalog = undefined;
		throw e;
	}));
}

async function load(ds: DatasetId): Promise<void> {
	const schema = schemaOf(ds);
	const urls = DATASET_TABLES.map((t) => `${base}/data/${ds}/${CSV_FILE[t]}`);
	// Start every download before waiting for the wasm: they overlap with its compile.
	const files = Promise.all(urls.map(fetchBytes));
	const catalogDone = loadCatalog();
	const [bytes] = await Promise.all([files, database()]);
	const conn = await connection();
	await conn.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
	for (const [i, t] of DATASET_TABLES.entries()) {
		await createTable(`${schema}.${t}`, t, urls[i], `${ds}__${CSV_FILE[t]}`, bytes[i]);
	}
	for (const sql of derivedTablesSql(schema)) await conn.query(sql);
	await catalogDone;
}

const loads = new Map<DatasetId, Promise<void>>();

/** Loads `ds` once; every query of that dataset awaits this, so none sees a half-loaded dataset. */
export function loadDataset(ds: DatasetId): Promise<void> {
	let p = loads.get(ds);
	if (!p) {
		p = load(ds);
		p.catch(() => loads.delete(ds)); // a later call may retry
		loads.set(ds, p);
	}
	return p;
}
