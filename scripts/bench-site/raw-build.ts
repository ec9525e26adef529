// Builds the raw baseline page (raw/main.ts) with Vite, and the .duckdb file it can attach instead
// of loading CSVs (same tables, written by DuckDB in Node in a storage format DuckDB-WASM reads).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openDataset } from '../../src/lib/server/duckdb-node';
import { catalog } from '../lib/vite-catalog';

export async function buildRaw(): Promise<string> {
	const outDir = mkdtempSync(join(tmpdir(), 'townlens-raw-'));
	await build({
		configFile: false,
		root: resolve('scripts/bench-site/raw'),
		base: '/__raw/',
		logLevel: 'warn',
		plugins: [catalog()],
		resolve: { alias: { $lib: resolve('src/lib') } },
		optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
		build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 }
	});
	return outDir;
}

const TABLES = ['reports', 'vals', 'warnings', 'town_reports', 'town_values', 'towns', 'regions'];

export async function writeDuckdbFile(path: string, dataDir: string, catalog: string, ds = 'demo'): Promise<void> {
	const db = await openDataset(dataDir, catalog, ds);
	try {
		await db.conn.run(`ATTACH '${path}' AS f (STORAGE_VERSION 'v1.0.0')`);
		await db.conn.run(`CREATE SCHEMA f.ds_${ds}`);
		for (const t of TABLES) await db.conn.run(`CREATE TABLE f.ds_${ds}.${t} AS SELECT * FROM ds_${ds}.${t}`);
		await db.conn.run(`CREATE TABLE f.main.indicators AS SELECT * FROM main.indicators`);
		await db.conn.run(`DETACH f`);
	} finally {
		db.close();
	}
}
