// Shared row and runner types: the same queries run in the browser (DuckDB-WASM) and in Node tests.

/** A value bound to a `?` placeholder. Never interpolated into SQL text. */
export type Param = string | number | boolean | null;

/** A query ready to run: SQL text with `?` placeholders and the values to bind, in order. */
export interface Query<Row> {
	sql: string;
	params: Param[];
	/** Phantom field so a Query carries its row type; never set at runtime. */
	readonly _row?: Row;
}

/** Runs one prepared statement and returns plain JS rows (numbers, strings, nulls). */
export type Runner = (sql: string, params: Param[]) => Promise<Record<string, unknown>[]>;

import type { Qualifier } from '$lib/contract/codes';

export type { Qualifier };

/** One town in a ranking. `value` null means the town has a report but did not state the indicator. */
export interface RankingRow {
	town_key: string;
	town: string;
	county: string | null;
	year: number;
	value: number | null;
	qualifier: Qualifier | null;
	report_id: string | null;
	/** Competition rank (1, 2, 2, 4); null for towns that did not report the indicator. */
	rank: number | null;
	/** Rank in the year before (one-year rankings only); null when not ranked then. */
	prev_rank: number | null;
}

export interface IndicatorRow {
	id: string;
	group: string;
	name_zh: string;
	name_en: string;
	unit: string;
}

export interface DatasetSummary {
	reports: number;
	towns: number;
	values: number;
	min_year: number | null;
	max_year: number | null;
}
