// Writes a run's rows to the output folder as they come, and the closing summary line.
//
// The folder holds the outputs of one run only: rows go to hidden `.<table>.csv.partial` files,
// which replace the previous outputs when the run finishes; outputs of ours that this run did not
// write (a `.parquet` from an earlier `--format parquet` run) are removed then. Other files in the
// folder are left alone. An interrupted run leaves the previous outputs as they were.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEXTS_DIR, textPath } from '../../src/lib/contract/texts';
import { CsvFile, REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS, type ReportRow, type ValueRow, type WarningRow } from './csv';
import type { FileRows, RowSink, RunResult, RunSummary } from './pipeline';

const TABLES = ['reports', 'values', 'warnings'] as const;

const partial = (outDir: string, file: string): string => join(outDir, `.${file}.partial`);

export interface OutputOptions {
	/** also write <table>.parquet */
	parquet?: boolean;
	/**
	 * also write each readable report's text to texts/<report_id>.txt (the dataset's texts for the
	 * Report view); the texts folder is emptied first and written as the run goes
	 */
	withTexts?: boolean;
}

export class RunOutputs implements RowSink {
	private constructor(
		private readonly outDir: string,
		private readonly options: OutputOptions,
		private readonly files: { reports: CsvFile<typeof REPORT_COLUMNS>; values: CsvFile<typeof VALUE_COLUMNS>; warnings: CsvFile<typeof WARNING_COLUMNS> }
	) {}

	static async open(outDir: string, options: OutputOptions = {}): Promise<RunOutputs> {
		await mkdir(outDir, { recursive: true });
		if (options.withTexts) {
			await rm(join(outDir, TEXTS_DIR), { recursive: true, force: true });
			await mkdir(join(outDir, TEXTS_DIR), { recursive: true });
		}
		const files = {
			reports: await CsvFile.create(partial(outDir, 'reports.csv'), REPORT_COLUMNS),
			values: await CsvFile.create(partial(outDir, 'values.csv'), VALUE_COLUMNS),
			warnings: await CsvFile.create(partial(outDir, 'warnings.csv'), WARNING_COLUMNS)
		};
		return new RunOutputs(outDir, options, files);
	}

	async add(rows: FileRows): Promise<void> {
		await this.append([rows.report], rows.values, rows.warnings);
		if (this.options.withTexts && rows.text !== null) {
			await writeFile(join(this.outDir, textPath(String(rows.report.report_id))), rows.text, 'utf8');
		}
	}

	async append(reports: ReportRow[], values: ValueRow[], warnings: WarningRow[]): Promise<void> {
		await this.files.reports.append(reports);
		await this.files.values.append(values);
		await this.files.warnings.append(warnings);
	}

	/** Closes the CSVs, writes Parquet if asked, then puts this run's files in place of the last run's. */
	async finish(): Promise<void> {
		await this.closeAll();
		const written: string[] = TABLES.map((t) => `${t}.csv`);
		if (this.options.parquet) {
			const { writeParquet } = await import('./parquet');
			for (const t of TABLES) await writeParquet(partial(this.outDir, `${t}.csv`), partial(this.outDir, `${t}.parquet`), t);
			written.push(...TABLES.map((t) => `${t}.parquet`));
		}
		for (const file of written) await rename(partial(this.outDir, file), join(this.outDir, file));
		for (const table of TABLES) if (!this.options.parquet) await rm(join(this.outDir, `${table}.parquet`), { force: true });
	}

	/** After a failure: removes this run's unfinished files, leaves the last run's outputs. */
	async abort(): Promise<void> {
		await this.closeAll().catch(() => undefined);
		for (const table of TABLES) {
			for (const ext of ['csv', 'parquet']) await rm(partial(this.outDir, `${table}.${ext}`), { force: true });
		}
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
