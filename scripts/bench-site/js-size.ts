// Which JavaScript a first visit loads before its live chart, sized as gzip -9 of the built files
// (the budget's unit), split into the app, the DuckDB worker and the lazily loaded chart runtime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, fresh, visitApp } from './measure';

export interface JsSizes {
	app: number;
	worker: number;
	charts: number;
	/** bytes of wasm on the wire (compressed) */
	wasm: number;
}

/** The chart runtime's chunk (a dynamic import, loaded after the prerendered paint), from Vite's manifest. */
function chartsChunk(): string {
	const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<string, { file: string }>;
	return `/${manifest['src/lib/charts/runtime.ts'].file}`;
}

export async function initialJs(site: string, origin: string, serve: (site: string) => Promise<() => void>): Promise<JsSizes> {
	const charts = chartsChunk();
	const stop = await serve(site);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const sizes: JsSizes = { app: 0, worker: 0, charts: 0, wasm: 0 };
	try {
		const ctx = await fresh(browser);
		const seen = new Set<string>();
		ctx.on('response', async (res) => {
			const path = new URL(res.url()).pathname;
			if (seen.has(path)) return;
			seen.add(path);
			if (path.endsWith('.wasm')) sizes.wasm += Number((await res.allHeaders())['content-length'] ?? 0);
			if (!path.endsWith('.js')) return;
			const code = readFileSync(join(site, path));
			const gz = gzipSync(code, { level: 9 }).length;
			if (path.includes('duckdb-browser')) sizes.worker += gz;
			else if (path === charts) sizes.charts += gz;
			else sizes.app += gz;
		});
		await visitApp(ctx, `${origin}/`);
		await ctx.close();
	} finally {
		await browser.close();
		stop();
	}
	return sizes;
}
