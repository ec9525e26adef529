// `npm run accuracy [-- --corpus DIR]`: measures the extractor against expected values.
//   --corpus DIR   a scored corpus: DIR/reports/, DIR/expected.csv (+ expected-reports.csv, expected-warnings.csv,
//                  gazetteer-extra.csv: towns the national gazetteer lacks, as with extract --gazetteer-extra)
//   (no --corpus)  generated mode: a fresh synthetic corpus (--towns 20, --seed random, printed) plus the seeds;
//                  scored with the corpus's gazetteer-extra.csv, so county/city/province count;
//                  exits 1 when generated precision < 0.99 or recall < 0.97, the seeds are not 100 %,
//                  or the probe grammar falls below its bars.
//   --probes N     probe-grammar sentences per family, printed next to the corpus per group (default 400; 0 skips)
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generator/index';
import { printCorpusScore, printProbeTable, printWorstIndicators } from './lib/accuracy-report';
import { corpusLayout, scoreCorpus, type CorpusFiles, type CorpusScore } from './lib/corpus';
import { readCsv } from './lib/csv';
import { readGazetteerExtra } from './lib/gazetteer-extra';
import { loadExtractor } from './lib/load-extractor';
import { GENERATED_BARS, meetsGeneratedBars, rates, type ValueScore } from './lib/score';
import { PROBE_BARS, probeTotals, scoreGrammar } from './lib/score-probe';

interface Args {
	corpus?: string;
	towns: number;
	seed: number;
	from: number;
	to: number;
	limit: number;
	probes: number;
}

function parse(argv: string[]): Args {
	const args: Args = { towns: 20, seed: Math.floor(Math.random() * 1e9), from: 2014, to: 2025, limit: 40, probes: 400 };
	for (let i = 0; i < argv.length; i++) {
		const [flag, value] = [argv[i], argv[i + 1]];
		if (flag === '--') continue;
		if (value === undefined) throw new Error(`${flag} 需要一个值 / ${flag} needs a value`);
		if (flag === '--corpus') args.corpus = value;
		else if (flag === '--towns' || flag === '--seed' || flag === '--from' || flag === '--to' || flag === '--limit' || flag === '--probes') {
			const n = Number(value);
			if (!Number.isInteger(n)) throw new Error(`${flag} 需要整数 / ${flag} needs an integer`);
			args[flag.slice(2) as 'towns' | 'seed' | 'from' | 'to' | 'limit' | 'probes'] = n;
		} else throw new Error(`未知参数 “${flag}” / unknown flag “${flag}”`);
		i++;
	}
	return args;
}

async function indicatorGroups(): Promise<Map<string, string>> {
	const { rows } = await readCsv('data/indicators.csv');
	return new Map(rows.map((r) => [r.id, r.group]));
}

/** the corpus's own towns for the gazetteer (the generator writes them), as `extract --gazetteer-extra` reads them */
const GAZETTEER_EXTRA = 'gazetteer-extra.csv';

/** The probe grammar next to a corpus's groups; true when it meets its bars (or was skipped). */
async function probes(args: Args, corpus: ValueScore | null, groupOf: Map<string, string>, name: string): Promise<boolean> {
	if (args.probes <= 0) return true;
	const { extractor, gazetteer } = await loadExtractor();
	const scores = scoreGrammar((text, opts) => extractor(text, { ...opts, gazetteer }), args.probes);
	printProbeTable(scores, corpus, groupOf, name);
	const t = probeTotals(scores);
	return t.recall >= PROBE_BARS.recall && t.falseValues === 0 && t.trapValues === 0;
}

async function score(files: CorpusFiles, gazetteerExtra?: string): Promise<CorpusScore> {
	let extraTowns: Awaited<ReturnType<typeof readGazetteerExtra>> | undefined;
	if (gazetteerExtra && existsSync(gazetteerExtra)) {
		extraTowns = await readGazetteerExtra(gazetteerExtra);
		if (!extraTowns.ok) throw new Error(extraTowns.error);
	}
	const { extractor, gazetteer } = await loadExtractor(extraTowns?.ok ? extraTowns.towns : []);
	return scoreCorpus(files, extractor, gazetteer);
}

function seedsPerfect(s: CorpusScore): boolean {
	const r = rates(s.values);
	const metaOk = s.meta.checks.every((c) => c.ok) && s.meta.negatives.every((c) => c.ok);
	return r.recall === 1 && r.nCorrect === r.nFound && metaOk && s.warnings.expected.every((w) => w.raised);
}

async function scoreSeeds(groupOf: Map<string, string>, limit: number): Promise<boolean> {
	const seeds = await score({
		reportsDir: 'data/reports/seeds',
		expected: 'tests/fixtures/seeds/expected.csv',
		expectedReports: 'tests/fixtures/seeds/expected-reports.csv',
		expectedWarnings: 'tests/fixtures/seeds/expected-warnings.csv'
	});
	printCorpusScore('seeds 样例', seeds, { groupOf, listLimit: limit });
	return seedsPerfect(seeds);
}

async function generatedMode(args: Args, groupOf: Map<string, string>): Promise<number> {
	const outDir = await mkdtemp(join(tmpdir(), 'townlens-accuracy-'));
	try {
		console.log(`生成语料 generating: --towns ${args.towns} --seed ${args.seed} (${args.from}–${args.to})`);
		await generateCorpus({ towns: args.towns, from: args.from, to: args.to, seed: args.seed, outDir });
		const generated = await score(corpusLayout(outDir), join(outDir, GAZETTEER_EXTRA));
		printCorpusScore(`generated 生成 (seed ${args.seed})`, generated, { groupOf, listLimit: args.limit });
		printWorstIndicators(generated.values, 20);
		const seedsOk = await scoreSeeds(groupOf, args.limit);
		const probesOk = await probes(args, generated.values, groupOf, 'generated');
		const r = rates(generated.values);
		const genOk = meetsGeneratedBars(r);
		const { precision: pBar, recall: rBar } = GENERATED_BARS;
		console.log(`\n结论 verdict: generated P ${r.precision.toFixed(4)} (≥${pBar}) R ${r.recall.toFixed(4)} (≥${rBar}) ${genOk ? 'PASS' : 'FAIL'}; seeds ${seedsOk ? '100% PASS' : 'FAIL'}; probes ${probesOk ? 'PASS' : 'FAIL'}; seed ${args.seed}`);
		return genOk && seedsOk && probesOk ? 0 : 1;
	} finally {
		await rm(outDir, { recursive: true, force: true });
	}
}

async function main(): Promise<number> {
	const args = parse(process.argv.slice(2));
	const groupOf = await indicatorGroups();
	if (args.corpus) {
		const files = corpusLayout(args.corpus);
		if (!existsSync(files.reportsDir) || !existsSync(files.expected)) {
			throw new Error(`语料目录需要 reports/ 和 expected.csv / the corpus needs reports/ and expected.csv: ${args.corpus}`);
		}
		const s = await score(files, join(args.corpus, GAZETTEER_EXTRA));
		printCorpusScore(args.corpus, s, { groupOf, listLimit: args.limit });
		printWorstIndicators(s.values, 20);
		await probes(args, s.values, groupOf, 'corpus');
		const r = rates(s.values);
		// informational: the real-report bars of DESIGN.md §7; a corpus run does not fail on them
		console.log(`\n结论 verdict: P ${r.precision.toFixed(4)} (real-report bar ≥0.98) R ${r.recall.toFixed(4)} (bar ≥0.92)`);
		return 0;
	}
	return generatedMode(args, groupOf);
}

main().then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 2;
	}
);
