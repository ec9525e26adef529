// The ranking view (/rankings): chart, table, rank change, top 20 / all, order, not-reported list,
// downloads, states, links, widths; numbers checked against the shipped CSVs.
import { test, expect } from './fixtures';
import { competitionRanks, filings, statedValues, valuesIn } from './data';
import { chartSeries, copiedLink, expectNoHorizontalScroll, FIRST_LOAD, nextSeries, seriesElsewhere, tableOfChart } from './helpers';

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
	await page.goto('/rankings?ds=seeds');
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
	await page.goto("/rankings?ds=seeds&ind=active.total'%20OR%20'1'='1");
	const notice = page.getByTestId('url-notice');
	await expect(notice).toBeVisible(FIRST_LOAD);
	await expect(notice).toContainText("ind=active.total' OR '1'='1");
	const s = await chartSeries(page);
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));
});

test('an indicator missing from the catalog and an unknown key are named in the notice', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds&ind=made.up&foo=1');
	await chartSeries(page);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toContainText('ind=made.up');
	await expect(notice).toContainText('foo=1');
});

test('the filters are reachable with Tab, in reading order', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds');
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
	await page.goto('/rankings?ds=seeds');
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
	await page.goto('/rankings?ds=seeds&ind=active.total&year=2018');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(['楠杆镇', '松山镇']); // every bar is a 2018 value: the year is in the title
	expect(s.series[0].values).toEqual([443, 18]);
	await expect(page.getByTestId('chart-title')).toContainText('2018 年');
	await page.getByTestId('show-table').click();
	const table = page.getByTestId('chart-table');
	await expect(table.locator('thead th')).toHaveText(['乡镇', '排名', '县（市、区）', '数值', '2017 年数值', '名次较上年']);
	// no seed town reports two years: both are new, and the three 2017 towns filed no 2018 report
	await expect(table.locator('tbody tr td:last-child')).toHaveText(['新', '新']);
	await expect(page.getByTestId('no-report')).toContainText('另有 3 个乡镇未提交 2018 年年报（本地区已知 5 个乡镇）');
	await expect(page.getByTestId('select-year')).toHaveValue('2018');
});

test('English keeps the view and translates the UI', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds&ind=channel.wechat');
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
	await page.goto('/rankings?ds=demo');
	const error = page.getByTestId('error').first();
	await expect(error).toBeVisible(FIRST_LOAD);
	await expect(error).toContainText('找不到数据文件');
	await expect(error).toContainText('not found');
});

test('downloads: CSV with BOM and the ranking rows, PNG and SVG images, named after what they hold', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds&ind=active.total');
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
	await page.goto('/rankings?ds=seeds');
	await expect(page.getByTestId('loading')).toBeVisible(FIRST_LOAD);
	await expect(page.getByTestId('chart')).toHaveCount(0);
	release();
	await chartSeries(page);
	await expect(page.getByTestId('loading')).toHaveCount(0);
});

test('a link without ds= opens the synthetic demo, labelled as such, ranked in descending order', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings');
	await expect(page.getByTestId('select-ds')).toHaveValue('demo');
	const s = await chartSeries(page);
	await expect(page.getByTestId('synthetic')).toBeVisible();
	const values = s.series[0].values as number[];
	expect(values.length).toBeGreaterThan(5);
	expect([...values].sort((a, b) => b - a)).toEqual(values);
	expect(values).toHaveLength(20); // the top 20 of the demo's 60 towns
	const table = await tableOfChart(page);
	expect(table.values.map((r) => r[3])).toEqual(values);
});

test('the region filter narrows the ranking to one county of the demo city', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=demo');
	const all = await chartSeries(page);
	const county = page.getByTestId('select-county');
	const options = await county.locator('option').allTextContents();
	expect(options.length).toBeGreaterThanOrEqual(4); // 全部 + 3–4 counties
	await county.selectOption({ index: 1 });
	await expect(page).toHaveURL(/region=\d{6}/);
	await expect(page.getByTestId('chart-title')).toContainText(options[1].replace(/ \(\d+\)$/, ''));
	const one = await nextSeries(page, all);
	expect(one.categories.length).toBeGreaterThan(5);
	const table = await tableOfChart(page);
	expect(new Set(table.texts.map((r) => r[1]))).toEqual(new Set([options[1].replace(/ \(\d+\)$/, '')]));
});

test('one demo year: ranks and rank changes (▲ ▼ – 新) agree with ranks computed from the CSVs', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=demo&ind=active.total&year=2025&all=1');
	const s = await chartSeries(page);
	const byTown = statedValues('demo', 'active.total');
	const now = valuesIn(byTown, 2025);
	const before = competitionRanks(valuesIn(byTown, 2024));
	const ranks = competitionRanks(now);
	expect(s.series[0].values).toHaveLength(now.size);
	expect(s.series[0].values).toEqual([...now.values()].sort((a, b) => b - a));
	await page.getByTestId('show-table').click();
	const rows = await page.getByTestId('chart-table').locator('tbody tr').evaluateAll((trs) =>
		trs.map((tr) => ({ key: tr.getAttribute('data-key') as string, cells: [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '') }))
	);
	expect(rows).toHaveLength(now.size);
	for (const r of rows) {
		const rank = ranks.get(r.key) as number;
		const prev = before.get(r.key);
		const move = prev === undefined ? '新' : prev > rank ? `▲${prev - rank}` : prev < rank ? `▼${rank - prev}` : '–';
		expect([r.cells[0], r.cells[4]], r.key).toEqual([String(rank), move]);
	}
	const unfiled = new Set(filings('demo').map((f) => f.town_key)).size - new Set(filings('demo').filter((f) => f.year === 2025).map((f) => f.town_key)).size;
	await expect(page.getByTestId('no-report')).toContainText(`另有 ${unfiled} 个乡镇未提交 2025 年年报`);
});

test('top 20, then all with all=1 (Back returns); least first with order=asc', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=demo&year=2025');
	const top = await chartSeries(page);
	expect(top.series[0].values).toHaveLength(20);
	await page.getByTestId('show-all').click();
	await expect(page).toHaveURL(/all=1/);
	const all = await nextSeries(page, top);
	expect(all.series[0].values.length).toBeGreaterThan(20);
	expect(all.series[0].values.slice(0, 20)).toEqual(top.series[0].values);
	expect((await tableOfChart(page)).values).toHaveLength(all.series[0].values.length);
	await page.goBack();
	await expect(page).not.toHaveURL(/all=1/);
	expect(await nextSeries(page, all)).toEqual(top);
	await page.getByTestId('order').getByText('从少到多').click();
	await expect(page).toHaveURL(/order=asc/);
	const asc = await nextSeries(page, top);
	const values = asc.series[0].values as number[];
	expect([...values].sort((a, b) => a - b)).toEqual(values);
	expect(values[0]).toBe(Math.min(...(all.series[0].values as number[])));
	await expect(page.getByTestId('chart-title')).toContainText('从少到多');
});

test('a copied link opened in a fresh browser shows the same ranking', async ({ page, watched, browser, context, baseURL }) => {
	void watched;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/rankings?ds=demo&ind=apply.received&year=2024&order=asc&all=1&region=990002');
	const sent = await chartSeries(page);
	const link = await copiedLink(page);
	expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ ds: 'demo', ind: 'apply.received', region: '990002', year: '2024', order: 'asc', all: '1' });
	expect(await seriesElsewhere(browser, link)).toEqual({ series: [sent], notices: 0 });
});

test('hostile order, all and year values show notices naming each, and the default ranking', async ({ page, watched }) => {
	void watched;
	await page.goto(`/rankings?ds=seeds&order=${encodeURIComponent('desc; DROP TABLE vals')}&all=yes&year=2016`);
	const s = await chartSeries(page);
	expect(s.series[0].values).toEqual(SEEDS.map((x) => x.value));
	const notice = page.getByTestId('url-notice');
	for (const p of ['order=desc; DROP TABLE vals', 'all=yes', 'year=2016']) await expect(notice).toContainText(p);
});

test('English: table heads and the rank change in words and marks', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=demo&year=2025&lang=en');
	await chartSeries(page);
	await expect(page.getByTestId('chart-title')).toContainText('Items proactively disclosed (items) ranking · 2025');
	await page.getByTestId('show-table').click();
	const table = page.getByTestId('chart-table');
	await expect(table.locator('thead th')).toHaveText(['Town', 'Rank', 'County', 'Value', 'Value 2024', 'Rank vs. year before']);
	const moves = await table.locator('tbody tr td:last-child').allTextContents();
	for (const m of moves) expect(m).toMatch(/^(▲\d+|▼\d+|–|new)$/);
	await expect(page.getByTestId('no-report')).toContainText('filed no report for 2025');
	await expect(page.getByTestId('nav-rankings')).toHaveText('Rankings');
});

for (const width of [375, 1440]) {
	test(`fits a ${width} px screen without horizontal scroll, chart and table`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/rankings?ds=demo&year=2025');
		await chartSeries(page);
		await expectNoHorizontalScroll(page);
		await page.getByTestId('show-table').click();
		await expectNoHorizontalScroll(page);
	});
}
