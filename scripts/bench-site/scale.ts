// `npm run bench:site -- --dataset scale`: the national dataset (build/data/scale, from
// `npm run data:scale` + `npm run data:scale:browser`) in headless Chromium. Budgets (issue 17):
// first useful paint ≤ 0.5 s; province drill-down ≤ 1 s; province ranking redraw ≤ 100 ms median;
// national ranking ≤ 300 ms; town search keystroke ≤ 50 ms; tab memory ≤ 1 GB; first view ≤ 5 MB
// besides the wasm. Bytes are counted by the server (the DuckDB worker's requests are not the page's);
// memory is the renderer processes' resident set (/proc: measureUserAgentSpecificMemory needs
// cross-origin isolation, which the site does not have).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { spread, type Spread } from '../lib/stats';
import { CHROMIUM_ARGS, fresh, redraw, visitApp } from './measure';
import { startServer } from './serve';

const SITE = 'build';
const fmt = (s: Spread, unit = 'ms') => `${s.median.toFixed(0)} ${unit} (${s.min.toFixed(0)}–${s.max.toFixed(0)}, n=${s.n})`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const line = (label: string, value: string, budget = '') => console.log(`${label.padEnd(46)} ${value}${budget ? `   ${budget}` : ''}`);

/** Bytes the server sent since the log was emptied, without the wasm (the budget leaves it out). */
function bytesSent(log: string): { total: number; wasm: number; files: string[] } {
	const rows = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : [];
	let total = 0;
	let wasm = 0;
	const files: string[] = [];
	for (const r of rows) {
		const [, , bytes, url] = r.split(' ');
		if (url.includes('.wasm')) wasm += Number(bytes);
		else total += Number(bytes);
		if (url.includes('/data/')) files.push(`${decodeURIComponent(url)} ${(Number(bytes) / 1e6).toFixed(2)} MB`);
	}
	return { total, wasm, files };
}

/** Resident memory of the browser's renderer processes (the tab and its DuckDB worker), in bytes, by the browser's own process list. */
async function rendererRss(browser: Browser): Promise<number> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
	await cdp.detach();
	let rss = 0;
	for (const p of processInfo.filter((x) => x.type === 'renderer')) {
		try {
			rss += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		} catch {
			/* gone */
		}
	}
	return rss;
}

/** From a keystroke in the town search to the suggestions of the new text drawn (every option shows the text). */
function keystroke(page: Page, text: string): Promise<number> {
	return page.evaluate(`new Promise((resolve) => {
		const input = document.querySelector('[data-testid="town-search"]');
		const picker = document.querySelector('[data-testid="town-picker"]');
		const text = ${JSON.stringify(text)};
		const t0 = performance.now();
		const done = () => {
			const options = [...picker.querySelectorAll('[role="option"]')];
			return options.length > 0 && options.every((o) => o.textContent.includes(text));
		};
		const mo = new MutationObserver(() => {
			if (done()) {
				mo.disconnect();
				resolve(performance.now() - t0);
			}
		});
		mo.observe(picker, { childList: true, subtree: true, characterData: true });
		input.focus();
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	})`) as Promise<number>;
}

/**
 * From choosing a province to its ranking drawn: the province's file attached (the loader's
 * townlens:province measure), a query answered after it (townlens:query), and two frames to draw.
 */
function drill(page: Page, key: string): Promise<number> {
	return page.evaluate(`new Promise((resolve) => {
		const select = document.querySelector('[data-testid="select-province"]');
		const t0 = performance.now();
		let frames = -1;
		(function poll() {
			const prov = performance.getEntriesByName('townlens:province').find((m) => m.startTime >= t0);
			const answered = prov && performance.getEntriesByName('townlens:query').some((m) => m.startTime + m.duration >= prov.startTime + prov.duration);
			if (answered) frames++;
			if (frames >= 2) resolve(performance.now() - t0);
			else if (performance.now() - t0 > 30000) resolve(NaN); // never answered: reported, not waited for
			else requestAnimationFrame(poll);
		})();
		select.value = ${JSON.stringify(key)};
		select.dispatchEvent(new Event('change', { bubbles: true }));
	})`) as Promise<number>;
}

export async function benchScale(port: number, rounds: number): Promise<void> {
	const index = JSON.parse(readFileSync(join(SITE, 'data/scale/browser/index.json'), 'utf8')) as {
		provinces: Record<string, { name: string; bytes: number }>;
		town_values: Record<string, Record<string, number>>;
	};
	const manifest = JSON.parse(readFileSync(join(SITE, 'data/scale/manifest.json'), 'utf8')) as { counts: { towns: number; reports: number } };
	const byTowns = Object.entries(index.provinces).sort((a, b) => b[1].bytes - a[1].bytes);
	const [big] = byTowns[0];
	const log = join(tmpdir(), `townlens-scale-bench-${port}.log`);
	rmSync(log, { force: true });
	const stop = await startServer(port, SITE, ['--log', log]);
	const origin = `http://127.0.0.1:${port}`;
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	const r: Record<string, number[]> = {};
	const add = (k: string, v: number) => (r[k] ??= []).push(v);
	let bytes = bytesSent(log);
	let rss = 0;
	try {
		const ctx = await fresh(browser);
		rmSync(log, { force: true });
		const { page, visit } = await visitApp(ctx, `${origin}/rankings?ds=scale`);
		await page.waitForTimeout(500);
		bytes = bytesSent(log);
		add('paint', visit.paint);
		add('first', visit.chart);
		await page.waitForSelector('[data-testid="select-ind"]:not([disabled])');
		// the national ranking of other indicators (each reads its own file)
		const indicators = ['channel.website', 'apply.received', 'uses.website', 'capacity.staff', 'active.total'].filter((i) => i in index.town_values);
		for (const ind of indicators) add('national', await redraw(page, 'select-ind', ind));
		// drill into the largest province (its file is fetched and attached)
		add('drill', await drill(page, big));
		console.log(`drill-down measured (${r.drill})`);
		for (let i = 0; i < rounds; i++) add('redraw', await redraw(page, 'select-year', i % 2 ? '2025' : '2024'));
		rss = await rendererRss(browser);
		await page.close();
		// trends at the country level: one indicator's national files of every year, the country's top towns
		const trends = await ctx.newPage();
		const t0 = Date.now();
		await trends.goto(`${origin}/trends?ds=scale`);
		await trends.waitForSelector('[data-testid="chart"][data-live="true"][data-rendered="true"]', { timeout: 120_000 });
		add('trendFirst', Date.now() - t0);
		for (const ind of indicators.slice(0, 3)) add('trend', await redraw(trends, 'select-ind', ind));
		// town search over the whole gazetteer (the picker searches the town list)
		await trends.waitForSelector('[data-testid="town-search"]:not([disabled])', { timeout: 120_000 });
		for (let i = 0; i < rounds; i++) {
			await trends.fill('[data-testid="town-search"]', '');
			await trends.waitForTimeout(300);
			for (const text of ['城', '城关', '城关镇']) add('key', await keystroke(trends, text));
		}
		rss = Math.max(rss, await rendererRss(browser));
		await ctx.close();
	} finally {
		await browser.close();
		stop();
	}
	const s = (k: string) => spread(r[k]);
	console.log(`\nsite benchmark · national dataset (${manifest.counts.towns} towns, ${manifest.counts.reports} reports) · load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} · ${new Date().toISOString()}`);
	line('first useful paint (prerendered page)', fmt(s('paint')), `budget ≤ 500 ms ${verdict(s('paint').median <= 500)}`);
	line('first live chart (national ranking, cold)', fmt(s('first')));
	line('first view bytes (besides the wasm)', `${(bytes.total / 1e6).toFixed(2)} MB (+ wasm ${(bytes.wasm / 1e6).toFixed(1)} MB)`, `budget ≤ 5 MB ${verdict(bytes.total <= 5e6)}`);
	for (const f of bytes.files) console.log(`    ${f}`);
	line('national ranking (another indicator)', fmt(s('national')), `budget ≤ 300 ms ${verdict(s('national').median <= 300)}`);
	line(`province drill-down (${index.provinces[big].name}, ${(index.provinces[big].bytes / 1e6).toFixed(1)} MB)`, fmt(s('drill')), `budget ≤ 1000 ms ${verdict(s('drill').median <= 1000)}`);
	const years = Object.keys(index.town_values['active.total'] ?? {}).length;
	line(`national trend, new tab (DuckDB, first view, ${years} files)`, fmt(s('trendFirst')), '(no budget; a drill-down ≤ 1000 ms)');
	line('national trend (another indicator)', fmt(s('trend')), '(no budget; a drill-down ≤ 1000 ms)');
	line('province ranking redraw (year)', fmt(s('redraw')), `budget ≤ 100 ms ${verdict(s('redraw').median <= 100)}`);
	line('town search keystroke', fmt(s('key')), `budget ≤ 50 ms ${verdict(s('key').median <= 50)}`);
	line('tab memory (renderer RSS, peak)', `${(rss / 1e6).toFixed(0)} MB`, `budget ≤ 1000 MB ${verdict(rss > 0 && rss <= 1e9)}`);
}
