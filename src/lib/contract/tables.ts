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
