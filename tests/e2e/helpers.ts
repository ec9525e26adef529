// What the browser tests read: the testing hook of a chart, and the table behind it.
import { expect, type Browser, type Page } from '@playwright/test';

/**
 * The first chart of a page waits for DuckDB-WASM to start (a 34 MB wasm compile): on a loaded
 * CI machine that takes far longer than Playwright's 5 s default.
 */
export const FIRST_LOAD = { timeout: 90_000 };

export interface Series {
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
}

/** The plotted numbers of a chart, once it has drawn them. */
export async function chartSeries(page: Page, testid = 'chart', wait = FIRST_LOAD): Promise<Series> {
	const chart = page.getByTestId(testid).first();
	await expect(chart).toHaveAttribute('data-rendered', 'true', wait);
	return JSON.parse((await chart.getAttribute('data-series')) as string) as Series;
}

/**
 * The chart's table (the table toggle): row heads and each cell's plotted number (null = missing).
 * `testid` names the chart on pages with several (its frame is `<testid>-frame`).
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

/**
 * Copies a chart's share link (its frame's "copy link" button) and opens it in a fresh browser
 * context, as another person would: the caller compares what that page draws, then closes it.
 */
export async function openCopiedLink(page: Page, browser: Browser, testid = 'chart'): Promise<{ link: string; other: Page; close: () => Promise<void> }> {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
	const button = page.getByTestId(`${testid}-frame`).getByTestId('copy-link');
	await button.click();
	await expect(button).toHaveText(/已复制|copied/);
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto(link);
	return { link, other, close: () => fresh.close() };
}
