// Turns the `scale` dataset's Parquet (docs/scale-layout.md) into the DuckDB database files the
// browser attaches (db/scale-sql.ts BROWSER_FILES): DuckDB-WASM 1.32 reads its own storage over
// HTTP range requests, but Parquet only through an extension it would download from the internet.
// Written in the oldest storage format DuckDB-WASM reads (as the site benchmark's baseline file).
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../db/load-sql';
import {
	BROWSER_FILES,
	DETAIL_TABLES,
	FIRST_TABLES,
	PROVINCE_TABLES,
	scaleBaseSql,
	scaleProvinceSql,
	townValuesSql,
	type BrowserIndex
} from '../db/scale-sql';

interface FileRef {
	path: string;
}

interface ScaleManifestFile {
	files: { towns: FileRef; summary: Record<string, FileRef>; town_values: Record<string, FileRef> };
	provinces: { key: string; name: string; files: Record<'reports' | 'values' | 'warnings', FileRef | null> }[];
}

/** The newest storage DuckDB-WASM 1.32 (DuckDB 1.4) reads: its compression makes the files a third smaller than v1.0.0's. */
const STORAGE = `STORAGE_VERSION 'v1.4.0'`;

async function writeDb(conn: DuckDBConnection, path: string, tables: readonly string[], from: string): Promise<number> {
	rmSync(path, { force: true });
	await conn.run(`ATTACH ${literal(path)} AS out (${STORAGE})`);
	for (const t of tables) await conn.run(`CREATE TABLE out.main.${t} AS SELECT * FROM ${from}.${t}`);
	await conn.run(`DETACH out`);
	return statSync(path).size;
}

/**
 * Reads the Parquet dataset in `dir` (its manifest.json) and writes `out`/browser/: first.duckdb,
 * p<key>.duckdb and p<key>-detail.duckdb per province, tv/<indicator>/<year>.duckdb, index.json.
 */
export async function writeBrowserFiles(dir: string, out = dir, onStep: (what: string) => void = () => {}): Promise<BrowserIndex> {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ScaleManifestFile;
	const path = (ref: FileRef | null) => (ref ? join(dir, ref.path) : null);
	rmSync(join(out, BROWSER_FILES.dir), { recursive: true, force: true }); // no file of an earlier build stays behind
	mkdirSync(join(out, BROWSER_FILES.dir), { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const summaries = [path(manifest.files.summary.country)!, path(manifest.files.summary.province)!];
		for (const sql of scaleBaseSql('first', { towns: path(manifest.files.towns)!, summaries })) await conn.run(sql);
		const index: BrowserIndex = { first: await writeDb(conn, join(out, BROWSER_FILES.first), FIRST_TABLES, 'first'), provinces: {}, town_values: {} };
		onStep('first.duckdb');
		for (const p of manifest.provinces) {
			if (!p.files.reports || !p.files.values) continue;
			const f = { reports: path(p.files.reports)!, values: path(p.files.values)!, warnings: path(p.files.warnings) };
			for (const sql of scaleProvinceSql('prov', p.name, f)) await conn.run(sql);
			const bytes = await writeDb(conn, join(out, BROWSER_FILES.province(p.key)), PROVINCE_TABLES, 'prov');
			const detail = await writeDb(conn, join(out, BROWSER_FILES.detail(p.key)), DETAIL_TABLES, 'prov');
			await conn.run(`DROP SCHEMA prov CASCADE`);
			index.provinces[p.key] = { name: p.name, bytes, detail };
			onStep(`p${p.key}.duckdb`);
		}
		await conn.run(`CREATE SCHEMA tv`);
		for (const [id, ref] of Object.entries(manifest.files.town_values)) {
			const file = path(ref)!;
			mkdirSync(dirname(join(out, BROWSER_FILES.townValues(id, 0))), { recursive: true });
			const years = (await conn.runAndReadAll(`SELECT DISTINCT year FROM read_parquet(${literal(file)}, hive_partitioning = false) ORDER BY 1`)).getRowObjectsJS();
			index.town_values[id] = {};
			for (const { year } of years) {
				await conn.run(townValuesSql('tv.town_values', file, Number(year)));
				index.town_values[id][String(year)] = await writeDb(conn, join(out, BROWSER_FILES.townValues(id, Number(year))), ['town_values'], 'tv');
			}
		}
		onStep(`tv/*.duckdb (${Object.keys(index.town_values).length})`);
		writeFileSync(join(out, BROWSER_FILES.index), JSON.stringify(index, null, '\t') + '\n');
		return index;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}
