// The seeds bar (DESIGN.md §7): through the CLI core, every required value of the five seed reports
// with the right qualifier, no false value, the expected warning, the expected metadata, and CSV
// headers exactly as the contract says.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../scripts/lib/csv';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { writeOutputs } from '../../scripts/lib/output';
import { extractFiles } from '../../scripts/lib/pipeline';
import { scoreValues, type ExpectedValue, type FoundValue } from '../../scripts/lib/score';
import { scoreWarnings } from '../../scripts/lib/score-meta';

const FIXTURES = 'tests/fixtures/seeds';
type Rows = Record<string, string>[];

let out: string;
let reports: Rows;
let values: Rows;
let warnings: Rows;
const headers: Record<string, string[]> = {};

beforeAll(async () => {
	out = mkdtempSync(join(tmpdir(), 'townlens-seeds-'));
	const { extractor, gazetteer } = await loadExtractor();
	await writeOutputs(out, await extractFiles(['data/reports/seeds'], { extractor, gazetteer }));
	for (const name of ['reports', 'values', 'warnings']) {
		const { fields, rows } = await readCsv(join(out, `${name}.csv`));
		headers[name] = fields;
		if (name === 'reports') reports = rows;
		else if (name === 'values') values = rows;
		else warnings = rows;
	}
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

const fixture = async (name: string) => (await readCsv(join(FIXTURES, name))).rows;
const sourceOf = (reportId: string) => reports.find((r) => r.report_id === reportId)?.source ?? reportId;

describe('seeds through the CLI core', () => {
	it('writes the CSV headers of DESIGN.md §3 (town_id appended)', () => {
		expect(headers.reports).toEqual([
			'report_id', 'source', 'title', 'body', 'level', 'town', 'county', 'city', 'province', 'year',
			'format', 'published', 'status', 'n_values', 'sha256', 'town_id'
		]);
		expect(headers.values).toEqual(['report_id', 'indicator', 'value', 'qualifier', 'origin', 'quote', 'start', 'end']);
		expect(headers.warnings).toEqual(['report_id', 'code', 'indicator', 'message']);
	});

	it('writes data files as UTF-8 with a BOM (for Excel and WPS; the header above still reads right)', () => {
		for (const name of ['reports', 'values', 'warnings']) expect([...readFileSync(join(out, `${name}.csv`)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	});

	it('finds every required value with its qualifier and no false value', async () => {
		const expected: ExpectedValue[] = (await fixture('expected.csv')).map((r) => ({
			file: r.file, indicator: r.indicator, value: Number(r.value), qualifier: r.qualifier, required: r.required === '1', evidence: r.evidence
		}));
		const found: FoundValue[] = values.map((v) => ({
			file: sourceOf(v.report_id), indicator: v.indicator, value: Number(v.value), qualifier: v.qualifier, origin: v.origin, quote: v.quote
		}));
		const score = scoreValues(expected, found);
		const misses = score.required.filter((r) => !r.hit).map((r) => `${r.expected.file} ${r.expected.indicator}=${r.expected.value} ${r.expected.qualifier}`);
		const falseValues = score.found.filter((f) => !f.correct).map((f) => `${f.found.file} ${f.found.indicator}=${f.found.value} «${f.found.quote}»`);
		expect(misses).toEqual([]);
		expect(falseValues).toEqual([]);
	});

	it('quotes the original text at the stated offsets', () => {
		for (const v of values) {
			const text = readFileSync(join('data/reports/seeds', sourceOf(v.report_id)), 'utf8').replace(/^\uFEFF/, '');
			expect(text.slice(Number(v.start), Number(v.end))).toBe(v.quote);
		}
	});

	it('raises the expected warnings', async () => {
		const expected = (await fixture('expected-warnings.csv')).map((w) => ({ file: w.file, code: w.code, indicator: w.indicator }));
		const raised = warnings.map((w) => ({ file: sourceOf(w.report_id), code: w.code, indicator: w.indicator }));
		expect(scoreWarnings(expected, raised).expected.filter((w) => !w.raised)).toEqual([]);
	});

	it('reads each report’s metadata as expected, status ok', async () => {
		const expected = await fixture('expected-reports.csv');
		const fields = ['town', 'county', 'city', 'province', 'year', 'level', 'format', 'published'] as const;
		const pick = (row: Record<string, string>) => Object.fromEntries(fields.map((f) => [f, row[f] ?? '']));
		const bySource = new Map(reports.map((r) => [r.source, r]));
		for (const e of expected) {
			const found = bySource.get(e.file);
			expect(found, e.file).toBeDefined();
			expect({ file: e.file, ...pick(found!) }).toEqual({ file: e.file, ...pick(e) });
			expect(found!.status).toBe('ok');
		}
		expect(reports).toHaveLength(expected.length);
	});

	it('keys reports by the first 16 hex of their sha256 and counts their values', () => {
		for (const r of reports) {
			expect(r.report_id).toBe(r.sha256.slice(0, 16));
			expect(Number(r.n_values)).toBe(values.filter((v) => v.report_id === r.report_id).length);
			expect(r.town_id).not.toBe('');
		}
	});
});
