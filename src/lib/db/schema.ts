// Table schemas for the CSV contracts (DESIGN.md §3). Column names here are the whitelist:
// a CSV header is matched against them, and only these identifiers ever reach SQL text.

export type TableName = 'reports' | 'vals' | 'warnings' | 'indicators';

interface Column {
	name: string;
	type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE';
	required: boolean;
}

const col = (name: string, type: Column['type'], required = true): Column => ({ name, type, required });

export const SCHEMAS: Record<TableName, Column[]> = {
	reports: [
		col('report_id', 'VARCHAR'), col('source', 'VARCHAR'), col('title', 'VARCHAR'), col('body', 'VARCHAR'),
		col('level', 'VARCHAR'), col('town', 'VARCHAR'), col('county', 'VARCHAR'), col('city', 'VARCHAR'),
		col('province', 'VARCHAR'), col('year', 'INTEGER'), col('format', 'VARCHAR'), col('published', 'VARCHAR'),
		col('status', 'VARCHAR'), col('n_values', 'INTEGER'), col('sha256', 'VARCHAR'), col('town_id', 'VARCHAR', false)
	],
	vals: [
		col('report_id', 'VARCHAR'), col('indicator', 'VARCHAR'), col('value', 'DOUBLE'), col('qualifier', 'VARCHAR'),
		col('origin', 'VARCHAR'), col('quote', 'VARCHAR'), col('start', 'INTEGER'), col('end', 'INTEGER')
	],
	warnings: [col('report_id', 'VARCHAR'), col('code', 'VARCHAR'), col('indicator', 'VARCHAR'), col('message', 'VARCHAR')],
	indicators: [
		col('id', 'VARCHAR'), col('group', 'VARCHAR'), col('name_zh', 'VARCHAR'), col('name_en', 'VARCHAR'),
		col('unit', 'VARCHAR'), col('formats', 'VARCHAR'), col('comparable_2019', 'VARCHAR'), col('definition', 'VARCHAR')
	]
};

/** The CSV file each table is loaded from, relative to the dataset folder (indicators: the data root). */
export const CSV_FILE: Record<TableName, string> = {
	reports: 'reports.csv',
	vals: 'values.csv',
	warnings: 'warnings.csv',
	indicators: 'indicators.csv'
};

export class SchemaError extends Error {}

const quoteIdent = (name: string) => `"${name}"`;
const quoteLiteral = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Column names of a CSV header line (RFC 4180 quotes allowed, BOM stripped). */
export function headerColumns(firstLine: string): string[] {
	return firstLine
		.replace(/^\uFEFF/, '')
		.split(',')
		.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** CREATE TABLE with explicit types; every column exists even when the CSV lacks an optional one. */
export function createTableSql(table: TableName): string {
	const cols = SCHEMAS[table].map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
	return `CREATE OR REPLACE TABLE ${table} (${cols})`;
}

/**
 * INSERT from a CSV whose header is `header`. Reads every column as text and lets the typed
 * table cast it, so a malformed number fails loudly instead of silently becoming a string column.
 * Unknown header columns are ignored; a missing required column is a SchemaError.
 */
export function insertCsvSql(table: TableName, fileRef: string, header: string[]): string {
	const present = new Set(header);
	const missing = SCHEMAS[table].filter((c) => c.required && !present.has(c.name)).map((c) => c.name);
	if (missing.length > 0) {
		throw new SchemaError(
			`${CSV_FILE[table]} 缺少列 / is missing columns: ${missing.join(', ')}`
		);
	}
	const cols = SCHEMAS[table].filter((c) => present.has(c.name)).map((c) => quoteIdent(c.name)).join(', ');
	return (
		`INSERT INTO ${table} (${cols}) SELECT ${cols} FROM read_csv(${quoteLiteral(fileRef)}, ` +
		`header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')`
	);
}
