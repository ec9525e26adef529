// The extraction library plus the Node gazetteer, as the CLI, data, accuracy and bench scripts use them.
import { extract } from '../../src/lib/extract/index';
import type { Gazetteer, GazetteerTown } from '../../src/lib/extract/types';
import { loadGazetteer } from './gazetteer-node';
import type { Extractor } from './pipeline';

export interface LoadedExtractor {
	extractor: Extractor;
	gazetteer: Gazetteer;
}

/**
 * `extraTowns` (from --gazetteer-extra) give a run its own gazetteer on top of the national one,
 * which loadGazetteer builds once per process. Async so callers need not change if loading ever becomes I/O.
 */
export async function loadExtractor(extraTowns: GazetteerTown[] = []): Promise<LoadedExtractor> {
	return { extractor: extract, gazetteer: loadGazetteer(extraTowns) };
}
