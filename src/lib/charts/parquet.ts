// Typed columns → a Parquet file, in the browser (DuckDB-WASM cannot write Parquet offline). Types
// map as DuckDB's own COPY … (FORMAT parquet) writes them, so a download of a table has the same
// schema as the CLI's `--format parquet` output (VARCHAR → BYTE_ARRAY/UTF8, INTEGER → INT32/INT_32,
// DOUBLE → DOUBLE, every column OPTIONAL). hyparquet-writer is loaded only when a file is written.
import type { Column, ColumnKind } from './columns';

interface Element {
	name: string;
	type: 'BYTE_ARRAY' | 'INT32' | 'INT64' | 'FLOAT' | 'DOUBLE' | 'BOOLEAN';
	converted_type?: 'UTF8' | 'INT_8' | 'INT_16' | 'INT_32' | 'INT_64' | 'UINT_8' | 'UINT_16' | 'UINT_32' | 'UINT_64' | 'DATE' | 'TIMESTAMP_MILLIS';
	repetition_type: 'OPTIONAL';
}

const ELEMENT: Record<ColumnKind, Omit<Element, 'name' | 'repetition_type'>> = {
	string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
	text: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
	int8: { type: 'INT32', converted_type: 'INT_8' },
	int16: { type: 'INT32', converted_type: 'INT_16' },
	int32: { type: 'INT32', converted_type: 'INT_32' },
	int64: { type: 'INT64', converted_type: 'INT_64' },
	uint8: { type: 'INT32', converted_type: 'UINT_8' },
	uint16: { type: 'INT32', converted_type: 'UINT_16' },
	uint32: { type: 'INT32', converted_type: 'UINT_32' },
	uint64: { type: 'INT64', converted_type: 'UINT_64' },
	float: { type: 'FLOAT' },
	double: { type: 'DOUBLE' },
	boolean: { type: 'BOOLEAN' },
	date: { type: 'INT32', converted_type: 'DATE' },
	timestamp: { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' }
};

const DAY_MS = 86_400_000;

/** Values in the form the writer takes for the column's physical type. */
function data(c: Column): unknown[] {
	switch (c.kind) {
		case 'int64':
		case 'uint64':
		case 'timestamp':
			return c.values.map((v) => (v === null ? null : typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)))));
		case 'date':
			return c.values.map((v) => (v === null ? null : Math.floor(Number(v) / DAY_MS)));
		case 'string':
		case 'text':
			return c.values.map((v) => (v === null ? null : String(v)));
		default:
			return c.values;
	}
}

export const parquetSchema = (cols: Column[]): Element[] =>
	cols.map((c) => ({ name: c.name, ...ELEMENT[c.kind], repetition_type: 'OPTIONAL' }));

export async function toParquet(cols: Column[]): Promise<Uint8Array> {
	const { parquetWriteBuffer } = await import('hyparquet-writer');
	const schema = [{ name: 'root', num_children: cols.length }, ...parquetSchema(cols)];
	const buffer = parquetWriteBuffer({
		columnData: cols.map((c) => ({ name: c.name, data: data(c) })),
		schema,
		createdBy: 'TownLens'
	} as Parameters<typeof parquetWriteBuffer>[0]);
	return new Uint8Array(buffer);
}
