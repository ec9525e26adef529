// The national dataset at small size: the tiny partitioned fixture (tests/fixtures/scale) served as
// the `scale` dataset. Hand-computed (see tests/unit/queries/scale.test.ts): active.total 2024 —
// 松山镇/甲县 300, 石桥镇 250, 柳河镇 ≈150; 2023 — 石桥镇 400, 柳河镇 200, 松山镇/甲县 100, 松山镇/乙县 50.
import { test, expect } from './fixtures';
import { chartSeries, FIRST_LOAD, nextSeries, tableOfChart } from './helpers';

test('the national ranking reads one indicator for the latest year, paged, with no facts loaded', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=scale');
	const s = await chartSeries(page);
	expect(s.series[0].values).toEqual([300, 250, 150]);
	await expect(page.getByTestId('chart-title')).toContainText('2024');
	await expect(page.getByTestId('ranking-page')).toContainText('第 1–3 名，共 3 个乡镇有数值');
	// another year: the same file, that year's rows
	await page.getByTestId('select-year').selectOption('2023');
	expect((await nextSeries(page, s)).series[0].values).toEqual([400, 200, 100, 50]);
});

test('a national ranking’s value opens its report by town and year, in its province', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=scale&year=2024&lang=en');
	await chartSeries(page);
	await page.getByTestId('chart-frame').getByTestId('show-table').click();
	const link = page.getByTestId('chart-table').getByTestId('source-link').first();
	// rank 1 in 2024: 松山镇/甲县 (990101001), in province 99
	await expect(link).toHaveAttribute('href', /\/report\?ds=scale&towns=990101001&year=2024&region=99&lang=en#active\.total$/);
	await link.click();
	await expect(page.getByTestId('report')).toHaveAttribute('data-report', 'a100000000002024', FIRST_LOAD);
	// a town and year without a report says so in both languages
	await page.goto('/report?ds=scale&towns=980101002&year=2024&region=98&lang=en');
	await expect(page.getByTestId('report-not-found')).toContainText('no 2024 report of the town 980101002', FIRST_LOAD);
	await expect(page.getByTestId('report-not-found')).toContainText('乡镇 980101002 的 2024 年报告');
});

test('drilling into a province runs the ranking and trends on its facts', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=scale&year=2024');
	const national = await chartSeries(page);
	await page.getByTestId('select-province').selectOption('99');
	const province = await nextSeries(page, national);
	expect(province.series[0].values).toEqual([300, 150]);
	const table = await tableOfChart(page);
	expect(table.heads.map((h) => h.replace(/（.*）|\s.*$/, ''))).toEqual(['松山镇', '柳河镇']);
	expect(table.values[0]).toContain(300);
	expect(table.values[1]).toContain(150);
	await expect(page.getByTestId('chart-title')).toContainText('甲省');

	await page.getByTestId('nav-trends').click();
	await expect(page).toHaveURL(/\/trends\?.*region=99/);
	const trend = await chartSeries(page);
	expect(trend.categories).toEqual(['2023', '2024']);
	const byTown = Object.fromEntries(trend.series.map((x) => [x.name, x.values]));
	expect(byTown['柳河镇']).toEqual([200, 150]);
});

test('trends at the country level draw the country’s top towns from the national files, each value linked', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=scale&ind=active.total');
	const s = await chartSeries(page);
	// latest values: 松山镇/甲县 300, 石桥镇 250, 柳河镇 ≈150 (2024), 松山镇/乙县 50 (2023)
	expect(s.series.map((x) => x.values)).toEqual([
		[100, 300],
		[400, 250],
		[200, 150],
		[50, null]
	]);
	await expect(page.getByTestId('choose')).toHaveCount(0);
	await page.getByTestId('chart-frame').getByTestId('show-table').click();
	await expect(page.getByTestId('chart-table').getByTestId('source-link').first()).toHaveAttribute('href', /towns=990101001&year=2023&region=99/);
});

test('channels at the country level: one bar per province from the summary; adoption asks for a province', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels?ds=scale&year=2024&lang=en');
	const s = await chartSeries(page);
	// 2024: 甲省 3 towns state the website channel (1 item each), 乙省 1
	expect(s.categories).toEqual(['甲省', '乙省']);
	expect(s.series).toEqual([{ name: 'Government website', values: [3, 1] }]);
	await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toContainText('by province');
	const table = await tableOfChart(page);
	expect(table.heads).toEqual(['甲省', '乙省']);
	// channel sum, then the sum of the towns' stated totals (300 + ≈150)
	expect(table.values).toEqual([
		[3, 450],
		[1, 250]
	]);
	await expect(page.getByTestId('chart-adoption-frame').getByTestId('choose')).toContainText('choose a province', FIRST_LOAD);
	await expect(page.getByTestId('error')).toHaveCount(0);
	// a province: its towns again
	await page.getByTestId('select-province').selectOption('99');
	await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toContainText('by town', FIRST_LOAD);
});

test('views that need facts ask for a province at the country level; the town search covers the country', async ({ page, watched }) => {
	void watched;
	// the SQL console runs on the national tables at the country level
	await page.goto('/data?ds=scale&lang=en&tab=sql');
	await page.getByTestId('sql-editor').fill("SELECT count(*) AS n FROM towns WHERE province_key = '99'");
	await page.getByTestId('sql-run').click();
	await expect(page.getByTestId('sql-result')).toHaveAttribute('data-total', '1', FIRST_LOAD);
	await expect(page.getByTestId('result-grid').getByRole('cell').first()).toHaveText('3');
	// coverage at the country level: provinces × years from the summary; a province opens its towns
	await page.goto('/data?ds=scale&lang=en');
	const grid = page.getByTestId('province-coverage');
	await expect(grid.locator('tr[data-key="98"] td')).toHaveCount(2, FIRST_LOAD);
	expect(await grid.locator('tbody td').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-filed')))).toEqual(['1', '1', '3', '3']);
	await expect(grid.locator('tr[data-key="98"] td').first()).toHaveAttribute('aria-label', '乙省 2023: 1 of 2 towns filed (50.0%)');
	await grid.getByRole('link', { name: '甲省' }).click();
	await expect(page).toHaveURL(/region=99/);
	await expect(page.getByTestId('coverage-panel')).toContainText('松山镇', FIRST_LOAD);
	await page.goto('/data?ds=scale&lang=en&tab=values');
	await expect(page.getByTestId('choose').first()).toContainText('choose a province', FIRST_LOAD);
	await expect(page.getByTestId('error')).toHaveCount(0);
	const search = page.getByTestId('town-search');
	await expect(search).toBeEnabled(FIRST_LOAD);
	await search.fill('东坝');
	await expect(page.getByTestId('town-picker').getByRole('option').first()).toContainText('东坝乡');
});

test('towns of two provinces: trends and compare read both, and a value opens its report in its province', async ({ page, watched }) => {
	void watched;
	// 石桥镇 (乙省, 98) and 松山镇/甲县 (甲省, 99): no region, two provinces
	await page.goto('/trends?ds=scale&ind=active.total&towns=980101001,990101001');
	const trend = await chartSeries(page);
	expect(trend.categories).toEqual(['2023', '2024']);
	expect(trend.series.map((x) => x.values)).toEqual([
		[400, 250],
		[100, 300]
	]);
	await expect(page.getByTestId('choose')).toHaveCount(0);
	await page.getByTestId('chart-frame').getByTestId('show-table').click();
	const link = page.getByTestId('chart-table').getByTestId('source-link').first();
	await expect(link).toHaveAttribute('href', /[?&]region=98(&|#|$)/);
	await link.click();
	await expect(page.getByTestId('report')).toHaveAttribute('data-report', 'c100000000002023', FIRST_LOAD);
	await expect(page.getByTestId('report')).toContainText('石桥镇');

	// no towns at the country level: the default pair, in its first town's province
	await page.goto('/compare?ds=scale');
	// (the prerendered page's own default pair is in the DOM, covered, until the app draws the link's)
	const chips = () => page.getByTestId('town-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
	await expect.poll(chips, FIRST_LOAD).toEqual(['980101001', '980101002']);
	await expect(page.getByTestId('choose')).toHaveCount(0);

	await page.goto('/compare?ds=scale&towns=990101002,980101001&year=2024');
	const cmp = await chartSeries(page);
	const row = cmp.categories.findIndex((c) => c.includes('active.total') || c.includes('主动公开'));
	expect(row).toBeGreaterThanOrEqual(0);
	expect(cmp.series.map((x) => x.values[row])).toEqual([150, 250]);
});

test('the user’s own towns stay in a paged ranking', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=scale&year=2023&towns=990102001&page=2');
	const s = await chartSeries(page);
	// page 2 of 50 a page is empty at this size: only the chosen town, at its rank
	expect(s.series[0].values).toEqual([50]);
	await expect(page.getByTestId('page-prev')).toBeVisible();
});

test('the overview at the country level reads the summary and the mover indicator’s national files', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=scale&lang=en');
	// movers 2023 → 2024 over the whole country: +200 (松山镇/甲县), −50 (柳河镇 ≈), −150 (石桥镇)
	const movers = await chartSeries(page);
	expect(movers.series[0].values).toEqual([200, -50, -150]);
	expect((await tableOfChart(page)).values.map((r) => r[2])).toEqual([200, -50, -150]);
	await expect(page.getByTestId('choose')).toHaveCount(0);
	await expect(page.getByTestId('error')).toHaveCount(0);
	// 4 of the gazetteer's 5 towns filed; warnings are not summarised, so none are claimed
	await expect(page.getByTestId('filed')).toHaveText('4 / 5');
	await expect(page.getByTestId('warned')).toHaveCount(0);
	const card = page.getByTestId('headline-active.total');
	await expect(card.getByTestId('total')).toHaveAttribute('data-value', '700');
	await expect(card.getByTestId('median')).toHaveAttribute('data-value', '250');
	// like for like from the national files: 700 against 700
	await expect(card.getByTestId('change')).toHaveAttribute('data-value', '0');
	// indicators without town values at this level say where the change is, not "no change"
	await expect(page.getByTestId('headline-apply.received')).toContainText('No town reports this indicator');
	// the coverage strip: filed and no report per year, no warnings series
	const cov = await chartSeries(page, 'coverage');
	expect(cov.series).toEqual([
		{ name: 'Filed', values: [4, 4] },
		{ name: 'No report', values: [1, 1] }
	]);
});
