// `npm run bench:import [-- --rounds 3 --rows 5000,20000,50000,100000 --port 4390]` (after `npm run build`):
// the import view measured in headless Chromium on the built site.
//   1. throughput: the demo corpus (data/reports/demo/reports, 690 files) picked in one go; the
//      worker's own time from the first file read to the preview (gazetteer loading excluded), as
//      reports per second; median of the rounds, a fresh browser context each.
//   2. responsiveness: wide CSVs of growing size (real towns × 12 years × 20 indicators) picked,
//      previewed and confirmed, while the page records the gap between animation frames; the
//      largest CSV whose longest gap stayed within 100 ms is the answer.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { parseCsv } from '../src/lib/contract/csv-text';
import type { CompactGazetteer } from '../src/lib/extract/gazetteer';
import { median } from './lib/stats';

const num = (f: string, d: number) => (process.argv.includes(f) ? Number(process.argv[process.argv.indexOf(f) + 1]) : d);
const list = (f: string, d: number[]) => (process.argv.includes(f) ? process.argv[process.argv.indexOf(f) + 1].split(',').map(Number) : d);
const ROUNDS = num('--rounds', 3);
const ROWS = list('--rows', [5_000, 20_000, 50_000, 100_000]);
const PORT = num('--port', 4390);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DEMO = 'data/reports/demo/reports';
const TIMEOUT = 600_000;

async function serve(): Promise<() => void> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--dir', 'build', '--port', String(PORT)], { stdio: ['ignore', 'ignore', 'inherit'] });
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(ORIGIN)).ok) return () => child.kill();
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	child.kill();
	throw new Error('server did not start');
}

/** A wide CSV of `rows` rows: real towns with their counties, 12 years, 20 indicators. */
function wideCsv(path: string, rows: number): void {
	const g = JSON.parse(readFileSync('static/data/gazetteer.json', 'utf8')) as CompactGazetteer;
	const catalog = parseCsv(readFileSync('data/indicators.csv', 'utf8')).rows;
	const ids = catalog.filter((c) => c.unit !== 'flag').slice(0, 20).map((c) => c.id);
	const lines = [['town', 'county', 'year', ...ids].join(',')];
	for (let i = 0; lines.length <= rows; i++) {
		const [, name, c] = g.towns[i];
		for (let y = 2014; y <= 2025 && lines.length <= rows; y++) lines.push([name, g.counties[c][0], y, ...ids.map((_, k) => (i * 7 + y * 3 + k * 11) % 500)].join(','));
	}
	writeFileSync(path, lines.join('\n') + '\n');
}

/** In-page code as text (tsx would wrap functions in a helper the page lacks): records frame gaps. */
const RECORD_FRAMES = `(() => { window.__gaps = []; let last = performance.now(); const tick = (t) => { window.__gaps.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`;

async function importOnce(browser: Browser, files: string[], confirm: boolean) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/import`);
	await page.waitForFunction(`!document.querySelector('[data-testid="pick-files"]').disabled`, undefined, { timeout: TIMEOUT });
	await page.evaluate(RECORD_FRAMES);
	const t0 = Date.now();
	await page.getByTestId('pick-files').setInputFiles(files);
	await page.getByTestId('preview').waitFor({ timeout: TIMEOUT });
	const timing = page.getByTestId('timing');
	const runMs = Number(await timing.getAttribute('data-ms'));
	const reportFiles = Number(await timing.getAttribute('data-files'));
	const errors = await page.getByTestId('issue').count();
	if (confirm) {
		await page.getByTestId('confirm').click();
		await page.locator('[data-testid="preview"][data-phase="saved"]').waitFor({ timeout: TIMEOUT });
		await page.getByTestId('import-row').waitFor({ timeout: TIMEOUT });
	}
	const wallMs = Date.now() - t0;
	const gaps = (await page.evaluate(`(() => { window.__stop = true; return window.__gaps; })()`)) as number[];
	const counts = await page.getByTestId('preview').locator('h2').textContent();
	await context.close();
	const sorted = [...gaps].sort((a, b) => a - b);
	return { runMs, reportFiles, wallMs, errors, counts, maxGap: sorted.at(-1) ?? NaN, p99: sorted[Math.floor(sorted.length * 0.99)] ?? NaN, frames: gaps.length };
}

async function main(): Promise<void> {
	const stop = await serve();
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	const dir = mkdtempSync(join(tmpdir(), 'townlens-bench-import-'));
	try {
		const demo = readdirSync(DEMO).sort().map((f) => join(DEMO, f));
		const rates: number[] = [];
		for (let r = 0; r < ROUNDS; r++) {
			const m = await importOnce(browser, demo, false);
			rates.push(m.reportFiles / (m.runMs / 1000));
			console.log(`demo corpus round ${r + 1}: ${m.reportFiles} files in ${(m.runMs / 1000).toFixed(2)} s in the worker (${rates.at(-1)!.toFixed(0)} reports/s), longest frame gap ${m.maxGap.toFixed(0)} ms`);
		}
		console.log(`throughput: ${median(rates).toFixed(0)} reports/s (median of ${ROUNDS}; range ${Math.min(...rates).toFixed(0)}–${Math.max(...rates).toFixed(0)})`);
		let largest = 0;
		for (const rows of ROWS) {
			const path = join(dir, `wide-${rows}.csv`);
			wideCsv(path, rows);
			const mb = statSync(path).size / 1048576;
			const m = await importOnce(browser, [path], true);
			const ok = m.maxGap <= 100;
			if (ok) largest = Math.max(largest, mb);
			console.log(`wide CSV ${rows} rows, ${mb.toFixed(1)} MB: ${m.counts?.trim()} — worker ${(m.runMs / 1000).toFixed(1)} s, pick→saved ${(m.wallMs / 1000).toFixed(1)} s, ${m.frames} frames, longest gap ${m.maxGap.toFixed(0)} ms, p99 ${m.p99.toFixed(0)} ms, ${m.errors} problems shown ${ok ? '' : '(> 100 ms)'}`);
		}
		console.log(`largest CSV imported with every frame within 100 ms: ${largest.toFixed(1)} MB`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
		await browser.close();
		stop();
	}
}

main().catch((e: unknown) => {
	console.error(e);
	process.exitCode = 1;
});
