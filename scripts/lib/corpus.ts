// Reads a scored corpus (expected.csv, expected-reports.csv, expected-warnings.csv), runs the CLI core
// on its reports and scores the result.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './csv';
import type { Extractor, RunResult } from './pipeline';
import { extractFiles } from './pipeline';
import { scoreValues, type ExpectedValue, type FoundValue, type ValueScore } from './score';
import { scoreMeta, scoreWarnings, type ExpectedReport, type FoundReport, type MetaScore, type WarningScore } from './score-meta';
import type { Gazetteer } from '../../src/lib/extract/types';

export interface CorpusFiles {
	reportsDir: string;
	expected: string;
	expectedReports?: string;
	expectedWarnings?: string;
}

export interface CorpusScore {
	values: ValueScore;
	meta: MetaScore;
	warnings: WarningScore;
	run: RunResult;
	/** file → year and format, from expected-reports.csv where given, else as extracted */
	fileInfo: Map<string, { year: number | null; format: string }>;
}

/** `dir/reports`, `dir/expected.csv`, optional `dir/expected-reports.csv`, `dir/expected-warnings.csv`. */
export function corpusLayout(dir: string): CorpusFiles {
	const optional = (name: string) => (existsSync(join(dir, name)) ? join(dir, name) : undefined);
	return {
		reportsDir: join(dir, 'reports'),
		expected: join(dir, 'expected.csv'),
		expectedReports: optional('expected-reports.csv'),
		expectedWarnings: optional('expected-warnings.csv')
	};
}

export function foundValues(run: RunResult): FoundValue[] {
	const sourceOf = new Map(run.reports.map((r) => [String(r.report_id), String(r.source)]));
	return run.values.map((v) => ({
		file: sourceOf.get(String(v.report_id)) ?? String(v.report_id),
		indicator: String(v.indicator),
		value: Number(v.value),
		qualifier: String(v.qualifier),
		origin: String(v.origin),
		quote: String(v.quote)
	}));
}

export async function readExpectedValues(path: string): Promise<ExpectedValue[]> {
	const { rows } = await readCsv(path);
	return rows.map((r) => ({
		file: r.file,
		indicator: r.indicator,
		value: Number(r.value),
		qualifier: r.qualifier,
		required: r.required === '1' || r.required === 'true',
		evidence: r.evidence ?? ''
	}));
}

function fileInfoOf(run: RunResult, expectedReports: ExpectedReport[]): CorpusScore['fileInfo'] {
	const info: CorpusScore['fileInfo'] = new Map();
	const toYear = (y: unknown) => (y === '' || y === undefined || y === null || Number.isNaN(Number(y)) ? null : Number(y));
	for (const r of run.reports) info.set(String(r.source), { year: toYear(r.year), format: String(r.format) || 'none' });
	for (const e of expectedReports) {
		const extracted = info.get(e.file);
		info.set(e.file, {
			year: toYear(e.year) ?? extracted?.year ?? null,
			format: e.format || extracted?.format || (e.level && e.level !== 'township' ? 'negative' : 'none')
		});
	}
	return info;
}

export async function scoreCorpus(files: CorpusFiles, extractor: Extractor, gazetteer?: Gazetteer): Promise<CorpusScore> {
	const run = await extractFiles([files.reportsDir], { extractor, gazetteer });
	const expected = await readExpectedValues(files.expected);
	const expectedReports = files.expectedReports ? ((await readCsv(files.expectedReports)).rows as ExpectedReport[]) : [];
	const expectedWarnings = files.expectedWarnings ? (await readCsv(files.expectedWarnings)).rows : [];
	const sourceOf = new Map(run.reports.map((r) => [String(r.report_id), String(r.source)]));
	const found = foundValues(run);
	const foundReports: FoundReport[] = run.reports.map((r) => ({ ...r, source: String(r.source), status: String(r.status), n_values: Number(r.n_values) }));
	const raised = run.warnings.map((w) => ({ file: sourceOf.get(String(w.report_id)) ?? '', code: String(w.code), indicator: String(w.indicator) }));
	return {
		values: scoreValues(expected, found),
		meta: scoreMeta(expectedReports, foundReports),
		warnings: scoreWarnings(expectedWarnings.map((w) => ({ file: w.file, code: w.code, indicator: w.indicator ?? '' })), raised),
		run,
		fileInfo: fileInfoOf(run, expectedReports)
	};
}
