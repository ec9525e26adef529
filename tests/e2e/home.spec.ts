import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// The five seed reports and their proactive-disclosure totals (tests/fixtures/seeds/expected.csv).
const SEEDS = [
	{ town: '双溪乡', year: 2017, value: 756, shown: '756' },
	{ town: '楠杆镇', year: 2018, value: 443, shown: '443' },
	{ town: '蒙山镇', year: 2017, value: 400, shown: '≈400' },
	{ town: '中庄镇', year: 2017, value: 170, shown: '170' },
	{ town: '松山镇', year: 2018, value: 18, shown: '18' }
];

async function chartSeries(page: Page) {
	const chart = page.getByTestId('chart');
	await expect(chart).toHaveAttribute('data-rendered', 'true');
	return JSON.parse((await chart.getAttribute('data-series')) as string) as {
		categories: string[];
		series: { values: (number | null)[] }[];
	};
}

test('home ranks the five seed towns by items disclosed, chart and table agree', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(SEEDS.map((x) => `${x.town}（${x.year}）`));
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));

	const rows = page.getByTestId('ranking-table').locator('tbody tr');
	await expect(rows).toHaveCount(5);
	for (const [i, x] of SEEDS.entries()) {
		await expect(rows.nth(i).locator('th, td')).toHaveText([String(i + 1), x.town, /县|市/, String(x.year), x.shown]);
	}
	await expect(page.getByRole('heading', { level: 1 })).toContainText('乡镇政务公开年报对比');
	await expect(page.getByRole('img', { name: /主动公开政府信息数（条）/ })).toBeVisible();
	await expect(page.getByTestId('url-notice')).toHaveCount(0);
});

test('a malformed ind= shows a notice naming the parameter and falls back to the default', async ({ page, watched }) => {
	void watched;
	await page.goto("/?ds=seeds&ind=active.total'%20OR%20'1'='1");
	const notice = page.getByTestId('url-notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText("ind=active.total' OR '1'='1");
	const s = await chartSeries(page);
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));
});

test('an indicator missing from the catalog is named in the notice', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=made.up&foo=1');
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('ind=made.up');
	await expect(notice).toContainText('foo=1');
	await expect(page.getByTestId('chart')).toHaveAttribute('data-rendered', 'true');
});

test('the selectors are reachable with Tab, in reading order', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	await chartSeries(page);
	await page.locator('body').focus();
	const order = ['select-ds', 'select-ind', 'select-year'];
	await page.keyboard.press('Tab'); // the language link comes first
	for (const id of order) {
		await page.keyboard.press('Tab');
		await expect(page.getByTestId(id)).toBeFocused();
	}
});

test('changing the indicator updates the URL, and chart, table and not-reported list agree', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	await chartSeries(page);
	await page.getByTestId('select-ind').selectOption('channel.wechat');
	await expect(page).toHaveURL(/ind=channel\.wechat/);
	await expect(page.getByTestId('chart')).toHaveAttribute('data-series', /政务微信/);
	const s = await chartSeries(page);
	const bars = s.series[0].values;
	expect(bars.length).toBeGreaterThan(0);
	expect(bars.length).toBeLessThan(5);
	const cells = page.getByTestId('ranking-table').locator('tbody tr td.num:not(.change)');
	await expect(cells).toHaveCount(bars.length);
	const shown = (await cells.allTextContents()).map((c) => Number(c.replace(/[≈≥,]/g, '')));
	expect(shown).toEqual(bars);
	const missing = page.getByTestId('not-reported').locator('li');
	await expect(missing).toHaveCount(5 - bars.length);
	for (const town of await missing.evaluateAll((els) => els.map((e) => e.getAttribute('data-town')))) {
		expect(s.categories.some((c) => c.startsWith(town as string))).toBe(false);
	}
});

test('year= ranks only that year\'s reports, with the rank change column', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=active.total&year=2018');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(['楠杆镇（2018）', '松山镇（2018）']);
	expect(s.series[0].values).toEqual([443, 18]);
	const table = page.getByTestId('ranking-table');
	await expect(table.locator('thead th')).toHaveText(['排名', '乡镇', '县（市、区）', '年度', '数值', '名次较上年']);
	await expect(table.locator('tbody td.change')).toHaveText(['—', '—']);
	await expect(page.getByTestId('select-year')).toHaveValue('2018');
});

test('English switch keeps the view and translates the UI', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=active.total&lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('TownLens');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const s = await chartSeries(page);
	expect(s.categories[0]).toBe('双溪乡 (2017)');
});

test('the language link keeps the current view', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=channel.wechat');
	await chartSeries(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\?ds=seeds&ind=channel\.wechat&lang=en$/);
	await expect(page.getByTestId('chart')).toHaveAttribute('data-series', /Items via government WeChat/);
	await expect(page.getByTestId('select-ind')).toHaveValue('channel.wechat');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL(/\?ds=seeds&ind=channel\.wechat$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('乡镇政务公开年报对比');
});

test('a dataset whose files are missing shows a bilingual error, not a crash', async ({ page }) => {
	await page.route('**/data/demo/*.csv', (r) => r.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/?ds=demo');
	const error = page.getByTestId('error');
	await expect(error).toBeVisible();
	await expect(error).toContainText('找不到数据文件');
	await expect(error).toContainText('not found');
});

test('downloads: CSV with BOM and the ranking rows, PNG image, named after what they hold', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=active.total');
	await chartSeries(page);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
	expect(csv.suggestedFilename()).toMatch(/^active\.total-.*\.csv$/);
	const text = await (await csv.createReadStream()).toArray().then((b) => Buffer.concat(b).toString('utf8'));
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text).toContain('3,蒙山镇,上高县,2017,active.total,400,approx');
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
	expect(png.suggestedFilename()).toMatch(/^active\.total-.*\.png$/);
	const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
});

test('shows a loading state until the data is in, then the chart', async ({ page, watched }) => {
	void watched;
	let release: () => void = () => undefined;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/data/seeds/values.csv', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/?ds=seeds');
	await expect(page.getByTestId('loading')).toBeVisible();
	await expect(page.getByTestId('chart')).toHaveCount(0);
	release();
	await chartSeries(page);
	await expect(page.getByTestId('loading')).toHaveCount(0);
});

test('a link without ds= opens the synthetic demo dataset, labelled as such, ranked in descending order', async ({ page, watched }) => {
	void watched;
	await page.goto('/');
	await expect(page.getByTestId('select-ds')).toHaveValue('demo');
	const s = await chartSeries(page);
	await expect(page.getByText('示例数据（合成）')).toBeVisible();
	const values = s.series[0].values as number[];
	expect(values.length).toBeGreaterThan(5);
	expect([...values].sort((a, b) => b - a)).toEqual(values);
	await expect(page.getByTestId('ranking-table').locator('tbody tr')).toHaveCount(values.length);
	await expect(page.getByRole('img', { name: /主动公开政府信息数/ })).toHaveAttribute('aria-label', /排名/);
});
