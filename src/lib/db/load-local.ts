// The local dataset: this browser's imports, read from IndexedDB (each import's three CSV files,
// written by the import with the contract's own writer) and loaded with the shipped datasets' load
// SQL, the imports of one table read as one. No import yet: empty tables of the contract's columns.
import { toCsv } from '$lib/contract/csv-text';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '$lib/contract/tables';
import { LocalStore, StorageError } from '$lib/local/store';
import { connection } from './duckdb';
import { createTable, DatasetError } from './load';
import { derivedTablesSql } from './load-sql';
import { CSV_FILE } from './schema';

const EMPTY: Record<DatasetTable, string> = {
	reports: toCsv(REPORT_COLUMNS, []),
	vals: toCsv(VALUE_COLUMNS, []),
	warnings: toCsv(WARNING_COLUMNS, [])
};

type DatasetTable = 'reports' | 'vals' | 'warnings';
const FIELD: Record<DatasetTable, 'reports' | 'values' | 'warnings'> = { reports: 'reports', vals: 'values', warnings: 'warnings' };
const TABLES: readonly DatasetTable[] = ['reports', 'vals', 'warnings'];

let generation = 0;

export async function loadLocal(schema: string): Promise<void> {
	let imports;
	try {
		const store = await LocalStore.open();
		imports = await store.tables();
		store.close();
	} catch (e) {
		if (e instanceof StorageError) throw new DatasetError(e.zh, e.en);
		throw e;
	}
	// file names unique per load: a reload must not meet the files of one still registered
	const g = ++generation;
	const conn = await connection();
	await conn.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
	for (const t of TABLES) {
		const files = imports.length ? imports.map((i) => i[FIELD[t]]) : [new TextEncoder().encode(EMPTY[t])];
		const refs = files.map((_, i) => `local${g}__${i}__${CSV_FILE[t]}`);
		await createTable(`${schema}.${t}`, t, `IndexedDB ${CSV_FILE[t]}`, refs, files);
	}
	for (const sql of derivedTablesSql(schema)) await conn.query(sql);
}
