// The first useful paint is in the HTML: each view's default state is prerendered (numbers, table,
// a static SVG chart) and works without JavaScript; the live chart then takes over in place.
import { test, expect } from './fixtures';
import { filings } from './data';
import { FIRST_LOAD, type Series } from './helpers';

const latest = Math.max(...filings('demo').map((f) => f.year));

for (const path of ['/', '/rankings', '/trends']) {
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
		const frame = still.getByTestId('chart-frame'); // the overview has a second chart (coverage)
		const cells = frame.getByTestId('chart-table').locator('tbody td[data-value]:not([data-value=""])');
		await expect(cells.first()).toBeVisible();
		const title = await frame.getByTestId('chart-title').textContent();
		expect(title).toMatch(/主动公开政府信息数/);
		await nojs.close();

		await page.goto(path);
		const live = page.locator('[data-testid="chart"][data-live="true"][data-rendered="true"]');
		await expect(live).toHaveCount(1, FIRST_LOAD);
		expect(JSON.parse((await live.getAttribute('data-series')) as string)).toEqual(staticSeries);
		await expect(page.getByTestId('chart').locator('.static')).toHaveCount(0);
		await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toHaveText(title as string);
	});
}

test('/: the headline numbers are in the HTML before any script runs', async ({ browser }) => {
	const nojs = await browser.newContext({ javaScriptEnabled: false });
	const still = await nojs.newPage();
	await still.goto('/');
	await expect(still.getByTestId('filed')).toHaveText(/^\d+ \/ \d+$/);
	await expect(still.getByTestId('headline-active.total').getByTestId('total')).toHaveText(/万/);
	await expect(still.getByTestId('coverage')).toHaveAttribute('data-rendered', 'true');
	await expect(still.getByTestId('coverage').locator('svg')).toBeVisible();
	await nojs.close();
});

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

for (const path of [`/?ds=demo&year=${latest}`, '/rankings?ds=demo&ind=active.total&order=desc']) {
	test(`the default link written out in full shows the prerendered chart at once: ${path}`, async ({ page }) => {
		// no app at all (its failed import is the expected console error): only the HTML and the inline script
		await page.route('**/_app/immutable/entry/**', (route) => route.abort());
		await page.goto(path, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('html')).not.toHaveClass(/tl-nondefault/);
		await expect(page.locator('main')).toBeVisible();
		await expect(page.getByTestId('chart')).toHaveAttribute('data-rendered', 'true');
	});
}
