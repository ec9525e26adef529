// Loads the extraction library and the Node gazetteer. Both are other modules' work; loading them
// lazily lets the CLI say clearly what is missing instead of failing at import time.
import type { Gazetteer } from '../../src/lib/extract/types';
import type { Extractor } from './pipeline';

export interface LoadedExtractor {
	extractor: Extractor;
	gazetteer: Gazetteer | undefined;
}

const EXTRACT_MODULE = '../../src/lib/extract/index';
const GAZETTEER_MODULE = './gazetteer-node';

async function importOptional(specifier: string): Promise<Record<string, unknown> | null> {
	try {
		return (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
	} catch (error) {
		const code = (error as { code?: string }).code;
		const message = error instanceof Error ? error.message : '';
		if (code === 'ERR_MODULE_NOT_FOUND' || /Cannot find module|Failed to load url|does not exist/i.test(message)) return null;
		throw error;
	}
}

let cached: Promise<LoadedExtractor> | undefined;

async function load(): Promise<LoadedExtractor> {
	const library = await importOptional(EXTRACT_MODULE);
	if (!library || typeof library.extract !== 'function') {
		throw new Error('找不到抽取库 src/lib/extract/index.ts / the extraction library src/lib/extract/index.ts is missing');
	}
	const gazetteerModule = await importOptional(GAZETTEER_MODULE);
	const loadGazetteer = gazetteerModule?.loadGazetteer;
	const gazetteer = typeof loadGazetteer === 'function' ? ((await loadGazetteer()) as Gazetteer) : undefined;
	return { extractor: library.extract as Extractor, gazetteer };
}

/** One load per process: the gazetteer takes a moment to build. */
export function loadExtractor(): Promise<LoadedExtractor> {
	cached ??= load();
	return cached;
}
