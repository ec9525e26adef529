import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalog } from './scripts/lib/vite-catalog';

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
