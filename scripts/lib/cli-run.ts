// The CLI's setup, shared by `npm run extract` and `npm run data`: arguments → options plus the
// extractor and gazetteer (with --gazetteer-extra towns). Usage errors come back as messages (exit 2).
import { parseArgs, type CliOptions } from './cli-args';
import { readGazetteerExtra } from './gazetteer-extra';
import { loadExtractor, type LoadedExtractor } from './load-extractor';

export type PreparedRun = { ok: true; options: CliOptions; loaded: LoadedExtractor } | { ok: false; error: string } | { ok: 'help' };

export async function prepareRun(args: string[]): Promise<PreparedRun> {
	const parsed = parseArgs(args);
	if (parsed.ok !== true) return parsed;
	const { gazetteerExtra } = parsed.options;
	if (!gazetteerExtra) return { ok: true, options: parsed.options, loaded: await loadExtractor() };
	const extra = await readGazetteerExtra(gazetteerExtra);
	if (!extra.ok) return { ok: false, error: extra.error };
	return { ok: true, options: parsed.options, loaded: await loadExtractor(extra.towns) };
}
