// Fetches a dataset's CSVs from our own origin and loads them into typed DuckDB tables.
import { database } from './duckdb';
import type { DatasetId } from './datasets';
import { CSV_FILE, createTableSql, headerColumns, insertCsvSql, type TableName } from './schema';

/** A dataset whose files are absent or unreadable: shown as a bilingual error state. */
export class DatasetError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string
	) {
		super(`${zh} / ${en}`);
	}
}

const DATASET_TABLES: TableName[] = ['reports', 'vals', 'warnings'];

async function fetchText(url: string): Promise<string> {
	let res: Response;
	try {
		res = await fetch(url);
	} catch {
		throw new DatasetError(`无法读取 ${url}`, `Could not fetch ${url}`);
	}
	if (!res.ok) throw new DatasetError(`找不到数据文件 ${url}（${res.status}）`, `Data file ${url} not found (${res.status})`);
	return res.text();
}

async function loadTable(table: TableName, url: string, text: string, fileRef: string): Promise<void> {
	const { db, conn } = await database();
	await db.registerFileText(fileRef, text);
	await conn.query(createTableSql(table));
	const header = headerColumns(text.slice(0, text.search(/\r?\n|$/)));
	try {
		await conn.query(insertCsvSql(table, fileRef, header));
	} catch (e) {
		const why = e instanceof Error ? e.message : String(e);
		throw new DatasetError(`数据文件 ${url} 格式不符：${why}`, `Data file ${url} does not match the contract: ${why}`);
	}
}

let current: { ds: DatasetId; done: Promise<void> } | undefined;

async function loadAll(ds: DatasetId, base: string): Promise<void> {
	const files = [
		{ table: 'indicators' as TableName, url: `${base}/data/${CSV_FILE.indicators}`, ref: 'indicators.csv' },
		...DATASET_TABLES.map((table) => ({ table, url: `${base}/data/${ds}/${CSV_FILE[table]}`, ref: `${ds}__${CSV_FILE[table]}` }))
	];
	// Download the CSVs while the wasm compiles; load them into tables one by one afterwards.
	const [texts] = await Promise.all([Promise.all(files.map((f) => fetchText(f.url))), database()]);
	for (const [i, f] of files.entries()) await loadTable(f.table, f.url, texts[i], f.ref);
}

/**
 * Loads `ds` unless it is already the loaded one. Queries must await this before running,
 * so they never see a half-loaded dataset.
 */
export function loadDataset(ds: DatasetId, base: string): Promise<void> {
	if (current?.ds === ds) return current.done;
	// Loads run one after another: two datasets must never interleave in the same tables.
	const previous = current?.done.catch(() => undefined) ?? Promise.resolve();
	const done = previous.then(() => loadAll(ds, base)).catch((e) => {
		if (current?.ds === ds) current = undefined; // a later call may retry
		throw e;
	});
	current = { ds, done };
	return done;
}
