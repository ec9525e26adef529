// Shared row and runner types: the same queries run in the browser (DuckDB-WASM) and in Node tests.
import type { Qualifier } from '$lib/contract/codes';

export type { Qualifier };

/** A value bound to a `$n` placeholder. Never interpolated into SQL text. */
export type Param = string | number | boolean | null;

/** A query ready to run: SQL text with placeholders and the values to bind, in order. */
export interface Query<Row> {
	sql: string;
	params: Param[];
	/** Phantom field so a Query carries its row type; never set at runtime. */
	readonly _row?: Row;
}

/** Runs one prepared statement and returns plain JS rows (numbers, strings, nulls). */
export type Runner = (sql: string, params: Param[]) => Promise<Record<string, unknown>[]>;

/** A town's value of one indicator in one year, as rankings and trends carry it. */
export interface TownValue {
	town_key: string;
	town: string;
	county: string | null;
	/** another town of the dataset has the same name: show the county with it */
	name_shared: boolean;
	year: number;
	/** null: the town has a report but does not state it (or, in a trend, no report that year) — never 0 */
	value: number | null;
	qualifier: Qualifier | null;
	report_id: string | null;
}

/** One town × year cell of a trend: null value = a gap (no report, or the report does not state it). */
export interface TrendRow extends TownValue {
	/** legend order (1 = first chosen, or highest latest value by default) */
	ord: number;
	/** the town's first value in the range, and its year: the index base */
	base: number | null;
	base_year: number | null;
	/** the value of the year before (null when that year is a gap) */
	prev: number | null;
	/** value / base × 100; null when the value or a positive base is missing */
	index_value: number | null;
	/** (value − prev) / prev × 100; null when either is missing or prev is 0 */
	yoy: number | null;
}

export interface DatasetSummary {
	reports: number;
	towns: number;
	values: number;
	min_year: number | null;
	max_year: number | null;
}

export interface RegionRow {
	level: 'province' | 'city' | 'county';
	key: string;
	name: string;
	parent: string | null;
	towns: number;
}

export interface TownRow {
	town_key: string;
	town: string;
	county: string | null;
	city: string | null;
	province: string | null;
	name_shared: boolean;
	first_year: number;
	last_year: number;
	reports: number;
}
