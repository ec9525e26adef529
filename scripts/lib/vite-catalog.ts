// The Vite plugin that turns the indicator catalog into modules at build time; used by the app's
// config (vite.config.ts) and by the site benchmark's raw page (bench-site/raw-build.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Plugin } from 'vite';

/**
 * The indicator catalog (data/indicators.csv) parsed at build time into JSON, so the browser needs
 * no CSV parser to name an indicator on first paint: `virtual:catalog` (ids, groups, Chinese names,
 * units), `virtual:catalog-english` (id → English name) and `virtual:catalog-definitions` (id →
 * definition, long English text, loaded when shown).
 */
export function catalog(): Plugin {
	const file = 'data/indicators.csv';
	const modules: Record<string, (rows: Record<string, string>[]) => unknown> = {
		'virtual:catalog': (rows) => rows.map((r) => ({ id: r.id, group: r.group, name_zh: r.name_zh, unit: r.unit })),
		// English names load with the English words (src/lib/i18n/english.ts): a Chinese page does not carry them
		'virtual:catalog-english': (rows) => Object.fromEntries(rows.map((r) => [r.id, r.name_en])),
		'virtual:catalog-definitions': (rows) => Object.fromEntries(rows.map((r) => [r.id, r.definition ?? '']))
	};
	return {
		name: 'townlens-catalog',
		resolveId: (source) => (source in modules ? `\0${source}` : undefined),
		load(resolved) {
			const make = modules[resolved.slice(1)];
			if (!resolved.startsWith('\0') || !make) return;
			this.addWatchFile(resolve(file)); // absolute: a relative path reads as an import in dev
			const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
			return `export default ${JSON.stringify(make(rows))};`;
		}
	};
}

