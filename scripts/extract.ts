// `npm run extract -- <file-or-dir>... --out <dir> [--format parquet [--partition province,year]]
// [--shard i/n] [--jobs N] [--gazetteer-extra <towns.csv>]` (DESIGN.md §3, CLI).
import { USAGE } from './lib/cli-args';
import { shardTag } from './lib/cli-flags';
import { prepareRun } from './lib/cli-run';
import { RunOutputs, summaryLine } from './lib/output';
import { runPipeline } from './lib/pipeline';
import { progressBar } from './lib/progress';
import { speedLine, startClock } from './lib/run-stats';
import { runMain } from './lib/run-main';

export async function main(args: string[]): Promise<number> {
	const parsed = await prepareRun(args);
	if (parsed.ok === 'help') {
		console.log(USAGE);
		return 0;
	}
	if (!parsed.ok) {
		console.error(`${parsed.error}\n\n${USAGE}`);
		return 2;
	}
	const { inputs, out, parquet, partition, shard, jobs } = parsed.options;
	const { extractor, gazetteer } = parsed.loaded;
	const outputs = await RunOutputs.open(out, { parquet, partition, shard });
	try {
		const clock = startClock();
		const summary = await runPipeline(
			inputs,
			{ extractor, gazetteer, shard, workers: { jobs, extraTowns: parsed.extraTowns }, onProgress: progressBar() },
			outputs
		);
		const speed = speedLine(summary, clock, jobs);
		await outputs.finish();
		// performance.now() counts from process start, so the summary includes module and gazetteer loading
		const prefix = shard.count > 1 ? `[${shardTag(shard)}] ` : '';
		console.log(prefix + summaryLine(summary, performance.now() / 1000));
		console.log(prefix + speed);
		return summary.clean ? 0 : 1;
	} catch (error) {
		await outputs.abort();
		throw error;
	}
}

runMain(() => main(process.argv.slice(2)), 3, '运行中断 / the run stopped');
