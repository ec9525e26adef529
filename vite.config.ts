import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import Papa from 'papaparse';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The indicator catalog (data/indicators.csv) parsed at build time into JSON, so the browser needs
 * no CSV parser to name an indicator on first paint: `virtual:catalog` (ids, groups, Chinese names,
 * units), `virtual:catalog-english` (id → English name) and `virtual:catalog-definitions` (id →
 * definition, long English text, loaded when shown).
 */
function catalog(): Plugin {
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

export default defineConfig({
	plugins: [catalog(), sveltekit()],
	// The import worker runs the extraction library, which names indicators from the same catalog.
	worker: { format: 'es', plugins: () => [catalog()] },
	// DuckDB-WASM ships its own worker and wasm files; pre-bundling would break their ?url imports.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: { chunkSizeWarningLimit: 1500 },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup-english.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
