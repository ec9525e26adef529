// The one owner of the browser's DuckDB-WASM instance. Worker and wasm come from our own origin
// (Vite `?url` assets), never a CDN: officials run this on intranets with no internet. The
// library is imported lazily so the first paint does not wait for it; `database()` is called at
// app start (hooks.client.ts) so the wasm compiles while the page renders.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import type { Param, Runner } from './types';

let ready: Promise<AsyncDuckDB> | undefined;

const absolute = (url: string) => new URL(url, location.href).href;

/**
 * DuckDB's worker, started so the browser can cache the compiled wasm. The worker wraps the wasm
 * response in a progress TransformStream when that API exists; a Response built that way has no
 * URL, so V8 compiles the 34 MB module again on every visit instead of reading its code cache.
 * Without TransformStream it streams the fetch response itself, which the code cache keys on. We
 * need no progress events, so the bootstrap hides the API (and the one warning that follows).
 */
function duckdbWorker(script: string): Worker {
	const boot = [
		'self.TransformStream = undefined;',
		'const warn = console.warn;',
		"console.warn = (...a) => { if (!String(a[0]).startsWith('instantiating without progress handler')) warn(...a); };",
		`importScripts(${JSON.stringify(absolute(script))});`
	].join('\n');
	return new Worker(URL.createObjectURL(new Blob([boot], { type: 'text/javascript' })));
}

async function open(): Promise<AsyncDuckDB> {
	performance.mark('townlens:duckdb-start');
	const duckdb = await import('@duckdb/duckdb-wasm');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: absolute(mvpWasm), mainWorker: mvpWorker },
		eh: { mainModule: absolute(ehWasm), mainWorker: ehWorker }
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), duckdbWorker(bundle.mainWorker!));
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('townlens:duckdb-ready');
	// No extension downloads: everything we need (CSV, window functions, attached database files) is
	// built in. Parquet is not: read_parquet fails rather than fetch the extension from the internet.
	await db.open({ query: { castBigIntToDouble: true }, allowUnsignedExtensions: false });
	return db;
}

/** Every caller shares one instance; the first call starts it. A failure is not cached. */
export const database = (): Promise<AsyncDuckDB> =>
	(ready ??= open().catch((e) => {
		ready = undefined;
		throw e;
	}));

const connections = new Map<string, Promise<AsyncDuckDBConnection>>();

/**
 * A connection whose unqualified table names resolve in `schema` first, then `main` (the shared
 * indicator catalog). One per dataset schema, so queries of two datasets never see each other.
 */
export function connection(schema = 'main'): Promise<AsyncDuckDBConnection> {
	let c = connections.get(schema);
	if (!c) {
		c = (async () => {
			const conn = await (await database()).connect();
			await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`);
			await conn.query(`SET search_path = '${schema},main'`);
			return conn;
		})();
		c.catch(() => connections.delete(schema));
		connections.set(schema, c);
	}
	return c;
}

const plain = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);

/** Arrow rows → plain objects with JS numbers (no BigInt leaks into charts). */
function toRows(table: Table): Record<string, unknown>[] {
	return table.toArray().map((r) => {
		const o = r.toJSON() as Record<string, unknown>;
		for (const k of Object.keys(o)) o[k] = plain(o[k]);
		return o;
	});
}

/** One statement on a schema as an Arrow table (columns keep their SQL types: downloads need them). */
export type ArrowRunner = (sql: string, params: Param[]) => Promise<Table>;

/** How many prepared statements a schema keeps: the views' questions, and a few console queries. */
const STATEMENTS_KEPT = 64;

/**
 * Statements are prepared once per SQL text and kept (a filter change re-runs the same SQL with
 * other bound values: no planning, one round trip to the worker instead of three). The oldest are
 * closed past STATEMENTS_KEPT, so console queries cannot pile up.
 */
export function browserArrowRunner(schema: string): ArrowRunner {
	const kept = new Map<string, Promise<AsyncPreparedStatement>>();
	return async (sql: string, params: Param[]) => {
		let stmt = kept.get(sql);
		if (stmt) kept.delete(sql); // re-insert below: most recently used last
		else stmt = connection(schema).then((conn) => conn.prepare(sql));
		kept.set(sql, stmt);
		if (kept.size > STATEMENTS_KEPT) {
			const [oldest, dropped] = kept.entries().next().value!;
			kept.delete(oldest);
			dropped.then((s) => s.close(), () => undefined);
		}
		try {
			return await (await stmt).query(...params);
		} catch (e) {
			kept.delete(sql); // a statement that failed to prepare (or broke) is not reused
			throw e;
		}
	};
}

/** A runner on one schema: rows as plain objects. */
export function browserRunner(schema: string): Runner {
	const arrow = browserArrowRunner(schema);
	return async (sql: string, params: Param[]) => toRows(await arrow(sql, params));
}
