// `npm run data`: rebuilds the shipped datasets through the CLI core.
//   seeds: data/reports/seeds → static/data/seeds/{reports,values,warnings}.csv + texts/<report_id>.txt
//   demo:  scripts/generator → data/reports/demo → static/data/demo/ + texts/<report_id>.txt,
//          with the generated gazetteer-extra.csv (the fictional county's towns) passed as --gazetteer-extra
//   and copies the indicator catalog to static/data/indicators.csv.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCorpus } from './generator/index';
import { prepareRun } from './lib/cli-run';
import { RunOutputs, summaryLine } from './lib/output';
import { runPipeline } from './lib/pipeline';

/** written by the generator beside reports/: the fictional towns with code,name,county,city,province */
const GAZETTEER_EXTRA = 'gazetteer-extra.csv';
const DEMO = { towns: 60, from: 2014, to: 2025, seed: 20260101, outDir: 'data/reports/demo' };

/** Runs the CLI core with the arguments `npm run extract` would get, plus the texts for the Report view. */
async function buildDataset(name: string, inputDir: string, gazetteerExtra?: string): Promise<void> {
	const started = performance.now();
	const outDir = join('static/data', name);
	const prepared = await prepareRun([inputDir, '--out', outDir, ...(gazetteerExtra ? ['--gazetteer-extra', gazetteerExtra] : [])]);
	if (prepared.ok !== true) throw new Error(prepared.ok === 'help' ? 'unexpected --help' : prepared.error);
	const { extractor, gazetteer } = prepared.loaded;
	const outputs = await RunOutputs.open(outDir, { withTexts: true });
	const summary = await runPipeline(prepared.options.inputs, { extractor, gazetteer }, outputs);
	await outputs.finish();
	console.log(`${name}: ${summaryLine(summary, (performance.now() - started) / 1000)}`);
}

async function buildDemo(): Promise<void> {
	await rm(join(DEMO.outDir, 'reports'), { recursive: true, force: true });
	const { reports } = await generateCorpus(DEMO);
	console.log(`demo: 生成 ${reports} 份报告 / generated ${reports} reports (seed ${DEMO.seed})`);
	await buildDataset('demo', join(DEMO.outDir, 'reports'), join(DEMO.outDir, GAZETTEER_EXTRA));
}

async function main(): Promise<void> {
	await mkdir('static/data', { recursive: true });
	await copyFile('data/indicators.csv', 'static/data/indicators.csv');
	await buildDataset('seeds', 'data/reports/seeds');
	await buildDemo();
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
});
