// Writes a run's rows to the output folder as they come, and the closing summary line.
//
// The folder holds the outputs of one run only — or of the shards of one sharded run, whose files
// are named part-<i>-of-<n> and live side by side: rows go to hidden `.<file>.partial` files, which
// replace the previous outputs when the run finishes; outputs of ours that this run did not write
// (a `.parquet` from an earlier `--format parquet` run, partitions of an earlier run, files of a
// run sharded another way) are removed then, a sibling shard's are kept. Other files in the folder
// are left alone. An interrupted run leaves the previous outputs as they were.
import { writeFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { TEXTS_DIR, textPath } from '../../src/lib/contract/texts';
import { shardTag, WHOLE, type PartitionKey, type Shard } from './cli-flags';
import { CsvFile, REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS, type ReportRow, type ValueRow, type WarningRow } from './csv';
import type { FileRows, RowSink, RunResult, RunSummary } from './pipeline';

const TABLES = ['reports', 'values', 'warnings'] as const;
type Table = (typeof TABLES)[number];

const partial = (outDir: string, file: string): string => join(outDir, `.${file}.partial`);

/** reports.csv, or reports.part-2-of-4.csv for shard 2 of 4 */
const fileName = (table: Table, ext: 'csv' | 'parquet', shard: Shard): string =>
	shard.count > 1 ? `${table}.${shardTag(shard)}.${ext}` : `${table}.${ext}`;

/** Our flat output files, with the shard that wrote them (an untagged file is the whole of a run). */
const FLAT_FILE = /^(?:reports|values|warnings)(?:\.part-([0-9]+)-of-([0-9]+))?\.(?:csv|parquet)$/;

export interface OutputOptions {
	/** also write Parquet: <table>.parquet, or partitioned trees with `partition` */
	parquet?: boolean;
	/** Hive partition columns of the Parquet outputs */
	partition?: PartitionKey[];
	/** this run's shard, which names its files (default: the whole input) */
	shard?: Shard;
	/**
	 * also write each readable report's text to texts/<report_id>.txt (the dataset's texts for the
	 * Report view); the texts folder is emptied first and written as the run goes
	 */
	withTexts?: boolean;
}

export class RunOutputs implements RowSink {
	private readonly shard: Shard;

	private constructor(
		private readonly outDir: string,
		private readonly options: OutputOptions,
		private readonly files: { reports: CsvFile<typeof REPORT_COLUMNS>; values: CsvFile<typeof VALUE_COLUMNS>; warnings: CsvFile<typeof WARNING_COLUMNS> }
	) {
		this.shard = options.shard ?? WHOLE;
	}

	static async open(outDir: string, options: OutputOptions = {}): Promise<RunOutputs> {
		await mkdir(outDir, { recursive: true });
		if (options.withTexts) {
			await rm(join(outDir, TEXTS_DIR), { recursive: true, force: true });
			await mkdir(join(outDir, TEXTS_DIR), { recursive: true });
		}
		const csv = (table: Table) => partial(outDir, fileName(table, 'csv', options.shard ?? WHOLE));
		const files = {
			reports: await CsvFile.create(csv('reports'), REPORT_COLUMNS),
			values: await CsvFile.create(csv('values'), VALUE_COLUMNS),
			warnings: await CsvFile.create(csv('warnings'), WARNING_COLUMNS)
		};
		return new RunOutputs(outDir, options, files);
	}

	get usesText(): boolean {
		return this.options.withTexts === true;
	}

	async add(rows: FileRows): Promise<void> {
		await this.append([rows.report], rows.values, rows.warnings);
		if (this.options.withTexts && rows.text !== null) {
			// synchronous: thousands of small files, each an async round trip costs more than the write
			writeFileSync(join(this.outDir, textPath(String(rows.report.report_id))), rows.text, 'utf8');
		}
	}

	async append(reports: ReportRow[], values: ValueRow[], warnings: WarningRow[]): Promise<void> {
		await this.files.reports.append(reports);
		await this.files.values.append(values);
		await this.files.warnings.append(warnings);
	}

	private get staging(): string {
		return join(this.outDir, `.partial-${shardTag(this.shard)}`);
	}

	/** Closes the CSVs, writes Parquet if asked, then puts this run's files in place of the last run's. */
	async finish(): Promise<void> {
		await this.closeAll();
		const flat: string[] = TABLES.map((t) => fileName(t, 'csv', this.shard));
		const csv = Object.fromEntries(TABLES.map((t) => [t, partial(this.outDir, fileName(t, 'csv', this.shard))])) as Record<Table, string>;
		const partition = this.options.parquet ? (this.options.partition ?? []) : [];
		if (this.options.parquet && partition.length === 0) {
			const { writeParquet } = await import('./parquet');
			for (const t of TABLES) await writeParquet(csv[t], partial(this.outDir, fileName(t, 'parquet', this.shard)), t);
			flat.push(...TABLES.map((t) => fileName(t, 'parquet', this.shard)));
		}
		const { installPartitioned, removeStaleParts, writePartitioned } = await import('./partition');
		if (partition.length > 0) {
			await rm(this.staging, { recursive: true, force: true });
			await mkdir(this.staging, { recursive: true });
			await writePartitioned(csv, this.staging, partition, shardTag(this.shard));
		}
		for (const file of flat) await rename(partial(this.outDir, file), join(this.outDir, file));
		const placed = partition.length > 0 ? await installPartitioned(this.staging, this.outDir, shardTag(this.shard)) : new Set<string>();
		await this.removeStaleFlat(new Set(flat));
		await removeStaleParts(this.outDir, this.shard, placed);
		await rm(this.staging, { recursive: true, force: true });
	}

	/** Our flat files this run did not write, except a sibling shard's. */
	private async removeStaleFlat(written: Set<string>): Promise<void> {
		for (const name of await readdir(this.outDir)) {
			const m = FLAT_FILE.exec(name);
			if (!m || written.has(name)) continue;
			const [index, count] = m[1] ? [Number(m[1]), Number(m[2])] : [1, 1];
			if (count === this.shard.count && index !== this.shard.index) continue;
			await rm(join(this.outDir, name), { force: true });
		}
	}

	/** After a failure: removes this run's unfinished files, leaves the last run's outputs. */
	async abort(): Promise<void> {
		await this.closeAll().catch(() => undefined);
		for (const table of TABLES) {
			for (const ext of ['csv', 'parquet'] as const) await rm(partial(this.outDir, fileName(table, ext, this.shard)), { force: true });
		}
		await rm(this.staging, { recursive: true, force: true });
	}

	private closed = false;
	private async closeAll(): Promise<void> {
		if (this.closed) return;
		this.closed = true;
		for (const file of Object.values(this.files)) await file.close();
	}
}

/** Rows already in memory (tests, small runs), written as a streaming run writes them. */
export async function writeOutputs(outDir: string, rows: Pick<RunResult, 'reports' | 'values' | 'warnings'>, options: OutputOptions = {}): Promise<void> {
	const outputs = await RunOutputs.open(outDir, options);
	await outputs.append(rows.reports, rows.values, rows.warnings);
	await outputs.finish();
}

export function summaryLine(summary: RunSummary, seconds: number): string {
	const { nFiles: files, nFailed: failed, nValues: values, nWarnings: warnings } = summary;
	const secs = seconds.toFixed(2);
	const n = summary.skipped.length;
	const [zhSkip, enSkip] = n ? [`，跳过非报告文件 ${n} 个（${kinds(summary.skipped)}）`, `, skipped ${n} non-report files (${kinds(summary.skipped)})`] : ['', ''];
	return (
		`文件 ${files} 个（${failed} 个无法读取或未识别），数值 ${values} 条，警告 ${warnings} 条，用时 ${secs} 秒${zhSkip} / ` +
		`${files} files (${failed} unreadable or unrecognised), ${values} values, ${warnings} warnings, ${secs} s${enSkip}`
	);
}

const kinds = (paths: string[]): string =>
	[...new Set(paths.map((p) => p.slice(p.lastIndexOf('.')).toLowerCase()))].sort().join(' ');
