// `npm run data [-- --format parquet [--partition province,year] [--jobs N]]`: rebuilds the shipped
// datasets through the CLI core (the flags mean what they mean for `npm run extract`).
//   seeds: data/reports/seeds → static/data/seeds/{reports,values,warnings}.csv + texts/<report_id>.txt
//   demo:  scripts/generator → data/reports/demo → static/data/demo/ + texts/<report_id>.txt,
//          with the generated gazetteer-extra.csv (the fictional county's towns) passed as --gazetteer-extra
//   and copies the indicator catalog to static/data/indicators.csv.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from './generator/index';
import { parseArgs } from './lib/cli-args';
import { prepareRun } from './lib/cli-run';
import { RunOutputs, summaryLine } from './lib/output';
import { runPipeline } from './lib/pipeline';
import { speedLine, startClock } from './lib/run-stats';
import { runMain } from './lib/run-main';

/** written by the generator beside reports/: the fictional towns with code,name,county,city,province */
const GAZETTEER_EXTRA = 'gazetteer-extra.csv';
const DEMO = { towns: 60, from: 2014, to: 2025, seed: 20260101, outDir: 'data/reports/demo' };
const USAGE = '用法 / usage: npm run data [-- --format parquet [--partition province,year] [--jobs N]]';
/** the extract flags that make sense for a whole shipped dataset (no --out, --shard or inputs) */
const ALLOWED = new Set(['--format', '--partition', '--jobs']);

/** Runs the CLI core with the arguments `npm run extract` would get, plus the texts for the Report view. */
async function buildDataset(name: string, inputDir: string, flags: string[], gazetteerExtra?: string): Promise<void> {
	const outDir = join('static/data', name);
	const prepared = await prepareRun([inputDir, '--out', outDir, ...flags, ...(gazetteerExtra ? ['--gazetteer-extra', gazetteerExtra] : [])]);
	if (prepared.ok !== true) throw new Error(prepared.ok === 'help' ? 'unexpected --help' : prepared.error);
	const { extractor, gazetteer } = prepared.loaded;
	const { parquet, partition, jobs } = prepared.options;
	const clock = startClock();
	const outputs = await RunOutputs.open(outDir, { withTexts: true, parquet, partition });
	const summary = await runPipeline(prepared.options.inputs, { extractor, gazetteer, workers: { jobs, extraTowns: prepared.extraTowns } }, outputs);
	await outputs.finish();
	console.log(`${name}: ${summaryLine(summary, (performance.now() - clock.wall) / 1000)}`);
	console.log(`${name}: ${speedLine(summary, clock, jobs)}`);
}

async function buildDemo(flags: string[]): Promise<void> {
	await rm(join(DEMO.outDir, 'reports'), { recursive: true, force: true });
	const { reports } = await generateCorpus(DEMO);
	console.log(`demo: 生成 ${reports} 份报告 / generated ${reports} reports (seed ${DEMO.seed})`);
	await buildDataset('demo', join(DEMO.outDir, 'reports'), flags, join(DEMO.outDir, GAZETTEER_EXTRA));
}

/** The flags, checked before any work as the CLI checks them; a message on a usage error. */
function checkFlags(flags: string[]): string | undefined {
	// every word is an allowed flag (--jobs=2 included) or the value right after one
	const stray = flags.find((f, i) => !ALLOWED.has(f.split('=')[0]) && !(i > 0 && ALLOWED.has(flags[i - 1]) && !flags[i - 1].includes('=')));
	if (stray) return `npm run data 不接受 “${stray}” / npm run data does not take “${stray}”`;
	const parsed = parseArgs(['data', '--out', 'static/data', ...flags]);
	return parsed.ok === true ? undefined : parsed.ok === 'help' ? '' : parsed.error;
}

async function main(): Promise<number> {
	const flags = process.argv.slice(2).filter((a) => a !== '--');
	const error = checkFlags(flags);
	if (error !== undefined) {
		console.error(error ? `${error}\n${USAGE}` : USAGE);
		return error ? 2 : 0;
	}
	await mkdir('static/data', { recursive: true });
	await copyFile('data/indicators.csv', 'static/data/indicators.csv');
	await buildDataset('seeds', 'data/reports/seeds', flags);
	await buildDemo(flags);
	return 0;
}

runMain(main);
