// The ranking view (the home page for now): chart, table, not-reported list, downloads, states.
import { test, expect } from './fixtures';
import { chartSeries, FIRST_LOAD, nextSeries, tableOfChart } from './helpers';

// The five seed reports and their proactive-disclosure totals (tests/fixtures/seeds/expected.csv).
const SEEDS = [
	{ town: '双溪乡', year: 2017, value: 756, shown: '756' },
	{ town: '楠杆镇', year: 2018, value: 443, shown: '443' },
	{ town: '蒙山镇', year: 2017, value: 400, shown: '≈400' },
	{ town: '中庄镇', year: 2017, value: 170, shown: '170' },
	{ town: '松山镇', year: 2018, value: 18, shown: '18' }
];

test('ranks the five seed towns by items disclosed; chart and table agree', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(SEEDS.map((x) => `${x.town}（${x.year}）`));
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));
	const table = await tableOfChart(page);
	expect(table.heads).toEqual(SEEDS.map((x) => x.town));
	expect(table.values.map((r) => r[3])).toEqual(s.series[0].values);
	expect(table.texts.map((r) => r[3])).toEqual(SEEDS.map((x) => x.shown));
	await expect(page.getByTestId('chart-title')).toContainText('主动公开政府信息数（条）排名');
	await expect(page.getByRole('img', { name: /主动公开政府信息数（条）/ })).toBeVisible();
	await expect(page.getByTestId('url-notice')).toHaveCount(0);
	await expect(page.getByTestId('nav-rankings')).toHaveAttribute('aria-current', 'page');
});

test('a malformed ind= shows a notice naming the parameter and falls back to the default', async ({ page, watched }) => {
	void watched;
	await page.goto("/?ds=seeds&ind=active.total'%20OR%20'1'='1");
	const notice = page.getByTestId('url-notice');
	await expect(notice).toBeVisible(FIRST_LOAD);
	await expect(notice).toContainText("ind=active.total' OR '1'='1");
	const s = await chartSeries(page);
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));
});

test('an indicator missing from the catalog and an unknown key are named in the notice', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=made.up&foo=1');
	await chartSeries(page);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('ind=made.up');
	await expect(notice).toContainText('foo=1');
});

test('the filters are reachable with Tab, in reading order', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	await chartSeries(page);
	await expect(page.getByTestId('select-year')).toBeEnabled(); // the lists load after the first chart
	await page.getByTestId('select-ds').focus();
	for (const id of ['select-province', 'select-ind', 'show-definition', 'select-year']) {
		await page.keyboard.press('Tab');
		await expect(page.getByTestId(id)).toBeFocused();
	}
});

test('changing the indicator pushes a history entry; chart, table and not-reported list agree', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	const first = await chartSeries(page);
	await page.getByTestId('select-ind').selectOption('channel.wechat');
	await expect(page).toHaveURL(/ind=channel\.wechat/);
	await expect(page.getByTestId('chart-title')).toContainText('政务微信');
	const s = await nextSeries(page, first);
	const bars = s.series[0].values;
	expect(bars.length).toBeGreaterThan(0);
	expect(bars.length).toBeLessThan(5);
	const table = await tableOfChart(page);
	expect(table.values.map((r) => r[3])).toEqual(bars);
	const missing = page.getByTestId('not-reported').locator('li');
	await expect(missing).toHaveCount(5 - bars.length);
	for (const town of await missing.evaluateAll((els) => els.map((e) => e.getAttribute('data-town')))) {
		expect(s.categories.some((c) => c.startsWith(town as string))).toBe(false);
	}
	await page.goBack();
	await expect(page).not.toHaveURL(/channel\.wechat/);
	await expect(page.getByTestId('select-ind')).toHaveValue('active.total');
});

test("year= ranks only that year's reports, with the rank change column", async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=active.total&year=2018');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(['楠杆镇（2018）', '松山镇（2018）']);
	expect(s.series[0].values).toEqual([443, 18]);
	await page.getByTestId('show-table').click();
	const table = page.getByTestId('chart-table');
	await expect(table.locator('thead th')).toHaveText(['乡镇', '排名', '县（市、区）', '年度', '数值', '名次较上年']);
	await expect(page.getByTestId('select-year')).toHaveValue('2018');
});

test('English keeps the view and translates the UI', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=channel.wechat');
	await chartSeries(page);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\?ds=seeds&ind=channel\.wechat&lang=en$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('chart-title')).toContainText('Items via government WeChat');
	await expect(page.getByTestId('select-ind')).toHaveValue('channel.wechat');
	const s = await chartSeries(page);
	expect(s.categories[0]).toMatch(/ \(\d{4}\)$/);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/\?ds=seeds&ind=channel\.wechat$/);
	await expect(page.getByTestId('nav-rankings')).toHaveText('排名');
});

test('a dataset whose files are missing shows a bilingual error, not a crash', async ({ page }) => {
	await page.route('**/data/demo/*.csv', (r) => r.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/?ds=demo');
	const error = page.getByTestId('error').first();
	await expect(error).toBeVisible(FIRST_LOAD);
	await expect(error).toContainText('找不到数据文件');
	await expect(error).toContainText('not found');
});

test('downloads: CSV with BOM and the ranking rows, PNG and SVG images, named after what they hold', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds&ind=active.total');
	await chartSeries(page);
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
	expect(csv.suggestedFilename()).toMatch(/^active\.total-.*\.csv$/);
	const text = Buffer.concat(await (await csv.createReadStream()).toArray()).toString('utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(text).toMatch(/\r\n3,[^,]+,蒙山镇,上高县,2017,active\.total,400,approx,/);
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
	expect(png.suggestedFilename()).toMatch(/^active\.total-.*\.png$/);
	const bytes = Buffer.concat(await (await png.createReadStream()).toArray());
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
	expect(svg.suggestedFilename()).toMatch(/^active\.total-.*\.svg$/);
	const doc = Buffer.concat(await (await svg.createReadStream()).toArray()).toString('utf8');
	expect(doc).toContain('<svg');
	expect(doc).toContain('主动公开政府信息数（条）排名'); // the title is inside the image
	expect(doc).toContain('来源');
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
	await expect(page.getByTestId('loading')).toBeVisible(FIRST_LOAD);
	await expect(page.getByTestId('chart')).toHaveCount(0);
	release();
	await chartSeries(page);
	await expect(page.getByTestId('loading')).toHaveCount(0);
});

test('a link without ds= opens the synthetic demo, labelled as such, ranked in descending order', async ({ page, watched }) => {
	void watched;
	await page.goto('/');
	await expect(page.getByTestId('select-ds')).toHaveValue('demo');
	const s = await chartSeries(page);
	await expect(page.getByTestId('synthetic')).toBeVisible();
	const values = s.series[0].values as number[];
	expect(values.length).toBeGreaterThan(5);
	expect([...values].sort((a, b) => b - a)).toEqual(values);
	const table = await tableOfChart(page);
	expect(table.values.slice(0, values.length).map((r) => r[3])).toEqual(values);
});

test('the region filter narrows the ranking to one county of the demo city', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=demo');
	const all = await chartSeries(page);
	const county = page.getByTestId('select-county');
	const options = await county.locator('option').allTextContents();
	expect(options.length).toBeGreaterThanOrEqual(4); // 全部 + 3–4 counties
	await county.selectOption({ index: 1 });
	await expect(page).toHaveURL(/region=\d{6}/);
	await expect(page.getByTestId('chart-title')).toContainText(options[1].replace(/ \(\d+\)$/, ''));
	const one = await nextSeries(page, all);
	expect(one.categories.length).toBeLessThan(all.categories.length);
	expect(one.categories.length).toBeGreaterThan(5);
});
