// Build-time data for the prerendered first paint: the default dataset opened in DuckDB (Node) with
// the browser's load SQL, the default state's rows from the views' own queries, and the chart drawn
// as SVG by the views' own option builders. Runs only during `vite build` (prerendering).
import type { EChartsOption } from 'echarts';
import { renderSvg } from '$lib/charts/runtime';
import type { DatasetContext } from '$lib/db/dataset';
import { DEFAULT_DATASET, type DatasetId } from '$lib/db/datasets';
import { keyOf } from '$lib/db/live.svelte';
import { contextLists } from '$lib/db/queries/lists';
import { openDataset, type NodeDb } from './duckdb-node';

const open = new Map<DatasetId, Promise<NodeDb>>();

/** The dataset shipped in static/data, loaded once per build. */
export function datasetDb(ds: DatasetId = DEFAULT_DATASET): Promise<NodeDb> {
	let db = open.get(ds);
	if (!db) open.set(ds, (db = openDataset(`static/data/${ds}`, 'static/data/indicators.csv', ds)));
	return db;
}

/** The width the static chart is drawn at; the page scales it into its box until the live chart takes over. */
export const STATIC_WIDTH = 1100;

/** What a prerendered view hands its page: the context, its rows under their parameter key, the SVG. */
export interface Prerendered<R> {
	ctx: DatasetContext;
	key: string;
	rows: R;
	svg?: string;
	/** the default state as a link: an inline script compares the address bar with it */
	defaultQuery: string;
}

export async function prerendered<R>(
	ds: DatasetId,
	params: unknown,
	rows: (db: NodeDb) => Promise<R>,
	draw: (rows: R, ctx: DatasetContext) => { option?: EChartsOption; height: number; defaultQuery: string }
): Promise<Prerendered<R>> {
	const db = await datasetDb(ds);
	const ctx = { ds, ...(await contextLists(db.run)) };
	const data = await rows(db);
	const d = draw(data, ctx);
	return { ctx, key: keyOf(params), rows: data, svg: d.option && renderSvg(d.option, STATIC_WIDTH, d.height), defaultQuery: d.defaultQuery };
}
