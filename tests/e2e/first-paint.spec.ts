// The first useful paint is in the HTML: each view's default state is prerendered (numbers, table,
// a static SVG chart) and works without JavaScript; the live chart then takes over in place.
import { test, expect } from './fixtures';
import { FIRST_LOAD, type Series } from './helpers';

for (const path of ['/', '/trends']) {
	test(`${path}: the built page holds the default numbers before any script runs; the live chart draws the same`, async ({ browser, page, watched }) => {
		void watched;
		const nojs = await browser.newContext({ javaScriptEnabled: false });
		const still = await nojs.newPage();
		await still.goto(path);
		const chart = still.getByTestId('chart');
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		await expect(chart).toHaveAttribute('data-live', 'false');
		await expect(chart.locator('svg')).toBeVisible();
		const staticSeries = JSON.parse((await chart.getAttribute('data-series')) as string) as Series;
		expect(staticSeries.series.length).toBeGreaterThan(0);
		// without JavaScript the table shows under the chart, with the same numbers
		const cells = still.getByTestId('chart-table').locator('tbody td[data-value]:not([data-value=""])');
		await expect(cells.first()).toBeVisible();
		const title = await still.getByTestId('chart-title').textContent();
		expect(title).toMatch(/主动公开政府信息数/);
		await nojs.close();

		await page.goto(path);
		const live = page.locator('[data-testid="chart"][data-live="true"][data-rendered="true"]');
		await expect(live).toHaveCount(1, FIRST_LOAD);
		expect(JSON.parse((await live.getAttribute('data-series')) as string)).toEqual(staticSeries);
		await expect(page.getByTestId('chart').locator('.static')).toHaveCount(0);
		await expect(page.getByTestId('chart-title')).toHaveText(title as string);
	});
}

test('a link with another state does not show the prerendered default while the app starts', async ({ page, watched }) => {
	void watched;
	let release: () => void = () => undefined;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/entry/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/trends?ds=seeds', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).toHaveClass(/tl-nondefault/);
	await expect(page.locator('main')).toBeHidden();
	release();
	await expect(page.locator('[data-testid="chart"][data-live="true"][data-rendered="true"]')).toHaveCount(1, FIRST_LOAD);
	await expect(page.locator('html')).not.toHaveClass(/tl-nondefault/);
	await expect(page.getByTestId('chart-title')).toContainText('2017–2018');
});

test('the default link written out in full shows the prerendered chart at once', async ({ page }) => {
	// no app at all (its failed import is the expected console error): only the HTML and the inline script
	await page.route('**/_app/immutable/entry/**', (route) => route.abort());
	await page.goto('/?ds=demo&ind=active.total', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).not.toHaveClass(/tl-nondefault/);
	await expect(page.locator('main')).toBeVisible();
	await expect(page.getByTestId('chart')).toHaveAttribute('data-rendered', 'true');
});
