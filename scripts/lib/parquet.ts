// Parquet copies of the CSVs through DuckDB (Node), for the analyst download and the scale dataset.
// Parquet is typed data for programs, never opened by a spreadsheet: it holds the original text,
// so the formula-safe apostrophe of the CSV cells is taken off again (restoreCellSql).
import { DuckDBInstance } from '@duckdb/node-api';
import { restoreCellSql } from '../../src/lib/contract/csv-cell';
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '../../src/lib/contract/tables';

const COLUMNS: Record<'reports' | 'values' | 'warnings', readonly Column[]> = {
	reports: REPORT_TABLE,
	values: VALUE_TABLE,
	warnings: WARNING_TABLE
};

const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** Text columns restored, numeric ones typed (ids stay VARCHAR even when a hash or code is all digits). */
function selectTyped(table: keyof typeof COLUMNS, csv: string): string {
	const select = COLUMNS[table].map(({ name, type }) => {
		const column = `"${name}"`;
		return type === 'VARCHAR' ? `${restoreCellSql(column)} AS ${column}` : `TRY_CAST(NULLIF(${column}, '') AS ${type}) AS ${column}`;
	});
	return `SELECT ${select.join(', ')} FROM read_csv(${sqlString(csv)}, header = true, all_varchar = true)`;
}

export async function writeParquet(csv: string, parquet: string, table: keyof typeof COLUMNS): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		await connection.run(`COPY (${selectTyped(table, csv)}) TO ${sqlString(parquet)} (FORMAT parquet)`);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
