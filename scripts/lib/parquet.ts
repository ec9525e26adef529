// Parquet copies of the CSVs through DuckDB (Node), for the analyst download and the scale dataset.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const TABLES = ['reports', 'values', 'warnings'] as const;

const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export async function writeParquet(outDir: string): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		for (const table of TABLES) {
			const csv = join(outDir, `${table}.csv`);
			const parquet = join(outDir, `${table}.parquet`);
			await connection.run(
				`COPY (SELECT * FROM read_csv(${sqlString(csv)}, header = true, auto_detect = true, sample_size = -1)) TO ${sqlString(parquet)} (FORMAT parquet)`
			);
		}
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
}
