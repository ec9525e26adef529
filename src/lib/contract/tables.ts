// The columns of the CSV contract (DESIGN.md §3), once: the CLI writes them in this order, the
// browser's loader and the Node query tests create typed tables from them, and only these names
// ever reach SQL text as identifiers.

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE';

export interface Column {
	name: string;
	type: SqlType;
	/** false: older files may lack it; the table still has the column (NULL). */
	required: boolean;
}

const col = (name: string, type: SqlType = 'VARCHAR', required = true): Column => ({ name, type, required });

export const REPORT_TABLE = [
	col('report_id'), col('source'), col('title'), col('body'), col('level'), col('town'), col('county'), col('city'),
	col('province'), col('year', 'INTEGER'), col('format'), col('published'), col('status'), col('n_values', 'INTEGER'),
	col('sha256'), col('town_id', 'VARCHAR', false)
] as const satisfies readonly Column[];

export const VALUE_TABLE = [
	col('report_id'), col('indicator'), col('value', 'DOUBLE'), col('qualifier'), col('origin'), col('quote'),
	col('start', 'INTEGER'), col('end', 'INTEGER')
] as const satisfies readonly Column[];

export const WARNING_TABLE = [col('report_id'), col('code'), col('indicator'), col('message')] as const satisfies readonly Column[];

export const INDICATOR_TABLE = [
	col('id'), col('group'), col('name_zh'), col('name_en'), col('unit'), col('formats'), col('comparable_2019'), col('definition')
] as const satisfies readonly Column[];

const names = <T extends readonly Column[]>(cols: T) => cols.map((c) => c.name) as { [K in keyof T]: T[K]['name'] };

export const REPORT_COLUMNS = names(REPORT_TABLE);
export const VALUE_COLUMNS = names(VALUE_TABLE);
export const WARNING_COLUMNS = names(WARNING_TABLE);
export const INDICATOR_COLUMNS = names(INDICATOR_TABLE);

// The national-scale dataset's tables for the browser (docs/scale-layout.md, `npm run data:scale`):
// the gazetteer's towns, pre-aggregated summaries per region level, and each indicator's values
// for every town. Built from the three tables above; the Parquet files carry exactly these types.

/** towns.parquet: every township-level unit of the gazetteer, whether or not it reported. */
export const TOWN_LIST_TABLE = [
	col('town_id'), col('town'), col('county_key'), col('county'), col('city_key'), col('city'), col('province_key'),
	col('province'), col('first_year', 'INTEGER'), col('last_year', 'INTEGER'), col('reports', 'INTEGER'), col('texts', 'INTEGER')
] as const satisfies readonly Column[];

/** summary/<level>.parquet: one row per region × year × indicator stated by at least one town. */
export const SUMMARY_TABLE = [
	col('level'), col('key'), col('name'), col('parent_key'), col('province_key'), col('year', 'INTEGER'), col('indicator'),
	col('towns', 'INTEGER'), col('reporting', 'INTEGER'), col('units', 'INTEGER'), col('sum', 'DOUBLE'), col('mean', 'DOUBLE'),
	col('min', 'DOUBLE'), col('p25', 'DOUBLE'), col('median', 'DOUBLE'), col('p75', 'DOUBLE'), col('max', 'DOUBLE'),
	col('approx', 'INTEGER'), col('at_least', 'INTEGER'), col('zero', 'INTEGER')
] as const satisfies readonly Column[];

/**
 * town_values/indicator=<id>/: one indicator's stated value for every town and year (the indicator is
 * the partition). No report_id: 16 random hex characters a row were three quarters of each file, and
 * a town has one report a year, so (town_id, year) finds it in its province's reports file.
 */
export const TOWN_VALUE_TABLE = [col('town_id'), col('year', 'INTEGER'), col('value', 'DOUBLE'), col('qualifier')] as const satisfies readonly Column[];
