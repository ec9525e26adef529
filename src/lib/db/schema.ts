// The tables a dataset loads into (DESIGN.md §3). Column names and types come from the contract;
// only these identifiers ever reach SQL text.
import { INDICATOR_TABLE, REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '$lib/contract/tables';

/** `vals`, not `values`: VALUES is an SQL keyword. */
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

export const DATASET_TABLES: readonly TableName[] = ['reports', 'vals', 'warnings'];

/** Column names of a CSV header line (RFC 4180 quotes allowed, BOM stripped). */
export function headerColumns(firstLine: string): string[] {
	return firstLine
		.replace(/^\uFEFF/, '')
		.replace(/\r$/, '')
		.split(',')
		.map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** The header line of a CSV file's bytes, without decoding the whole file. */
export function headerOf(bytes: Uint8Array): string[] {
	const nl = bytes.indexOf(10);
	return headerColumns(new TextDecoder().decode(bytes.subarray(0, nl === -1 ? bytes.length : nl)));
}
