// The compare view on the demo and seeds datasets: the grid's hook against the table toggle and the
// CSVs, the largest mark, collapsing std-table rows, links into trends, picking towns, shared
// links in a fresh browser, language, widths, hostile links.
import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { chartSeries, copiedLink, expectNoHorizontalScroll, nextSeries, readCsv, seriesElsewhere, tableOfChart } from './helpers';

const CATALOG = readCsv('indicators.csv');
const idOf = (nameZh: string) => CATALOG.find((i) => i.name_zh === nameZh)?.id as string;

/** Every stated value of `towns` from the CSVs: indicator → town key → year → value. */
function stated(ds: string, towns: string[]) {
	const reports = new Map(readCsv(`${ds}/reports.csv`).filter((r) => towns.includes(r.town_id)).map((r) => [r.report_id, r]));
	const out = new Map<string, Map<string, Map<number, number>>>();
	for (const v of readCsv(`${ds}/values.csv`)) {
		const r = reports.get(v.report_id);
		if (!r) continue;
		const byTown = out.get(v.indicator) ?? new Map();
		byTown.set(r.town_id, (byTown.get(r.town_id) ?? new Map()).set(Number(r.year), Number(v.value)));
		out.set(v.indicator, byTown);
	}
	return out;
}

const chipKeys = (page: import('@playwright/test').Page) => page.getByTestId('town-chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-key') as string));

test('demo: the default pair on every indicator either states; hook = table = CSVs; the largest is marked', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare');
	const s = await chartSeries(page);
	await expect(page.getByTestId('town-chip')).toHaveCount(2);
	const keys = await chipKeys(page);
	expect(keys).toEqual(['990001001', '990001002']); // 12 reports each, both in 楸川县
	await expect(page).not.toHaveURL(/towns=/);
	await expect(page.getByTestId('chart-title')).toContainText('2025');
	const csv = stated('demo', keys);
	// every indicator one of them states in any year, in catalog order
	expect(s.categories.map(idOf)).toEqual(CATALOG.map((i) => i.id).filter((id) => csv.has(id)));
	for (const [i, name] of s.categories.entries()) {
		const byTown = csv.get(idOf(name))!;
		expect(s.series.map((x) => x.values[i]), name).toEqual(keys.map((k) => byTown.get(k)?.get(2025) ?? null));
	}
	const table = await tableOfChart(page);
	expect(table.values).toEqual(s.categories.map((_, i) => s.series.map((x) => x.values[i])));
	expect(table.texts.flat().filter((t) => t === '未报告').length).toBe(s.series.flatMap((x) => x.values).filter((v) => v === null).length);
	// the largest of a row whose values differ is marked, in its town's column
	const row = s.categories.findIndex((_, i) => s.series.every((x) => x.values[i] !== null) && s.series[0].values[i] !== s.series[1].values[i]);
	const larger = (s.series[0].values[row] as number) > (s.series[1].values[row] as number) ? 0 : 1;
	const cells = page.getByTestId('compare-grid').locator(`tr[data-indicator="${idOf(s.categories[row])}"] td`);
	await expect(cells.nth(larger)).toHaveClass(/max/);
	await expect(cells.nth(1 - larger)).not.toHaveClass(/max/);
	await expect(page.getByTestId('nav-compare')).toHaveAttribute('aria-current', 'page');
});

test('demo: empty std-table rows collapse behind a button; a row opens the trends of those towns', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare?ds=demo&year=2016');
	const s = await chartSeries(page);
	const grid = page.getByTestId('compare-grid');
	await expect(grid.locator('tr[data-indicator="apply.by_person"]')).toHaveCount(0); // a 2019+ table row, empty in 2016
	expect(s.categories.map(idOf)).toContain('apply.by_person'); // …still in the hook and the table
	const apply = grid.locator('tbody[data-group="apply"]');
	await apply.getByTestId('toggle-empty').click();
	await expect(grid.locator('tr[data-indicator="apply.by_person"] td')).toHaveText(['未报告', '未报告']);
	await expect(apply.getByTestId('toggle-empty')).toHaveAttribute('aria-expanded', 'true');
	await grid.locator('tr[data-indicator="active.total"] a').click();
	await expect(page).toHaveURL(/\/trends\?ds=demo&ind=active\.total&towns=990001001,990001002$/);
	const trend = await chartSeries(page);
	expect(trend.series.map((x) => x.name)).toEqual(s.series.map((x) => x.name));
	expect(trend.series[0].values[trend.categories.indexOf('2016')]).toBe(s.series[0].values[s.categories.indexOf('主动公开政府信息数')]);
});

test('adds a third town with the keyboard; at six the picker is full', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare?ds=demo');
	const before = await chartSeries(page);
	const search = page.getByTestId('town-search');
	await expect(search).toBeEnabled();
	await search.focus();
	await page.keyboard.type('镇');
	await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/towns=\d+,\d+,\d+$/);
	const after = await nextSeries(page, before);
	expect(after.series).toHaveLength(3);
	expect(after.series.slice(0, 2).map((x) => x.name)).toEqual(before.series.map((x) => x.name));
	await page.goto('/compare?ds=demo&towns=990001001,990001002,990001003,990001004,990001005,990001006');
	await chartSeries(page);
	await expect(page.getByTestId('town-search')).toBeDisabled();
	await expect(page.getByTestId('town-picker')).toContainText('最多可选 6 个乡镇');
});

test('a copied link opened in a fresh browser shows the same comparison', async ({ page, watched, browser, context, baseURL }) => {
	void watched;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/compare?ds=demo&towns=990002001,990003001,990001010');
	const sent = await chartSeries(page);
	const link = await copiedLink(page);
	const q = new URL(link).searchParams;
	expect([q.get('ds'), q.get('towns'), q.get('year')]).toEqual(['demo', '990002001,990003001,990001010', '2025']);
	expect(await seriesElsewhere(browser, link)).toEqual({ series: [sent], notices: 0 });
});

test('downloads the grid as an SVG and a PNG that say what they show, and a CSV of every cell', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare?ds=seeds');
	await chartSeries(page);
	const title = (await page.getByTestId('chart-title').textContent()) as string;
	const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-svg').click()]);
	expect(svg.suggestedFilename()).toBe('compare-松山镇-楠杆镇-2018.svg');
	const text = readFileSync((await svg.path()) as string, 'utf8');
	expect(text).toContain(title);
	expect(text).toContain('443 ▲');
	const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
	expect(png.suggestedFilename()).toBe('compare-松山镇-楠杆镇-2018.png');
	expect(readFileSync((await png.path()) as string).subarray(1, 4).toString()).toBe('PNG');
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
	expect(readFileSync((await csv.path()) as string, 'utf8')).toContain('active,active.total,411521105,楠杆镇,2018,443,exact,true,');
});

test('seeds: the default pair, ≈ marks, the largest marked; one town is topped up to a pair', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare?ds=seeds');
	const s = await chartSeries(page);
	expect(s.series.map((x) => x.name)).toEqual(['松山镇', '楠杆镇']);
	const total = s.categories.indexOf('主动公开政府信息数');
	expect(s.series.map((x) => x.values[total])).toEqual([18, 443]);
	const cells = page.getByTestId('compare-grid').locator('tr[data-indicator="active.total"] td');
	await expect(cells.nth(1)).toHaveClass(/max/);
	await expect(page.getByTestId('compare-grid').locator('tr[data-indicator="channel.wechat"] td').first()).toContainText('≈20');
	// 双溪乡 alone: no town of its county; 中庄镇 and 蒙山镇 also reported in 2017
	await page.goto('/compare?ds=seeds&towns=360724204');
	const one = await chartSeries(page);
	expect(one.series).toHaveLength(2);
	expect(one.series[0].name).toBe('双溪乡');
	await expect(page.getByTestId('chart-title')).toContainText('2017');
	await expect(page.getByTestId('chart-note')).toContainText('已自动加入');
});

test('English keeps the parameters and the numbers', async ({ page, watched }) => {
	void watched;
	await page.goto('/compare?ds=demo&year=2020');
	const zh = await chartSeries(page);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/lang=en/);
	await expect(page.getByTestId('chart-title')).toContainText('side by side, 2020');
	const en = await chartSeries(page);
	expect(en.series.map((x) => x.values)).toEqual(zh.series.map((x) => x.values));
	expect(en.categories[0]).toBe('Items proactively disclosed');
	await expect(page.getByTestId('nav-compare')).toHaveText('Compare');
});

test('a hostile link shows notices naming each parameter, and still a comparison', async ({ page, watched }) => {
	void watched;
	const evil = encodeURIComponent("<script>alert(1)</script>,' OR 1=1");
	const many = Array.from({ length: 8 }, (_, i) => String(990001001 + i)).join(',');
	await page.goto(`/compare?ds=demo&towns=${many}&year=2031&region=9&foo=${'x'.repeat(5000)}`);
	const s = await chartSeries(page);
	expect(s.series).toHaveLength(6);
	const notice = page.getByTestId('url-notice');
	for (const p of ['towns=', 'year=', 'region=', 'foo=']) await expect(notice).toContainText(p);
	await page.goto(`/compare?ds=demo&towns=${evil},999999999`);
	expect((await chartSeries(page)).series).toHaveLength(2);
	await expect(page.getByTestId('url-notice')).toContainText('999999999');
	await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
});

for (const width of [375, 1440]) {
	test(`fits a ${width} px screen without horizontal scroll`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/compare?ds=demo&towns=990001001,990001002,990002001,990003001&lang=en');
		await chartSeries(page);
		await expectNoHorizontalScroll(page);
		await page.getByTestId('show-table').click();
		await expectNoHorizontalScroll(page);
	});
}
