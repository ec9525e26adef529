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

/** The dataset and its context (the lists the page's `viewState` starts from). */
export async function opened(ds: DatasetId): Promise<{ db: NodeDb; ctx: DatasetContext }> {
	const db = await datasetDb(ds);
	return { db, ctx: { ds, ...(await contextLists(db.run)) } };
}

/** The width the static chart is drawn at; the page scales it into its box until the live chart takes over. */
export const STATIC_WIDTH = 1100;

/** A chart the view model built from the rows (no option: nothing to draw, e.g. an empty state). */
export interface Drawn {
	option?: EChartsOption;
	height?: number;
}

/** One live query's build-time share: its rows under their parameter key, and its chart as SVG. */
export interface Part<R> {
	key: string;
	rows: R;
	svg?: string;
}

/** `params` must be exactly what the page hands `live()` for the same state (same key, no re-query). */
export function part<R>(params: unknown, rows: R, chart?: Drawn): Part<R> {
	const svg = chart?.option && chart.height ? renderSvg(chart.option, STATIC_WIDTH, chart.height) : undefined;
	return { key: keyOf(params), rows, svg };
}

/** What a prerendered view hands its page: the context, its rows under their parameter key, the SVG. */
export interface Prerendered<R> extends Part<R> {
	ctx: DatasetContext;
	/** the default state as a link: an inline script compares the address bar with it */
	defaultQuery: string;
}

/** A view with one query and one chart. (Views with more combine `opened` and `part`.) */
export async function prerendered<R>(
	ds: DatasetId,
	params: unknown,
	rows: (db: NodeDb) => Promise<R>,
	draw: (rows: R, ctx: DatasetContext) => Drawn & { defaultQuery: string }
): Promise<Prerendered<R>> {
	const { db, ctx } = await opened(ds);
	const data = await rows(db);
	const d = draw(data, ctx);
	return { ctx, ...part(params, data, d), defaultQuery: d.defaultQuery };
}
