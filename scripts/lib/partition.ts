// --partition province,year: the three tables as Hive-style trees any engine reads as one table
// (DuckDB, Spark, Trino, Polars): <table>/province=江西省/year=2019/part-<i>-of-<n>.parquet.
//   - The partition columns live in the directory names, as Hive does it, not in the files; the
//     values and warnings tables take them from their report, so every table can be pruned alike.
//   - Directory names are raw UTF-8 with Hive's own escapes (%2F for /, …): DuckDB writes
//     percent-encoded UTF-8, which Spark decodes byte by byte into mojibake. A missing value is
//     Hive's __HIVE_DEFAULT_PARTITION__, read back as NULL by all of them.
//   - File names carry the shard (part-2-of-4), so the shards of one run sit side by side.
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PartitionKey } from './cli-flags';
import { selectTyped, sqlString, withDuckDb, type ContractTable } from './parquet';

export const PARTITIONED_TABLES: readonly ContractTable[] = ['reports', 'values', 'warnings'];

/** Characters Hive escapes in a partition value (FileUtils.charToEscape), plus Windows' reserved ones. */
const HIVE_ESCAPED = /[\u0000-\u001f"#%'*/:=?\\\u007f{[\]^<>|]/g;

export const hiveValue = (value: string): string =>
	value.replace(HIVE_ESCAPED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** One `key=value` directory name as DuckDB wrote it → as Hive and Spark write it. */
export function hiveSegment(segment: string): string {
	const eq = segment.indexOf('=');
	if (eq < 0) return segment;
	const raw = segment.slice(eq + 1);
	if (raw === '__HIVE_DEFAULT_PARTITION__') return segment;
	let value: string;
	try {
		value = decodeURIComponent(raw);
	} catch {
		return segment;
	}
	return `${segment.slice(0, eq + 1)}${hiveValue(value)}`;
}

/** Our part files: part-<i>-of-<n>.parquet (a DuckDB file counter may follow when a partition splits). */
const PART_FILE = /^part-([0-9]+)-of-([0-9]+)(?:-[0-9]+)?\.parquet$/;

export const partOf = (name: string): { index: number; count: number } | undefined => {
	const m = PART_FILE.exec(name);
	return m ? { index: Number(m[1]), count: Number(m[2]) } : undefined;
};

/** Writes the partitioned trees of the run's (partial) CSVs into `staging` with DuckDB. */
export async function writePartitioned(
	csv: Record<ContractTable, string | string[]>,
	staging: string,
	keys: PartitionKey[],
	tag: string,
	memoryLimit = '1GB'
): Promise<void> {
	const by = keys.map((k) => `"${k}"`).join(', ');
	const reportKeys = `SELECT report_id, ${by} FROM (${selectTyped('reports', csv.reports)})`;
	await withDuckDb(
		async (connection) => {
			// the row order inside a partition file carries no meaning; not keeping it saves memory
			await connection.run('SET preserve_insertion_order = false');
			for (const table of PARTITIONED_TABLES) {
				const rows = table === 'reports' ? selectTyped(table, csv.reports) : `SELECT t.*, ${keys.map((k) => `r."${k}"`).join(', ')} FROM (${selectTyped(table, csv[table])}) t LEFT JOIN (${reportKeys}) r USING (report_id)`;
				await connection.run(`COPY (${rows}) TO ${sqlString(join(staging, table))} (FORMAT parquet, PARTITION_BY (${by}), FILENAME_PATTERN '${tag}-{i}')`);
				if (await hasParquet(join(staging, table))) continue;
				// no rows (a shard without warnings): one empty file under the default partition, so
				// every table has a schema to read and a glob over it finds a file
				const dir = join(staging, table, ...keys.map((k) => `${k}=__HIVE_DEFAULT_PARTITION__`));
				await mkdir(dir, { recursive: true });
				await connection.run(`COPY (SELECT * EXCLUDE (${by}) FROM (${rows}) LIMIT 0) TO ${sqlString(join(dir, `${tag}-0.parquet`))} (FORMAT parquet)`);
			}
		},
		{ memoryLimit, tempDir: join(staging, '.spill') }
	);
}

/** Does the tree hold a Parquet file? (DuckDB may leave an empty directory for a table without rows) */
async function hasParquet(dir: string): Promise<boolean> {
	const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
	return entries.some((name) => String(name).endsWith('.parquet'));
}

/** Moves the staged trees under `outDir` with Hive directory names and this shard's file names; returns the paths. */
export async function installPartitioned(staging: string, outDir: string, tag: string): Promise<Set<string>> {
	const moved: string[] = [];
	for (const table of PARTITIONED_TABLES) await moveTree(join(staging, table), join(outDir, table), tag, moved);
	return new Set(moved);
}

/** Moves the part files of one staged tree into place; `part-2-of-4-0` becomes `part-2-of-4` when it is the partition's only file. */
async function moveTree(from: string, to: string, tag: string, moved: string[]): Promise<void> {
	let entries;
	try {
		entries = await readdir(from, { withFileTypes: true });
	} catch {
		return; // a table without rows has no tree
	}
	const files = entries.filter((e) => e.isFile() && e.name.endsWith('.parquet'));
	for (const entry of entries) if (entry.isDirectory()) await moveTree(join(from, entry.name), join(to, hiveSegment(entry.name)), tag, moved);
	if (files.length === 0) return;
	await mkdir(to, { recursive: true });
	for (const file of files) {
		const name = files.length === 1 ? `${tag}.parquet` : file.name;
		await rename(join(from, file.name), join(to, name));
		moved.push(join(to, name));
	}
}

/**
 * Removes part files under `<outDir>/<table>/` that no longer belong: every file of an earlier run
 * except those of this run's sibling shards (same n, another i), then the directories left empty.
 */
export async function removeStaleParts(outDir: string, shard: { index: number; count: number }, keep: Set<string>): Promise<void> {
	const sweep = async (dir: string): Promise<boolean> => {
		let entries;
		try {
			entries = await readdir(dir, { withFileTypes: true });
		} catch {
			return false;
		}
		let left = entries.length;
		for (const entry of entries) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (await sweep(path)) left--;
				continue;
			}
			const part = partOf(entry.name);
			const sibling = part && part.count === shard.count && part.index !== shard.index;
			if (part && !sibling && !keep.has(path)) {
				await rm(path, { force: true });
				left--;
			}
		}
		if (left > 0) return false;
		await rmdir(dir).catch(() => undefined);
		return true;
	};
	for (const table of PARTITIONED_TABLES) await sweep(join(outDir, table));
}
