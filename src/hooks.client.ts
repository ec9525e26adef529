// DuckDB starts with the app, not when a page component mounts: the wasm compiles and the linked
// dataset's CSVs download while the first page renders. Not on the import page, which never
// queries: compiling 34 MB of wasm there would take a core from the import worker.
import { COMMON } from '$lib/state/common';
import { watchLocalChanges } from '$lib/db/dataset';
import { database } from '$lib/db/duckdb';
import { loadDataset } from '$lib/db/load';

export function init(): void {
	watchLocalChanges();
	if (/\/import\/?$/.test(location.pathname)) return;
	void database().catch(() => undefined); // a failure surfaces in the page that queries
	const p = COMMON.ds.parse(new URLSearchParams(location.search).get('ds') ?? '');
	void loadDataset(p?.ok ? p.v : COMMON.ds.default).catch(() => undefined);
}
