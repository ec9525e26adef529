// The per-dataset context every view starts from: a runner that itself awaits the dataset's load,
// and the lists the filter bar needs (catalog, years, regions, summary), memoised per dataset.
import type { DatasetId } from './datasets';
import type { Table } from 'apache-arrow';
import { browserArrowRunner, browserRunner } from './duckdb';
import { loadDataset } from './load';
import { schemaOf } from './load-sql';
import { indicatorsQuery, regionsQuery, summaryQuery, yearsQuery } from './queries/lists';
import { runQuery } from './queries/run';
import type { DatasetSummary, IndicatorRow, Query, RegionRow, Runner } from './types';

export interface DatasetContext {
	ds: DatasetId;
	run: Runner;
	catalog: IndicatorRow[];
	years: number[];
	regions: RegionRow[];
	summary: DatasetSummary;
}

const runners = new Map<DatasetId, Runner>();

/** A runner for `ds` that waits for its load: no view can query a half-loaded dataset. */
export function datasetRunner(ds: DatasetId): Runner {
	let r = runners.get(ds);
	if (!r) {
		const inner = browserRunner(schemaOf(ds));
		r = async (sql, params) => {
			await loadDataset(ds);
			return inner(sql, params);
		};
		runners.set(ds, r);
	}
	return r;
}

/** One typed query on a dataset. */
export const query = <R>(ds: DatasetId, q: Query<R>): Promise<R[]> => runQuery(datasetRunner(ds), q);

/** One query on a dataset as an Arrow table (typed columns, for CSV and Parquet downloads). */
export async function queryTable(ds: DatasetId, q: Query<unknown>): Promise<Table> {
	await loadDataset(ds);
	return browserArrowRunner(schemaOf(ds))(q.sql, q.params);
}

const contexts = new Map<DatasetId, Promise<DatasetContext>>();

async function build(ds: DatasetId): Promise<DatasetContext> {
	const run = datasetRunner(ds);
	// one connection per dataset: the queries queue on it anyway, so run them in order
	const catalog = await runQuery(run, indicatorsQuery());
	const years = (await runQuery(run, yearsQuery())).map((y) => y.year);
	const regions = await runQuery(run, regionsQuery());
	const [summary] = await runQuery(run, summaryQuery());
	return { ds, run, catalog, years, regions, summary };
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
