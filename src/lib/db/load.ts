// Loads a dataset's CSVs from our own origin into typed tables of its own schema. The files are
// fetched in parallel while the wasm compiles, registered at once, and each table is created by one
// typed statement (load-sql.ts). Datasets stay loaded: switching back costs nothing.
import { base } from '$app/paths';
import { connection, database } from './duckdb';
import { datasetById, LOCAL_DATASETS, type DatasetId, type ShippedId } from './datasets';
import { createTableSql, derivedTablesSql, mergedTablesSql, schemaOf, SchemaError } from './load-sql';
import { CSV_FILE, DATASET_TABLES, headerOf, type TableName } from './schema';

/** A dataset whose files are absent or do not match the contract: shown as a bilingual error state. */
export class DatasetError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string,
		/** a state the user resolves by choosing (e.g. a province of the national dataset), not a failure */
		readonly choice = false
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

/** One table from one CSV file, or from several of one header (a local dataset's imports). */
export async function createTable(target: string, table: TableName, url: string, ref: string | string[], bytes: Uint8Array | Uint8Array[]): Promise<void> {
	const db = await database();
	const refs = typeof ref === 'string' ? [ref] : ref;
	const files = bytes instanceof Uint8Array ? [bytes] : bytes;
	const header = headerOf(files[0]); // before registering: the buffer is transferred to the worker
	for (const [i, r] of refs.entries()) await db.registerFileBuffer(r, files[i]);
	try {
		await (await connection()).query(createTableSql(target, table, ref, header, CSV_FILE[table]));
	} catch (e) {
		if (e instanceof SchemaError) throw new DatasetError(e.zh, e.en);
		const why = e instanceof Error ? e.message : String(e);
		throw new DatasetError(`数据文件 ${url} 格式不符：${why}`, `Data file ${url} does not match the contract: ${why}`);
	} finally {
		for (const r of refs) await db.dropFile(r);
	}
}

let catalog: Promise<void> | undefined;

/** The indicator catalog is one file for every dataset, in the main schema. */
export function loadCatalog(): Promise<void> {
	return (catalog ??= (async () => {
		const url = `${base}/data/${CSV_FILE.indicators}`;
		await createTable('main.indicators', 'indicators', url, 'indicators.csv', await fetchBytes(url));
	})().catch((e) => {
		catalog = undefined;
		throw e;
	}));
}

async function loadShipped(ds: ShippedId): Promise<void> {
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
	performance.mark('townlens:dataset-ready'); // the site benchmark splits a first visit at this mark
}

/** A shipped dataset as it is; `scale` in parts; `local` from this browser's storage; a merged one from both, in SQL. */
async function load(ds: DatasetId): Promise<void> {
	const d = datasetById(ds);
	if (d.scale) return (await import('./load-scale')).loadScale(schemaOf(ds));
	if (!d.local) return loadShipped(d.shipped!);
	if (!d.shipped) {
		const { loadLocal } = await import('./load-local');
		await Promise.all([loadLocal(schemaOf(ds)), loadCatalog()]);
		return;
	}
	await Promise.all([loadDataset(d.shipped), loadDataset('local')]);
	const conn = await connection();
	await conn.query(`CREATE SCHEMA IF NOT EXISTS ${schemaOf(ds)}`);
	for (const sql of mergedTablesSql(schemaOf(ds), schemaOf(d.shipped), schemaOf('local'))) await conn.query(sql);
	for (const sql of derivedTablesSql(schemaOf(ds))) await conn.query(sql);
}

const loads = new Map<DatasetId, Promise<void>>();

/** After an import or a deletion: the datasets holding the imports load again when next asked for. */
export function forgetLocalLoads(): void {
	for (const ds of LOCAL_DATASETS) loads.delete(ds);
}

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
