// What the browser tests read: the testing hook of a chart, and the table behind it.
import { readFileSync } from 'node:fs';
import { expect, type Browser, type Page } from '@playwright/test';
import Papa from 'papaparse';

/**
 * The first chart of a page waits for DuckDB-WASM to start (a 34 MB wasm compile): on a loaded
 * CI machine that takes far longer than Playwright's 5 s default.
 */
export const FIRST_LOAD = { timeout: 90_000 };

export interface Series {
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
}

/**
 * The plotted numbers of a chart, once the app has drawn them from DuckDB. A prerendered page shows
 * the same numbers earlier (`data-live="false"`, see first-paint.spec.ts); tests that go on to
 * interact need the app running, so they wait for the live chart.
 */
export async function chartSeries(page: Page, testid = 'chart', wait = FIRST_LOAD): Promise<Series> {
	const chart = page.locator(`[data-testid="${testid}"][data-rendered="true"]:not([data-live="false"])`).first();
	await expect(chart).toHaveCount(1, wait);
	return JSON.parse((await chart.getAttribute('data-series')) as string) as Series;
}

/**
 * The chart's table (the table toggle): row heads and each cell's plotted number (null = missing).
 * `testid` names the chart on pages with several (each sits in its own `<testid>-frame`).
 */
export async function tableOfChart(page: Page, testid = 'chart'): Promise<{ heads: string[]; values: (number | null)[][]; texts: string[][] }> {
	const frame = page.getByTestId(`${testid}-frame`);
	await frame.getByTestId('show-table').click();
	const table = frame.getByTestId('chart-table');
	await expect(table).toBeVisible();
	const rows = await table.locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({
			head: tr.querySelector('th')?.textContent?.trim() ?? '',
			cells: [...tr.querySelectorAll('td')].map((td) => ({ v: td.getAttribute('data-value') ?? '', text: td.textContent?.trim() ?? '' }))
		}))
	);
	await frame.getByTestId('show-chart').click();
	return {
		heads: rows.map((r) => r.head),
		values: rows.map((r) => r.cells.map((c) => (c.v === '' ? null : Number(c.v)))),
		texts: rows.map((r) => r.cells.map((c) => c.text))
	};
}

/** The page has no horizontal scroll at its current width. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
	const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
	expect(scroll, 'page wider than the viewport').toBeLessThanOrEqual(client);
}

/** The chart's numbers after a change: waits until they differ from `before` and are drawn. */
export async function nextSeries(page: Page, before: Series, testid = 'chart'): Promise<Series> {
	const chart = page.getByTestId(testid).first();
	await expect.poll(async () => chart.getAttribute('data-series'), { timeout: 30_000 }).not.toBe(JSON.stringify(before));
	return chartSeries(page, testid, { timeout: 30_000 });
}

/** A shipped CSV under static/data/ (e.g. `demo/values.csv`) as rows of strings, to check charts against the files. */
export function readCsv(path: string): Record<string, string>[] {
	return Papa.parse<Record<string, string>>(readFileSync(`static/data/${path}`, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The share link a frame's copy button puts on the clipboard (grant clipboard access first). */
export async function copiedLink(page: Page, testid = 'chart'): Promise<string> {
	await page.getByTestId(`${testid}-frame`).getByTestId('copy-link').click();
	return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens `link` in a new browser context (nothing shared with the sender) and reads its charts and notices. */
export async function seriesElsewhere(browser: Browser, link: string, testids = ['chart']): Promise<{ series: Series[]; notices: number }> {
	const fresh = await browser.newContext();
	try {
		const page = await fresh.newPage();
		await page.goto(link);
		const series: Series[] = [];
		for (const id of testids) series.push(await chartSeries(page, id));
		return { series, notices: await page.getByTestId('url-notice').count() };
	} finally {
		await fresh.close();
	}
}

/**
 * Holds the app's entry scripts until `release()`: the page shows only its HTML (the prerendered
 * first paint, as on a slow line) until then.
 */
export async function holdApp(page: Page): Promise<() => void> {
	let release: () => void = () => undefined;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
