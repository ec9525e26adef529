// Parquet copies of the CSVs through DuckDB (Node), for the analyst download and the scale dataset.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

// Everything is text except these columns: ids stay VARCHAR even when a hash or code is all digits.
const TYPED_COLUMNS: Record<string, Record<string, string>> = {
	reports: { year: 'INTEGER', n_values: 'INTEGER' },
	values: { value: 'DOUBLE', start: 'INTEGER', end: 'INTEGER' },
	warnings: {}
};
const TABLES = Object.keys(TYPED_COLUMNS);

function selectTyped(table: string, csv: string): string {
	const casts = Object.entries(TYPED_COLUMNS[table]).map(([column, type]) => `TRY_CAST(NULLIF("${column}", '') AS ${type}) AS "${column}"`);
	const replace = casts.length ? ` REPLACE (${casts.join(', ')})` : '';
	return `SELECT *${replace} FROM read_csv(${sqlString(csv)}, header = true, all_varchar = true)`;
}

const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export async function writeParquet(outDir: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const table of TABLES) {
			const csv = join(outDir, `${table}.csv`);
			const parquet = join(outDir, `${table}.parquet`);
			await connection.run(
				`COPY (${selectTyped(table, csv)}) TO ${sqlString(parquet)} (FORMAT parquet)`
			);
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
