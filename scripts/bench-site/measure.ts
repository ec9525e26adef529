// What one visit measures, in the page's own timeline (ms from navigation start).
import type { Browser, BrowserContext, Page } from '@playwright/test';

const FIRST_LOAD_MS = 180_000;

export interface Visit {
	/** first contentful paint: the prerendered page (or the raw page's blank body) */
	paint: number;
	/** the first chart drawn from live DuckDB data (townlens:live-chart / raw:chart) */
	chart: number;
	/** DuckDB instantiated and open */
	ready: number;
}

// In-page code is passed as text: tsx would wrap named functions in a helper the page lacks.
async function marks(page: Page, chartMark: string, readyMark: string): Promise<Visit> {
	const c = JSON.stringify(chartMark);
	await page.waitForFunction(`performance.getEntriesByName(${c}).length > 0 || document.body.dataset.error`, undefined, {
		timeout: FIRST_LOAD_MS,
		polling: 50
	});
	const v = (await page.evaluate(`(() => {
		if (document.body.dataset.error) return { error: document.body.dataset.error };
		const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
		return {
			paint: fcp ? fcp.startTime : NaN,
			chart: performance.getEntriesByName(${c})[0].startTime,
			ready: (performance.getEntriesByName(${JSON.stringify(readyMark)})[0] || { startTime: NaN }).startTime
		};
	})()`)) as Visit & { error?: string };
	if (v.error) throw new Error(v.error);
	return v;
}

export async function visitApp(ctx: BrowserContext, url: string): Promise<{ page: Page; visit: Visit }> {
	const page = await ctx.newPage();
	await page.goto(url);
	return { page, visit: await marks(page, 'townlens:live-chart', 'townlens:duckdb-ready') };
}

export async function visitRaw(ctx: BrowserContext, url: string): Promise<Visit> {
	const { page, visit } = await openRaw(ctx, url);
	await page.close();
	return visit;
}

/** The raw page left open, for its redraw baseline (rawRedraw). */
export async function openRaw(ctx: BrowserContext, url: string): Promise<{ page: Page; visit: Visit }> {
	const page = await ctx.newPage();
	await page.goto(url);
	return { page, visit: await marks(page, 'raw:chart', 'raw:ready') };
}

/** The raw page's redraw: the same prepared ranking with another bound indicator, drawn (ms). */
export const rawRedraw = (page: Page, indicator: string): Promise<number> =>
	page.evaluate(`rawRedraw(${JSON.stringify(indicator)})`) as Promise<number>;

/**
 * Changes a select and waits until the chart shows other numbers and has drawn them: the time a
 * person waits after choosing a filter (URL update, query, option, render).
 */
export function redraw(page: Page, testid: string, value: string): Promise<number> {
	return page.evaluate(`new Promise((resolve) => {
		const chart = document.querySelector('[data-testid="chart"]');
		const select = document.querySelector('[data-testid=${JSON.stringify(testid)}]');
		const before = chart.getAttribute('data-series');
		const t0 = performance.now();
		// observer callbacks run after the app's whole update: other numbers and drawn means redrawn
		// (ECharts may draw inside setOption, so "not drawn" need never show in between)
		const mo = new MutationObserver(() => {
			if (chart.getAttribute('data-series') !== before && chart.getAttribute('data-rendered') === 'true') {
				mo.disconnect();
				resolve(performance.now() - t0);
			}
		});
		mo.observe(chart, { attributes: true });
		select.value = ${JSON.stringify(value)};
		select.dispatchEvent(new Event('change', { bubbles: true }));
	})`) as Promise<number>;
}

/** From a click on a view's navigation link to that view's live chart. */
export function switchView(page: Page, viewId: string, path: string): Promise<number> {
	return page.evaluate(`new Promise((resolve) => {
		const t0 = performance.now();
		document.querySelector('[data-testid="nav-${viewId}"]').click();
		(function poll() {
			const chart = document.querySelector('[data-testid="chart"][data-live="true"][data-rendered="true"]');
			if (location.pathname === ${JSON.stringify(path)} && chart) resolve(performance.now() - t0);
			else requestAnimationFrame(poll);
		})();
	})`) as Promise<number>;
}

export const CHROMIUM_ARGS = [
	'--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
	'--disable-component-update', '--disable-sync', '--no-first-run'
];

export const fresh = (browser: Browser) => browser.newContext({ viewport: { width: 1440, height: 900 } });
