// `npm run extract -- <file-or-dir>... --out <dir> [--format parquet] [--gazetteer-extra <towns.csv>]` (DESIGN.md §3, CLI).
import { USAGE } from './lib/cli-args';
import { prepareRun } from './lib/cli-run';
import { RunOutputs, summaryLine } from './lib/output';
import { runPipeline } from './lib/pipeline';
import { progressBar } from './lib/progress';

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
	const { inputs, out, parquet } = parsed.options;
	const { extractor, gazetteer } = parsed.loaded;
	const outputs = await RunOutputs.open(out, { parquet });
	try {
		const summary = await runPipeline(inputs, { extractor, gazetteer, onProgress: progressBar() }, outputs);
		await outputs.finish();
		// performance.now() counts from process start, so the summary includes module and gazetteer loading
		console.log(summaryLine(summary, performance.now() / 1000));
		return summary.clean ? 0 : 1;
	} catch (error) {
		await outputs.abort();
		throw error;
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(`运行中断 / the run stopped: ${error instanceof Error ? error.message : String(error)}`);
		process.exitCode = 3;
	}
);
