// The accuracy bar inside `npm test`: a small generated corpus (a seed other than the demo's) goes
// through the CLI core and is scored as `npm run accuracy` scores it, with the same thresholds,
// overall and per format; the planted prose/table conflicts must be flagged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusLayout, foundValues, readExpectedValues, scoreCorpus, type CorpusScore } from '../../scripts/lib/corpus';
import { readGazetteerExtra } from '../../scripts/lib/gazetteer-extra';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { breakdown, GENERATED_BARS, meetsGeneratedBars, rates, scoreValues, type FoundValue, type Rates, type ValueScore } from '../../scripts/lib/score';
import { generateCorpus } from '../../scripts/generator/index';

// seed chosen so the corpus plants prose/table conflicts (3); the demo uses 20260101
const CORPUS = { towns: 6, from: 2014, to: 2025, seed: 314159 };
const FORMATS = ['prose', 'pre2019_table', 'std2019', 'std2021'];

let dir: string;
let score: CorpusScore;
let formatOf: (file: string) => string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-accuracy-'));
	await generateCorpus({ ...CORPUS, outDir: dir });
	const extra = await readGazetteerExtra(join(dir, 'gazetteer-extra.csv'));
	if (!extra.ok) throw new Error(extra.error);
	const { extractor, gazetteer } = await loadExtractor(extra.towns);
	score = await scoreCorpus(corpusLayout(dir), extractor, gazetteer);
	formatOf = (file) => score.fileInfo.get(file)?.format ?? 'none';
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const show = (label: string, r: Rates) => `${label}: P ${r.precision.toFixed(4)} (${r.nCorrect}/${r.nFound}) R ${r.recall.toFixed(4)} (${r.nHits}/${r.nRequired})`;

/** Every part that misses a bar, named; empty when the corpus passes overall and in each format. */
function barFailures(values: ValueScore): string[] {
	const perFormat = breakdown(values, (file) => formatOf(file));
	const parts: [string, Rates | undefined][] = [['overall', rates(values)], ...FORMATS.map((f): [string, Rates | undefined] => [f, perFormat.get(f)])];
	return parts.filter(([, r]) => !r || !meetsGeneratedBars(r)).map(([label, r]) => (r ? show(label, r) : `${label}: no values`));
}

describe(`accuracy on a generated corpus (${CORPUS.towns} towns, ${CORPUS.from}–${CORPUS.to}, seed ${CORPUS.seed})`, () => {
	it(`reaches P ≥ ${GENERATED_BARS.precision} and R ≥ ${GENERATED_BARS.recall} overall and in every format`, () => {
		const perFormat = breakdown(score.values, (file) => formatOf(file));
		// each format must carry enough rows for its rate to mean something
		for (const f of FORMATS) expect(perFormat.get(f)?.nRequired ?? 0, f).toBeGreaterThan(50);
		expect(barFailures(score.values)).toEqual([]);
	});

	it('raises every planted prose/table conflict', () => {
		const conflicts = score.warnings.expected.filter((w) => w.code === 'conflict');
		expect(conflicts.length).toBeGreaterThan(0);
		expect(conflicts.filter((w) => !w.raised)).toEqual([]);
	});

	it('raises no conflict the corpus did not plant (an approximate statement the table fulfils agrees)', () => {
		const planted = new Set(score.warnings.expected.filter((w) => w.code === 'conflict').map((w) => `${w.file}|${w.indicator}`));
		const sourceOf = new Map(score.run.reports.map((r) => [String(r.report_id), String(r.source)]));
		const raised = score.run.warnings.filter((w) => w.code === 'conflict').map((w) => `${sourceOf.get(String(w.report_id))}|${w.indicator}`);
		expect(raised.filter((k) => !planted.has(k))).toEqual([]);
	});

	it('reads town, year, county, city and province of nearly every report', () => {
		for (const field of ['town', 'year', 'county', 'city', 'province']) {
			const checks = score.meta.checks.filter((c) => c.field === field);
			expect(checks.length, field).toBe(score.run.reports.length);
			expect(checks.filter((c) => c.ok).length / checks.length, field).toBeGreaterThanOrEqual(GENERATED_BARS.recall);
		}
	});

	it('would fail: wrong values overall, or in one format only, fall below the bar', async () => {
		const expected = await readExpectedValues(join(dir, 'expected.csv'));
		const found = foundValues(score.run);
		const nudge = (f: FoundValue): FoundValue => ({ ...f, value: f.value + 1 });
		// one value in twenty off by one: both rates drop overall
		const everywhere = scoreValues(expected, found.map((f, i) => (i % 20 === 0 ? nudge(f) : f)));
		expect(barFailures(everywhere)[0]).toMatch(/^overall/);
		// a tenth of the prose values wrong: overall may pass, the prose line must not
		let n = 0;
		const inProse = scoreValues(expected, found.map((f) => (formatOf(f.file) === 'prose' && n++ % 10 === 0 ? nudge(f) : f)));
		expect(barFailures(inProse).some((line) => line.startsWith('prose'))).toBe(true);
		// the unchanged found set scores as the corpus did
		expect(rates(scoreValues(expected, found))).toEqual(rates(score.values));
	});
});
