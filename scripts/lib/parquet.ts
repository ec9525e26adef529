// Parquet copies of the CSVs through DuckDB (Node), for the analyst download and the scale dataset.
// Parquet is typed data for programs, never opened by a spreadsheet: it holds the original text,
// so the formula-safe apostrophe of the CSV cells is taken off again (restoreCellSql).
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { restoreCellSql } from '../../src/lib/contract/csv-cell';
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '../../src/lib/contract/tables';

export type ContractTable = 'reports' | 'values' | 'warnings';

export const COLUMNS: Record<ContractTable, readonly Column[]> = {
	reports: REPORT_TABLE,
	values: VALUE_TABLE,
	warnings: WARNING_TABLE
};

export const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * A SELECT of one contract table from its CSV file(s) (a path, or a list of paths, read as one):
 * text columns restored, numeric ones typed (ids stay VARCHAR even when a hash or code is all digits).
 */
export function selectTyped(table: ContractTable, csv: string | string[]): string {
	const select = COLUMNS[table].map(({ name, type }) => {
		const column = `"${name}"`;
		return type === 'VARCHAR' ? `${restoreCellSql(column)} AS ${column}` : `TRY_CAST(NULLIF(${column}, '') AS ${type}) AS ${column}`;
	});
	const files = typeof csv === 'string' ? sqlString(csv) : `[${csv.map(sqlString).join(', ')}]`;
	return `SELECT ${select.join(', ')} FROM read_csv(${files}, header = true, all_varchar = true)`;
}

/**
 * A DuckDB for one job, closed afterwards. `memoryLimit` bounds what a conversion may hold (it
 * spills to `tempDir` beyond it), so converting a large run does not undo the pipeline's flat memory.
 */
export async function withDuckDb<T>(work: (connection: DuckDBConnection) => Promise<T>, settings: { memoryLimit?: string; tempDir?: string } = {}): Promise<T> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		if (settings.memoryLimit) await connection.run(`SET memory_limit = ${sqlString(settings.memoryLimit)}`);
		if (settings.tempDir) await connection.run(`SET temp_directory = ${sqlString(settings.tempDir)}`);
		return await work(connection);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}

export async function writeParquet(csv: string, parquet: string, table: ContractTable): Promise<void> {
	await withDuckDb((connection) => connection.run(`COPY (${selectTyped(table, csv)}) TO ${sqlString(parquet)} (FORMAT parquet)`));
}
