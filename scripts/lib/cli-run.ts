// The CLI's setup, shared by `npm run extract` and `npm run data`: arguments → options plus the
// extractor and gazetteer (with --gazetteer-extra towns). Every usage error, the output folder
// included, is found here, before any report is read; they come back as messages (exit 2).
import { parseArgs, type CliOptions } from './cli-args';
import { readGazetteerExtra } from './gazetteer-extra';
import { loadExtractor, type LoadedExtractor } from './load-extractor';
import { checkOutDir } from './out-dir';
import type { GazetteerTown } from '../../src/lib/extract/types';

export type PreparedRun =
	| { ok: true; options: CliOptions; loaded: LoadedExtractor; /** the --gazetteer-extra towns, for worker threads to rebuild the gazetteer */ extraTowns: GazetteerTown[] }
	| { ok: false; error: string }
	| { ok: 'help' };

export async function prepareRun(args: string[]): Promise<PreparedRun> {
	const parsed = parseArgs(args);
	if (parsed.ok !== true) return parsed;
	const { gazetteerExtra, out } = parsed.options;
	let towns: GazetteerTown[] = [];
	if (gazetteerExtra) {
		const extra = await readGazetteerExtra(gazetteerExtra);
		if (!extra.ok) return { ok: false, error: extra.error };
		towns = extra.towns;
	}
	const outDir = await checkOutDir(out);
	if (!outDir.ok) return outDir;
	return { ok: true, options: parsed.options, loaded: await loadExtractor(towns), extraTowns: towns };
}
