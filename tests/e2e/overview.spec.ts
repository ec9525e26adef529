// The overview (the home page) on the demo and seeds datasets: filing counts, headline numbers,
// movers and coverage checked against the shipped CSVs and against each chart's table; links into
// the views that explain each number; a copied link in a fresh browser; English; widths; hostile links.
import { filings, statedValues, valuesIn } from './data';
import { test, expect } from './fixtures';
import { chartSeries, copiedLink, expectNoHorizontalScroll, nextSeries, seriesElsewhere, tableOfChart } from './helpers';

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** What the CSVs say about one year: towns known and filed, warned reports, active.total per town now and before. */
function facts(ds: string, year: number) {
	const f = filings(ds);
	const byTown = statedValues(ds, 'active.total');
	const now = valuesIn(byTown, year);
	const before = valuesIn(byTown, year - 1);
	const changes = [...now].filter(([k]) => before.has(k)).map(([k, v]) => ({ key: k, change: v - (before.get(k) as number) }));
	return {
		known: new Set(f.map((x) => x.town_key)).size,
		filed: new Set(f.filter((x) => x.year === year).map((x) => x.town_key)).size,
		warned: f.filter((x) => x.year === year && x.warnings > 0).length,
		now,
		changes
	};
}

test('demo: filing counts, headline numbers and movers agree with the CSVs; chart = table', async ({ page, watched }) => {
	void watched;
	await page.goto('/');
	const movers = await chartSeries(page);
	await expect(page.getByTestId('overview-scope')).toContainText('全部地区 · 2025 年');
	await expect(page.getByTestId('nav-overview')).toHaveAttribute('aria-current', 'page');
	const f = facts('demo', 2025);
	await expect(page.getByTestId('filed')).toHaveText(`${f.filed} / ${f.known}`);
	await expect(page.getByTestId('warned')).toHaveAttribute('data-value', String(f.warned));
	const card = page.getByTestId('headline-active.total');
	const total = [...f.now.values()].reduce((a, b) => a + b, 0);
	await expect(card.getByTestId('total')).toHaveAttribute('data-value', String(total));
	await expect(card.getByTestId('total')).toContainText(`${Math.round(total / 100) / 100}万`);
	await expect(card.getByTestId('median')).toHaveAttribute('data-value', String(median([...f.now.values()])));
	// the five largest rises and falls, from the CSVs
	const up = f.changes.filter((c) => c.change > 0).sort((a, b) => b.change - a.change).slice(0, 5);
	const down = f.changes.filter((c) => c.change < 0).sort((a, b) => a.change - b.change).slice(0, 5);
	const expected = [...up, ...down.reverse()].map((c) => c.change);
	expect(movers.series[0].values).toEqual(expected);
	const table = await tableOfChart(page);
	expect(table.values.map((r) => r[2])).toEqual(movers.series[0].values);
	expect(table.heads).toEqual(movers.categories);
});

test('demo coverage: stacked counts per year agree with the CSVs and the table; which towns filed is the Data view', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=demo');
	const cov = await chartSeries(page, 'coverage');
	const f = filings('demo');
	const known = new Set(f.map((x) => x.town_key)).size;
	expect(cov.categories).toEqual([...new Set(f.map((x) => x.year))].sort().map(String));
	for (const [i, y] of cov.categories.entries()) {
		const filed = new Set(f.filter((x) => x.year === Number(y)).map((x) => x.town_key));
		const warned = new Set(f.filter((x) => x.year === Number(y) && x.warnings > 0).map((x) => x.town_key));
		expect(cov.series.map((s) => s.values[i]), y).toEqual([filed.size - warned.size, warned.size, known - filed.size]);
	}
	const table = await tableOfChart(page, 'coverage');
	expect(table.values.map((r) => r.slice(0, 3))).toEqual(cov.categories.map((_, i) => cov.series.map((s) => s.values[i])));
	await page.getByTestId('coverage-data').click();
	await expect(page).toHaveURL(/\/data\?ds=demo$/);
	await expect(page.getByTestId('nav-data')).toHaveAttribute('aria-current', 'page');
});

test('every number links to the view that explains it, with the view pinned', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=demo&region=990001&year=2024');
	await chartSeries(page);
	const total = page.getByTestId('headline-apply.received').getByTestId('total');
	await expect(total).toHaveAttribute('href', '/rankings?ds=demo&ind=apply.received&region=990001&year=2024&order=desc');
	await expect(page.getByTestId('filed')).toHaveAttribute('href', '/data?ds=demo&region=990001');
	await expect(page.getByTestId('warned')).toHaveAttribute('href', '/data?ds=demo&region=990001');
	const trends = await page.getByTestId('movers-trends').getAttribute('href');
	const q = new URL(trends as string, 'http://x').searchParams;
	expect([q.get('ind'), q.get('from'), q.get('to'), q.get('region')]).toEqual(['active.total', '2023', '2024', '990001']);
	expect(q.get('towns')?.split(',').length).toBeGreaterThan(0);
	await page.getByTestId('headline-active.total').getByTestId('total').click();
	await expect(page).toHaveURL(/\/rankings\?ds=demo&ind=active\.total&region=990001&year=2024&order=desc$/);
	const ranking = await chartSeries(page);
	await expect(page.getByTestId('select-year')).toHaveValue('2024');
	expect(ranking.series[0].values.length).toBeGreaterThan(5);
	await page.goBack();
	await page.getByTestId('movers-trends').click();
	await expect(page).toHaveURL(/\/trends\?/);
	const lines = await chartSeries(page);
	expect(lines.categories).toEqual(['2023', '2024']);
	expect(lines.series).toHaveLength(q.get('towns')?.split(',').length as number);
});

test('changing the year pushes history and recomputes every part', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=demo');
	const before = await chartSeries(page);
	await page.getByTestId('select-year').selectOption('2020');
	await expect(page).toHaveURL(/year=2020/);
	await expect(page.getByTestId('overview-scope')).toContainText('2020 年');
	const after = await nextSeries(page, before);
	const f = facts('demo', 2020);
	await expect(page.getByTestId('filed')).toHaveText(`${f.filed} / ${f.known}`);
	expect(after.series[0].values[0]).toBe(Math.max(...f.changes.map((c) => c.change)));
	await page.goBack();
	await expect(page).not.toHaveURL(/year=/);
	await expect(page.getByTestId('overview-scope')).toContainText('2025 年');
});

test('seeds: no town reports two years, so no movers — said, not drawn; coverage still drawn', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=seeds');
	const cov = await chartSeries(page, 'coverage');
	expect(cov.categories).toEqual(['2017', '2018']);
	// 2017: 双溪 蒙山 中庄 (中庄 with the prose/table conflict); 2018: 楠杆 松山
	expect(cov.series.map((s) => s.values)).toEqual([[2, 2], [1, 0], [2, 3]]);
	await expect(page.getByTestId('filed')).toHaveText('2 / 5');
	await expect(page.getByTestId('chart-frame').getByTestId('empty')).toContainText('没有乡镇在 2017 年和 2018 年都报告了此指标');
	const card = page.getByTestId('headline-active.total');
	await expect(card.getByTestId('total')).toHaveText('461'); // 楠杆 443 + 松山 18
	await expect(card.getByTestId('change')).toHaveText('无可比的上年数值');
	await page.getByTestId('select-year').selectOption('2017');
	await expect(page.getByTestId('chart-frame').getByTestId('empty')).toContainText('2017 年是数据中最早的年度');
	await expect(card.getByTestId('total')).toHaveText('≈1326'); // 756 + ≈400 + 170
});

test('a copied link opened in a fresh browser shows the same overview', async ({ page, watched, browser, context, baseURL }) => {
	void watched;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/?ds=demo&region=990003');
	const sent = await chartSeries(page);
	const cov = await chartSeries(page, 'coverage');
	const link = await copiedLink(page);
	expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ ds: 'demo', region: '990003', year: '2025' });
	expect(await seriesElsewhere(browser, link, ['chart', 'coverage'])).toEqual({ series: [sent, cov], notices: 0 });
});

test('English: words, thousands separators and units', async ({ page, watched }) => {
	void watched;
	await page.goto('/?ds=demo&lang=en');
	await chartSeries(page);
	await expect(page.getByTestId('overview-scope')).toContainText('All regions · 2025');
	const total = [...facts('demo', 2025).now.values()].reduce((a, b) => a + b, 0);
	await expect(page.getByTestId('headline-active.total').getByTestId('total')).toContainText(total.toLocaleString('en-US'));
	await expect(page.getByTestId('headline-active.total')).toContainText('(items)');
	await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toContainText('Items proactively disclosed: biggest changes 2024–2025 (items)');
	await expect(page.getByTestId('nav-overview')).toHaveText('Overview');
	await expect(page.getByTestId('filing')).toContainText('towns filed a report for 2025');
});

test('hostile values fall back with notices that name them', async ({ page, watched }) => {
	void watched;
	await page.goto(`/?ds=demo&year=${encodeURIComponent("2025' OR 1=1")}&region=${encodeURIComponent('<img src=x>')}&ind=active.total`);
	const s = await chartSeries(page);
	expect(s.series[0].values.length).toBeGreaterThan(0);
	const notice = page.getByTestId('url-notice');
	for (const p of ["year=2025' OR 1=1", 'region=<img src=x>', 'ind=active.total']) await expect(notice).toContainText(p);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await page.goto('/?ds=demo&year=2009&region=123456');
	await chartSeries(page);
	await expect(page.getByTestId('url-notice')).toContainText('year=2009');
	await expect(page.getByTestId('url-notice')).toContainText('region=123456');
	await expect(page.getByTestId('overview-scope')).toContainText('2025');
});

for (const width of [375, 1440]) {
	test(`fits a ${width} px screen without horizontal scroll`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/?ds=demo');
		await chartSeries(page);
		await chartSeries(page, 'coverage');
		await expectNoHorizontalScroll(page);
		await page.getByTestId('chart-frame').getByTestId('show-table').click();
		await expectNoHorizontalScroll(page);
	});
}
