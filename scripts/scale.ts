// `npm run data:scale [-- --out static/data/scale --provinces 11,36 --texts 2 --jobs N --seed S]`:
// the national-scale dataset (issue 17, docs/scale-layout.md). Two steps, timed:
//   1. facts: every township-level unit of the gazetteer × the years, generated in worker threads
//      as the contract's rows (scale/facts.ts), with the texts of a few towns per province;
//   2. layout: the rows as Hive trees by province, the town list, summaries per region level and
//      each indicator's values for every town, plus manifest.json (scale/layout.ts, manifest.ts).
// Not committed: the output is regenerated on demand (gitignored).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseScaleArgs, SCALE_FLAGS } from './scale/args';
import { generateFacts } from './scale/facts';
import { buildLayout } from './scale/layout';
import { writeManifest } from './scale/manifest';
import { checkOutDir } from './lib/out-dir';
import { peakMemory } from './lib/run-stats';
import { writeBrowserFiles } from '../src/lib/server/scale-files';
import { runMain } from './lib/run-main';

const USAGE = `用法 / usage: npm run data:scale [-- --out <dir>（默认 static/data/scale）…]\n${SCALE_FLAGS}`;
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(args: string[]): Promise<number> {
	const parsed = parseScaleArgs(args, 'static/data/scale');
	if (parsed.ok === 'help') return console.log(USAGE), 0;
	if (!parsed.ok) return console.error(`${parsed.error}\n\n${USAGE}`), 2;
	const options = parsed.options;
	const outDir = await checkOutDir(options.out);
	if (!outDir.ok) return console.error(outDir.error), 2;
	const started = performance.now();
	const factsDir = join(options.out, '.facts');
	await rm(factsDir, { recursive: true, force: true });
	console.log(`生成 ${options.provinces.length} 个省级单位的事实数据（${options.jobs} 个线程）/ generating the facts of ${options.provinces.length} provinces (${options.jobs} threads)`);
	const done = await generateFacts({
		provinces: options.provinces, seed: options.seed, from: options.from, to: options.to, texts: options.texts, outDir: factsDir, jobs: options.jobs,
		onProvince: (d) => console.log(`  ${d.code}: ${d.towns} towns, ${d.reports} reports, ${d.values} values, ${d.warnings} warnings (${secs(performance.now() - started)})`)
	});
	const generated = performance.now();
	const timings = await buildLayout(factsDir, options.out, options.provinces);
	const { bytes } = await writeManifest(options.out, options, done);
	await rm(factsDir, { recursive: true, force: true });
	// the database files the browser attaches (DuckDB-WASM reads no Parquet offline): scale-files.ts
	const browserStart = performance.now();
	await writeBrowserFiles(options.out);
	timings['browser files'] = (performance.now() - browserStart) / 1000;
	const reports = done.reduce((s, d) => s + d.reports, 0);
	const steps = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
	console.log(
		`完成 / done: ${reports} reports → ${options.out} (${(bytes / 1e6).toFixed(0)} MB of Parquet); ` +
			`facts ${secs(generated - started)}, layout ${secs(performance.now() - generated)} (${steps}); ` +
			`total ${secs(performance.now() - started)}, peak memory ${(peakMemory() / 1e9).toFixed(2)} GB`
	);
	return 0;
}

runMain(() => main(process.argv.slice(2)), 3, '运行中断 / the run stopped');
