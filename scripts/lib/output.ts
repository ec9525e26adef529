// Writes a run's rows to an output directory and formats the closing summary line.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS, writeCsv } from './csv';
import type { RunResult } from './pipeline';

export async function writeOutputs(outDir: string, result: RunResult): Promise<void> {
	await mkdir(outDir, { recursive: true });
	await writeCsv(join(outDir, 'reports.csv'), REPORT_COLUMNS, result.reports);
	await writeCsv(join(outDir, 'values.csv'), VALUE_COLUMNS, result.values);
	await writeCsv(join(outDir, 'warnings.csv'), WARNING_COLUMNS, result.warnings);
}

export function summaryLine(result: RunResult, seconds: number): string {
	const files = result.reports.length;
	const failed = result.reports.filter((r) => r.status === 'unreadable' || r.status === 'unrecognized').length;
	const secs = seconds.toFixed(2);
	const n = result.skipped.length;
	const [zhSkip, enSkip] = n ? [`，跳过非报告文件 ${n} 个（${kinds(result.skipped)}）`, `, skipped ${n} non-report files (${kinds(result.skipped)})`] : ['', ''];
	return (
		`文件 ${files} 个（${failed} 个无法读取或未识别），数值 ${result.values.length} 条，警告 ${result.warnings.length} 条，用时 ${secs} 秒${zhSkip} / ` +
		`${files} files (${failed} unreadable or unrecognised), ${result.values.length} values, ${result.warnings.length} warnings, ${secs} s${enSkip}`
	);
}

const kinds = (paths: string[]): string =>
	[...new Set(paths.map((p) => p.slice(p.lastIndexOf('.')).toLowerCase()))].sort().join(' ');
