// The one owner of the browser's DuckDB-WASM instance. Worker and wasm come from our own
// origin (Vite `?url` assets), never a CDN: officials run this on intranets with no internet.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Param, Runner } from './types';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export interface Db {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

let ready: Promise<Db> | undefined;

async function open(): Promise<Db> {
	const bundle = await duckdb.selectBundle(BUNDLES); // eh where supported, mvp otherwise
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	// No extension downloads: everything we need (CSV, window functions) is built in.
	await db.open({ query: { castBigIntToDouble: true }, allowUnsignedExtensions: false });
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`);
	return { db, conn };
}

/** Every caller shares one instance; the first call starts it. */
export const database = (): Promise<Db> => (ready ??= open().catch((e) => {
	ready = undefined; // let a later call retry instead of caching the failure
	throw e;
}));

function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	return v;
}

/** Arrow rows → plain objects with JS numbers (no BigInt leaks into charts). */
function toRows(table: { toArray(): { toJSON(): Record<string, unknown> }[] }): Record<string, unknown>[] {
	return table.toArray().map((r) => {
		const o = r.toJSON();
		for (const k of Object.keys(o)) o[k] = plain(o[k]);
		return o;
	});
}

/** Browser runner: a prepared statement per call, values bound, statement closed afterwards. */
export const browserRunner: Runner = async (sql: string, params: Param[]) => {
	const { conn } = await database();
	const stmt = await conn.prepare(sql);
	try {
		return toRows(await stmt.query(...params));
	} finally {
		await stmt.close();
	}
};
