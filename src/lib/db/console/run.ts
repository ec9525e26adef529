// Runs a console statement (already through guard.ts) on its own connection, so a Cancel never
// touches the views' queries. Queries go through `send`, which DuckDB-WASM executes in steps: the
// worker stays free to take the cancel between them. At most SHOWN_ROWS rows come back; a second,
// counting query states the total when there are more.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import type { DatasetId } from '../datasets';
import { database } from '../duckdb';
import { loadDataset } from '../load';
import { schemaOf } from '../load-sql';

export const SHOWN_ROWS = 10_000;
/** Downloads of a console result hold at most this many rows (the CLI has no limit). */
export const DOWNLOAD_ROWS = 1_000_000;

export class Cancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

export interface ConsoleResult {
	table: Table;
	/** rows the statement returns (the table holds at most the cap) */
	total: number;
	ms: number;
}

let current: { schema: string; conn: Promise<AsyncDuckDBConnection> } | undefined;

async function open(schema: string): Promise<AsyncDuckDBConnection> {
	const conn = await (await database()).connect();
	await conn.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`);
	await conn.query(`SET search_path = '${schema},main'`);
	return conn;
}

function consoleConnection(schema: string): Promise<AsyncDuckDBConnection> {
	if (current?.schema !== schema) {
		const old = current?.conn;
		current = { schema, conn: open(schema) };
		void old?.then((c) => c.close()).catch(() => undefined);
	}
	return current.conn;
}

/** After a cancel the connection is dropped: the next statement starts on a fresh one. */
function dropConnection(): void {
	const old = current?.conn;
	current = undefined;
	void old?.then((c) => c.close()).catch(() => undefined);
}

async function collect(conn: AsyncDuckDBConnection, sql: string, isCancelled: () => boolean): Promise<Table> {
	const reader = await conn.send(sql, true);
	const batches: RecordBatch[] = [];
	for await (const b of reader) {
		if (isCancelled()) throw new Cancelled();
		batches.push(b as RecordBatch);
	}
	return new Table(batches);
}

export interface Running {
	result: Promise<ConsoleResult>;
	cancel(): void;
}

/** Runs `statement` capped at `cap` rows; `cancel()` interrupts it and rejects with Cancelled. */
export function runStatement(ds: DatasetId, statement: string, cap = SHOWN_ROWS): Running {
	let cancelled = false;
	let reject: (e: unknown) => void = () => undefined;
	let conn: AsyncDuckDBConnection | undefined;
	const result = new Promise<ConsoleResult>((resolve, rej) => {
		reject = rej;
		(async () => {
			const t0 = performance.now();
			await loadDataset(ds);
			conn = await consoleConnection(schemaOf(ds));
			// newlines: a trailing -- comment in the statement cannot swallow the wrapper
			const table = await collect(conn, `SELECT * FROM (\n${statement}\n) AS console_result LIMIT ${cap + 1}`, () => cancelled);
			let total = table.numRows;
			let shown = table;
			if (table.numRows > cap) {
				shown = table.slice(0, cap);
				const counted = await collect(conn, `SELECT count(*) AS n FROM (\n${statement}\n) AS console_result`, () => cancelled);
				total = Number(counted.getChildAt(0)?.get(0) ?? cap + 1);
			}
			resolve({ table: shown, total, ms: performance.now() - t0 });
		})().catch((e) => rej(cancelled ? new Cancelled() : e));
	});
	return {
		result,
		cancel() {
			if (cancelled) return;
			cancelled = true;
			void conn?.cancelSent().catch(() => undefined);
			dropConnection();
			reject(new Cancelled());
		}
	};
}
