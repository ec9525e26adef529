// The per-dataset context every view starts from: a runner that itself awaits the dataset's load,
// and the lists the filter bar needs (catalog, years, regions, summary), memoised per dataset.
import { isScaleDataset, LOCAL_DATASETS, type DatasetId } from './datasets';
import type { Table } from 'apache-arrow';
import { browserArrowRunner, browserRunner } from './duckdb';
import { forgetLocalLoads, loadDataset } from './load';
import { schemaOf } from './load-sql';
import { contextLists, type ContextLists } from './queries/lists';
import { runQuery } from './queries/run';
import type { Query, Runner } from './types';
import { provincesOf } from '$lib/state/provinces';

export interface DatasetContext extends ContextLists {
	ds: DatasetId;
}

/**
 * The provinces whose facts a scale dataset's queries read: the page's region's, or its towns'
 * (sorted, distinct), set by viewState before the page's queries run. [] = the country (summaries only).
 */
let focus: readonly string[] = [];

export function focusProvinces(keys: readonly string[]): void {
	focus = keys;
}

/** Focuses the provinces a page's state looks at (its region's, else its towns'); none for other datasets. */
export function focusState(ds: DatasetId, scope: { region?: string; towns?: readonly string[] }): void {
	focusProvinces(isScaleDataset(ds) ? provincesOf(scope) : []);
}

/** Statements that read a province's facts: at the country level of a scale dataset they wait for a province. */
const FACT_TABLE = /\b(FROM|JOIN)\s+(reports|vals|warnings|town_reports|town_values)\b/i;

/**
 * Where a statement of `ds` runs, once loaded (a schema, or a search path): a scale dataset's national
 * tables, or the focused provinces' files (their detail files too when the statement reads them).
 */
async function schemaFor(ds: DatasetId, sql: string, scope = focus): Promise<string> {
	await loadDataset(ds);
	if (!isScaleDataset(ds)) return schemaOf(ds);
	const scale = await import('./load-scale');
	if (scope.length) return scale.loadProvinces(schemaOf(ds), scope, scale.DETAIL_TABLE.test(sql));
	if (FACT_TABLE.test(sql)) throw new scale.ChooseProvince();
	return schemaOf(ds);
}

const runners = new Map<string, Runner>();

/**
 * A runner for `ds` that waits for its load: no view can query a half-loaded dataset. `scope`: the
 * provinces a national dataset's statements read, when not the page's own (focusProvinces).
 */
export function datasetRunner(ds: DatasetId, scope?: readonly string[]): Runner {
	return async (sql, params) => {
		const schema = await schemaFor(ds, sql, scope);
		let r = runners.get(schema);
		if (!r) runners.set(schema, (r = browserRunner(schema)));
		return r(sql, params);
	};
}

/** Settles after the first view query of a dataset: the context's lists queue behind the query that draws. */
const firstDraw = new Map<DatasetId, { done: Promise<void>; settle: () => void }>();

function drawGate(ds: DatasetId) {
	let g = firstDraw.get(ds);
	if (!g) {
		let settle = () => {};
		const done = new Promise<void>((r) => (settle = r));
		firstDraw.set(ds, (g = { done, settle }));
	}
	return g;
}

/** How long the lists wait for a page that never queries (e.g. an error state) before loading anyway. */
const LIST_DELAY_MS = 1500;

/** One typed query on a dataset (`scope`: see datasetRunner). */
export function query<R>(ds: DatasetId, q: Query<R>, scope?: readonly string[]): Promise<R[]> {
	const t0 = performance.now();
	const p = runQuery(datasetRunner(ds, scope), q);
	// the site benchmark reads these to split a redraw into query and drawing time
	p.then(() => performance.measure('townlens:query', { start: t0 }), () => undefined);
	const settle = drawGate(ds).settle;
	p.then(settle, settle);
	return p;
}

/** One query on a dataset as an Arrow table (typed columns, for CSV and Parquet downloads). */
export async function queryTable(ds: DatasetId, q: Query<unknown>): Promise<Table> {
	return browserArrowRunner(await schemaFor(ds, q.sql))(q.sql, q.params);
}

const contexts = new Map<DatasetId, Promise<DatasetContext>>();

async function build(ds: DatasetId): Promise<DatasetContext> {
	const run = datasetRunner(ds);
	await Promise.race([drawGate(ds).done, new Promise((r) => setTimeout(r, LIST_DELAY_MS))]);
	// the national dataset's code loads with it: a CSV dataset's pages do not carry it
	const lists = isScaleDataset(ds) ? (await import('./queries/scale')).scaleContextLists : contextLists;
	return { ds, ...(await lists(run)) };
}

export function datasetContext(ds: DatasetId): Promise<DatasetContext> {
	let c = contexts.get(ds);
	if (!c) {
		c = build(ds);
		c.catch(() => contexts.delete(ds));
		contexts.set(ds, c);
	}
	return c;
}

/** Forgets what was loaded of the datasets that hold this browser's imports: the next query reloads them. */
function forgetLocal(): void {
	forgetLocalLoads();
	for (const ds of LOCAL_DATASETS) contexts.delete(ds);
}

let channel: BroadcastChannel | undefined;

/** Other tabs of the site learn of an import or a deletion, and reload the local data when next asked. */
export function watchLocalChanges(): void {
	if (channel || typeof BroadcastChannel === 'undefined') return;
	channel = new BroadcastChannel('townlens-local');
	channel.onmessage = () => forgetLocal();
}

/** After an import or a deletion in this tab. */
export function localChanged(): void {
	forgetLocal();
	channel?.postMessage('changed');
}
