// Table schemas for the CSV contracts (DESIGN.md §3). Column names here are the whitelist:
// a CSV header is matched against them, and only these identifiers ever reach SQL text.

import { INDICATOR_TABLE, REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '$lib/contract/tables';

export type TableName = 'reports' | 'vals' | 'warnings' | 'indicators';

export const SCHEMAS: Record<TableName, readonly Column[]> = {
	reports: REPORT_TABLE,
	vals: VALUE_TABLE,
	warnings: WARNING_TABLE,
	indicators: INDICATOR_TABLE
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
