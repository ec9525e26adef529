// `npm run bench:cli [-- --towns 60,480 --jobs 1,2 --runs 3]`: the CLI's throughput and memory at
// scale (issue 17). For each corpus size (generated towns × 12 years, one seed) and each --jobs, it
// runs `npm run extract` as a user does (a child process, CSV out) and reads the closing speed line:
// reports/s of wall time, reports per CPU-second (the per-core figure, steadier on a shared
// machine) and peak resident memory. Memory is flat when the larger corpus peaks no higher than
// the smaller one; the ratio is printed. Between two sizes it prints the marginal rate, the extra
// reports over the extra CPU-seconds: what each further report costs once the fixed costs of a
// run (the JIT warming up over the first few thousand reports, the gazetteer) are paid, which is
// the per-core rate of a national run (465,833 reports). Runs alternate sizes and jobs so the
// machine's drift falls on all of them alike; medians and ranges are printed with the machine's load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from './generator/index';
import { spread, type Spread } from './lib/stats';
import { runMain } from './lib/run-main';

const USAGE = '用法 / usage: npm run bench:cli [-- --towns 60,480,1920 --jobs 1,2 --runs 3]';
const SEED = 1717;
const YEARS = { from: 2014, to: 2025 };

interface Options {
	towns: number[];
	jobs: number[];
	runs: number;
}

function parseOptions(args: string[]): Options | string {
	const value = (flag: string, fallback: string) => {
		const at = args.indexOf(flag);
		return at < 0 ? fallback : (args[at + 1] ?? '');
	};
	const list = (flag: string, fallback: string) => value(flag, fallback).split(',').map(Number);
	const options = { towns: list('--towns', '60,480,1920'), jobs: list('--jobs', '1,2'), runs: Number(value('--runs', '3')) };
	const whole = (n: number) => Number.isInteger(n) && n >= 1;
	if (![...options.towns, ...options.jobs, options.runs].every(whole)) return USAGE;
	return options;
}

/** One run's figures, from the CLI's own closing line (scripts/lib/run-stats.ts). */
interface Figures {
	rate: number;
	perCpu: number;
	peakGb: number;
}

const SPEED = /(\d+) reports\/s \(\d+ threads?; (\d+) per CPU-second\), peak memory ([\d.]+) GB/;

function extract(corpus: string, out: string, jobs: number): Figures {
	const args = ['--import', 'tsx', 'scripts/extract.ts', join(corpus, 'reports'), '--out', out, '--jobs', String(jobs), '--gazetteer-extra', join(corpus, 'gazetteer-extra.csv')];
	const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
	const m = SPEED.exec(run.stdout);
	if (run.status !== 0 || !m) throw new Error(`extract exited ${run.status}: ${run.stderr || run.stdout}`);
	return { rate: Number(m[1]), perCpu: Number(m[2]), peakGb: Number(m[3]) };
}

const show = (s: Spread, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

async function main(): Promise<number> {
	const options = parseOptions(process.argv.slice(2).filter((a) => a !== '--'));
	if (typeof options === 'string') return console.error(options), 2;
	const dir = mkdtempSync(join(tmpdir(), 'townlens-bench-cli-'));
	try {
		const corpora = [];
		for (const towns of options.towns) {
			const corpus = join(dir, `towns-${towns}`);
			const { reports } = await generateCorpus({ towns, ...YEARS, seed: SEED, outDir: corpus });
			corpora.push({ towns, corpus, reports });
		}
		console.log(`load average before: ${load()}`);
		const figures = new Map<string, Figures[]>();
		const key = (towns: number, jobs: number) => `${towns}:${jobs}`;
		for (let round = 0; round < options.runs; round++) {
			for (const { towns, corpus } of corpora) {
				for (const jobs of options.jobs) {
					const f = extract(corpus, join(dir, 'out'), jobs);
					figures.set(key(towns, jobs), [...(figures.get(key(towns, jobs)) ?? []), f]);
				}
			}
		}
		console.log(`median (min–max) of ${options.runs} runs of npm run extract, CSV out:`);
		for (const { towns, reports } of corpora) {
			for (const jobs of options.jobs) {
				const runs = figures.get(key(towns, jobs))!;
				console.log(
					`  ${reports} reports, --jobs ${jobs}: ${show(spread(runs.map((r) => r.rate)))} reports/s, ` +
						`${show(spread(runs.map((r) => r.perCpu)))} per CPU-second, peak memory ${show(spread(runs.map((r) => r.peakGb)), 2)} GB`
				);
			}
		}
		for (const jobs of options.jobs) {
			// CPU-seconds of a run, from its own two figures; medians per size
			const cpu = (c: (typeof corpora)[number]) => spread(figures.get(key(c.towns, jobs))!.map((r) => c.reports / r.perCpu)).median;
			for (let i = 1; i < corpora.length; i++) {
				const [a, b] = [corpora[i - 1], corpora[i]];
				const marginal = (b.reports - a.reports) / (cpu(b) - cpu(a));
				console.log(`  marginal, ${a.reports} → ${b.reports} reports, --jobs ${jobs}: ${marginal.toFixed(0)} reports per CPU-second (fixed costs of a run left out)`);
			}
		}
		const [small, large] = [corpora[0], corpora[corpora.length - 1]];
		for (const jobs of options.jobs) {
			const peak = (c: typeof small) => spread(figures.get(key(c.towns, jobs))!.map((r) => r.peakGb)).median;
			console.log(`  peak memory ${large.reports} vs ${small.reports} reports, --jobs ${jobs}: ×${(peak(large) / peak(small)).toFixed(2)} for ×${(large.reports / small.reports).toFixed(1)} the reports`);
		}
		console.log(`load average after: ${load()}`);
		return 0;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

runMain(main);
