// A query result (Arrow table) as typed columns: what the CSV and Parquet downloads and the
// console's result grid read. Each SQL type maps to one kind; anything else travels as text.
import { DataType, type Table } from 'apache-arrow';
import type { CsvModel } from './frame';

export type ColumnKind = 'string' | 'int8' | 'int16' | 'int32' | 'int64' | 'uint8' | 'uint16' | 'uint32' | 'uint64' | 'float' | 'double' | 'boolean' | 'date' | 'timestamp' | 'text';

export interface Column {
	name: string;
	kind: ColumnKind;
	/** one value per row; null for NULL */
	values: unknown[];
}

function kindOf(t: DataType): ColumnKind {
	if (DataType.isUtf8(t) || DataType.isLargeUtf8(t)) return 'string';
	if (DataType.isInt(t)) return `${t.isSigned ? 'int' : 'uint'}${t.bitWidth}` as ColumnKind;
	if (DataType.isFloat(t)) return t.precision === 1 ? 'float' : 'double';
	if (DataType.isBool(t)) return 'boolean';
	if (DataType.isDate(t)) return 'date';
	if (DataType.isTimestamp(t)) return 'timestamp';
	return 'text';
}

/** Nested values (lists, structs, maps) and decimals as text a person and a spreadsheet can read. */
function asText(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (typeof v === 'object' && v !== null && 'toJSON' in v) return JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x));
	return String(v);
}

/** The name and kind of each column of a result. */
export function kindsOf(table: Table): { name: string; kind: ColumnKind }[] {
	return table.schema.fields.map((f) => ({ name: f.name, kind: kindOf(f.type) }));
}

/** One cell of a result (null for NULL): what the grid reads for the rows in view only. */
export function valueAt(table: Table, col: number, row: number, kind: ColumnKind): unknown {
	const vec = table.getChildAt(col);
	if (!vec?.isValid(row)) return null;
	const v = vec.get(row);
	return kind === 'text' ? asText(v) : (v ?? null);
}

/** Every cell of a result, column by column (downloads). */
export function columnsOf(table: Table): Column[] {
	return kindsOf(table).map(({ name, kind }, i) => {
		const vec = table.getChildAt(i);
		const raw = vec ? vec.toArray() : [];
		const values: unknown[] = new Array(table.numRows);
		for (let r = 0; r < table.numRows; r++) {
			// typed arrays are fast for numbers; dates and timestamps come through get() as epoch ms whatever their unit
			const v = !vec?.isValid(r) ? null : kind === 'text' ? asText(vec.get(r)) : kind === 'date' || kind === 'timestamp' ? vec.get(r) : raw[r];
			values[r] = v === undefined ? null : v;
		}
		return { name, kind, values };
	});
}

/** A cell as the CSV and the result grid show it: dates as ISO dates, 64-bit integers exactly. */
export function cellText(v: unknown, kind: ColumnKind): string {
	if (v === null || v === undefined) return '';
	if (kind === 'date') return new Date(Number(v)).toISOString().slice(0, 10);
	if (kind === 'timestamp') return new Date(Number(v)).toISOString().replace('T', ' ').replace('Z', '');
	return String(v);
}

/** The columns as a CSV model (charts/export `toCsv` adds the BOM and neutralises formula cells). */
export function columnsCsv(cols: Column[]): CsvModel {
	const n = cols[0]?.values.length ?? 0;
	const rows: string[][] = new Array(n);
	for (let r = 0; r < n; r++) rows[r] = cols.map((c) => cellText(c.values[r], c.kind));
	return { header: cols.map((c) => c.name), rows };
}
