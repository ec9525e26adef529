// Runs a typed query on any runner (the browser's DuckDB-WASM or DuckDB in Node tests).
import type { Query, Runner } from '../types';

export async function runQuery<R>(run: Runner, q: Query<R>): Promise<R[]> {
	return (await run(q.sql, q.params)) as R[];
}

/** `$n` placeholders for a list bound from position `first` on: one per value, never the values. */
export const placeholders = (count: number, first: number): string =>
	Array.from({ length: count }, (_, i) => `$${first + i}`).join(', ');

/** The region filter over a row with province_key/city_key/county_key, bound as `$n` ('' = all). */
export const inRegion = (n: number, alias = ''): string =>
	`($${n} = '' OR $${n} IN (${alias}province_key, ${alias}city_key, ${alias}county_key))`;
