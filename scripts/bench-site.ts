// `npm run bench:site [-- --rounds 5 --no-build --no-m]` (`-- --dataset scale`: the national dataset, bench-site/scale.ts): the dashboard measured in headless
// Chromium against a raw DuckDB-WASM page in the same rounds (cases interleaved, a fresh browser
// context per first visit), with medians, ranges and paired ratios. Budgets (issue 11): first
// useful paint ≤ 0.5 s; first live chart ≤ 1.10 × raw; filter redraw ≤ 50 ms median (≤ 100 ms at
// the 2,000-town size M); repeat visit ≤ 0.6 × first visit; initial JS ≤ 300 KB gzip with the worker.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, fresh, openRaw, rawRedraw, redraw, switchView, visitApp, visitRaw } from './bench-site/measure';
import { buildRaw, writeDuckdbFile } from './bench-site/raw-build';
import { initialJs } from './bench-site/js-size';
import { buildM } from './bench-site/m-size';
import { pairedRatios, spread, type Spread } from './lib/stats';
import { benchScale } from './bench-site/scale';
import { startServer } from './bench-site/serve';

const has = (f: string) => process.argv.includes(f);
const num = (f: string, d: number) => (process.argv.includes(f) ? Number(process.argv[process.argv.indexOf(f) + 1]) : d);
const ROUNDS = num('--rounds', 5);
const PORT = num('--port', 4380);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const serve = (site: string, raw: string) => startServer(PORT, site, ['--raw', raw]);

const fmt = (s: Spread, unit = 'ms') => `${s.median.toFixed(0)} ${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})`;
const fmtR = (s: Spread) => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

interface ViewCase {
	id: string;
	path: string;
	/** a filter the redraw changes back and forth (none: the view's redraw is not measured) */
	redraw?: { select: string; values: [string, string] };
	next: { id: string; path: string };
	/** also measured at the 2,000-town size M */
	atM?: boolean;
}

const VIEWS: ViewCase[] = [
	// the overview's filter is the year (its queries: filing, headline, movers, coverage)
	{ id: 'overview', path: '/', redraw: { select: 'select-year', values: ['2024', '2025'] }, next: { id: 'rankings', path: '/rankings' }, atM: true },
	{ id: 'rankings', path: '/rankings', redraw: { select: 'select-ind', values: ['channel.website', 'active.total'] }, next: { id: 'trends', path: '/trends' }, atM: true },
	{ id: 'trends', path: '/trends', redraw: { select: 'select-ind', values: ['channel.website', 'active.total'] }, next: { id: 'rankings', path: '/rankings' }, atM: true },
	// the default year is the latest (2025 on the demo): the redraw goes to another year and back
	{ id: 'channels', path: '/channels', redraw: { select: 'select-year', values: ['2019', '2025'] }, next: { id: 'compare', path: '/compare' } },
	{ id: 'compare', path: '/compare', redraw: { select: 'select-year', values: ['2019', '2025'] }, next: { id: 'channels', path: '/channels' } },
	// the coverage grid has no filter that redraws it on the demo (one county, one page of towns)
	{ id: 'data', path: '/data', next: { id: 'trends', path: '/trends' } }
];

async function rounds(site: string, raw: string) {
	const stop = await serve(site, raw);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const r: Record<string, number[]> = {};
	const add = (k: string, v: number) => (r[k] ??= []).push(v);
	try {
		for (let round = 0; round < ROUNDS; round++) {
			const rawCsv = await fresh(browser);
			const first = await openRaw(rawCsv, `${ORIGIN}/__raw/index.html#csv`);
			add('raw.first', first.visit.chart);
			// the baseline of the rankings redraw: raw DuckDB-WASM + ECharts, the same query and the same values
			for (let i = 0; i < 2; i++) for (const value of ['channel.website', 'active.total']) add('raw.redraw', await rawRedraw(first.page, value));
			await first.page.close();
			add('raw.second', (await visitRaw(rawCsv, `${ORIGIN}/__raw/index.html#csv`)).chart);
			await rawCsv.close();
			const rawDb = await fresh(browser);
			add('raw.duckdbfile', (await visitRaw(rawDb, `${ORIGIN}/__raw/index.html#duckdb`)).chart);
			await rawDb.close();
			for (const v of VIEWS) {
				const ctx = await fresh(browser);
				const { page, visit } = await visitApp(ctx, `${ORIGIN}${v.path}`);
				add(`${v.id}.paint`, visit.paint);
				add(`${v.id}.chart`, visit.chart);
				add(`${v.id}.ready`, visit.ready);
				if (v.redraw) {
					const { select, values } = v.redraw;
					await page.waitForSelector(`[data-testid="${select}"]:not([disabled])`);
					for (let i = 0; i < 2; i++) for (const value of values) add(`${v.id}.redraw`, await redraw(page, select, value));
				}
				add(`${v.id}.switch`, await switchView(page, v.next.id, v.next.path));
				await page.close();
				await new Promise((res) => setTimeout(res, 2000)); // the compiled wasm is written to the code cache
				const again = await visitApp(ctx, `${ORIGIN}${v.path}`);
				add(`${v.id}.second`, again.visit.chart);
				await ctx.close();
			}
			console.log(`round ${round + 1}/${ROUNDS} done (load ${loadavg()[0].toFixed(2)})`);
		}
	} finally {
		await browser.close();
		stop();
	}
	return r;
}

async function redrawAtM(site: string, raw: string): Promise<Record<string, Spread>> {
	const dir = mkdtempSync(join(tmpdir(), 'townlens-m-'));
	try {
		cpSync(site, dir, { recursive: true });
		await buildM(join(dir, 'data/demo'));
		const stop = await serve(dir, raw);
		const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
		const out: Record<string, Spread> = {};
		try {
			for (const v of VIEWS) {
				if (!v.atM || !v.redraw) continue;
				const { select, values } = v.redraw;
				const ctx = await fresh(browser);
				const { page, visit } = await visitApp(ctx, `${ORIGIN}${v.path}?ds=demo&ind=topic.news`);
				await page.waitForSelector(`[data-testid="${select}"]:not([disabled])`);
				const times: number[] = [];
				for (let i = 0; i < 5; i++) for (const value of values) times.push(await redraw(page, select, value));
				out[`${v.id} redraw`] = spread(times);
				out[`${v.id} first live chart`] = spread([visit.chart]);
				await ctx.close();
			}
		} finally {
			await browser.close();
			stop();
		}
		return out;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function main() {
	if (!has('--no-build')) execSync('npm run build', { stdio: 'inherit' });
	if (process.argv.includes('--dataset')) {
		const ds = process.argv[process.argv.indexOf('--dataset') + 1];
		if (ds !== 'scale') throw new Error(`--dataset: only scale is benchmarked apart (got ${ds})`);
		return benchScale(PORT, num('--rounds', 10));
	}
	const raw = await buildRaw();
	await writeDuckdbFile(join(raw, 'demo.duckdb'), 'build/data/demo', 'build/data/indicators.csv');
	const js = await initialJs('build', ORIGIN, (site) => serve(site, raw));
	const r = await rounds('build', raw);
	const s = (k: string) => spread(r[k]);
	const line = (label: string, value: string, budget = '') => console.log(`${label.padEnd(44)} ${value}${budget ? `   ${budget}` : ''}`);
	console.log(`\nsite benchmark · ${ROUNDS} rounds · load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} · ${new Date().toISOString()}`);
	line('raw DuckDB-WASM, first chart (CSV)', fmt(s('raw.first')));
	line('raw, first chart (attached .duckdb file)', fmt(s('raw.duckdbfile')), `ratio to CSV ${fmtR(spread(pairedRatios(r['raw.duckdbfile'], r['raw.first'])))}`);
	line('raw, second visit', fmt(s('raw.second')), `ratio to first ${fmtR(spread(pairedRatios(r['raw.second'], r['raw.first'])))}`);
	line('raw, ranking redraw (another indicator)', fmt(s('raw.redraw')));
	for (const v of VIEWS) {
		console.log(`\n${v.id} (${v.path})`);
		const paint = s(`${v.id}.paint`);
		line('  first useful paint (prerendered)', fmt(paint), `budget ≤ 500 ms ${verdict(paint.median <= 500)}`);
		line('  DuckDB open', fmt(s(`${v.id}.ready`)));
		const ratio = spread(pairedRatios(r[`${v.id}.chart`], r['raw.first']));
		line('  first live chart', fmt(s(`${v.id}.chart`)), `÷ raw ${fmtR(ratio)} budget ≤ 1.10 ${verdict(ratio.median <= 1.1)}`);
		if (v.redraw) {
			const redraws = s(`${v.id}.redraw`);
			const vsRaw = `÷ raw ranking redraw ${(redraws.median / s('raw.redraw').median).toFixed(2)}×`;
			line(`  filter change (${v.redraw.select}) → redrawn`, fmt(redraws), `budget ≤ 50 ms ${verdict(redraws.median <= 50)}   ${vsRaw}`);
		}
		line(`  view switch → ${v.next.id} live chart`, fmt(s(`${v.id}.switch`)));
		const repeat = spread(pairedRatios(r[`${v.id}.second`], r[`${v.id}.chart`]));
		line('  second visit, live chart', fmt(s(`${v.id}.second`)), `÷ first ${fmtR(repeat)} budget ≤ 0.6 ${verdict(repeat.median <= 0.6)}`);
	}
	console.log('\ninitial JavaScript (gzip -9 of what a first visit loads)');
	line('  app (main thread, before the live chart)', `${(js.app / 1024).toFixed(0)} KB`);
	line('  DuckDB worker', `${(js.worker / 1024).toFixed(0)} KB`);
	line('  together', `${((js.app + js.worker) / 1024).toFixed(0)} KB`, `budget ≤ 300 KB ${verdict(js.app + js.worker <= 300 * 1024)}`);
	line('  ECharts runtime (loaded after the first paint)', `${(js.charts / 1024).toFixed(0)} KB`);
	line('  wasm over the wire (brotli)', `${(js.wasm / 1e6).toFixed(1)} MB`);
	if (!has('--no-m')) {
		console.log('\nM size: 2,000 towns × 12 years (generated), after the first chart');
		for (const [k, v] of Object.entries(await redrawAtM('build', raw))) {
			line(`  ${k}`, fmt(v), k.includes('redraw') ? `budget ≤ 100 ms ${verdict(v.median <= 100)}` : '');
		}
	}
}

if (!existsSync('/usr/bin/chromium')) throw new Error('needs /usr/bin/chromium (npm run test:e2e installs it)');
main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
