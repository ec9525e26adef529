// `npm run extract -- <file-or-dir>... --out <dir> [--format parquet] [--gazetteer-extra <towns.csv>]` (DESIGN.md §3, CLI).
import { USAGE } from './lib/cli-args';
import { prepareRun } from './lib/cli-run';
import { summaryLine, writeOutputs } from './lib/output';
import { extractFiles } from './lib/pipeline';
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
	const result = await extractFiles(inputs, { extractor, gazetteer, onProgress: progressBar() });
	await writeOutputs(out, result);
	if (parquet) {
		const { writeParquet } = await import('./lib/parquet');
		await writeParquet(out);
	}
	// performance.now() counts from process start, so the summary includes module and gazetteer loading
	console.log(summaryLine(result, performance.now() / 1000));
	return result.clean ? 0 : 1;
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 3;
	}
);
