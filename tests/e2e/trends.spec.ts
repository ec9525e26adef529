// The trends view on the demo and seeds datasets: numbers against the table and the CSVs, keyboard
// town picking, modes, shared links in a fresh browser, history, language, widths, hostile links.
import { statedValues } from './data';
import { test, expect } from './fixtures';
import { chartSeries, copiedLink, expectNoHorizontalScroll, nextSeries, seriesElsewhere, tableOfChart } from './helpers';

/** active.total per town key and year, straight from the shipped CSVs. */
const demoValues = (): Map<string, Map<number, number>> =>
	new Map([...statedValues('demo', 'active.total')].map(([k, m]) => [k, new Map([...m].map(([y, v]) => [y, v.value]))]));

const townKeys = (url: string) => new URL(url).searchParams.get('towns')?.split(',') ?? [];

test('opens on the five towns with the highest latest value; chart = table = the CSVs', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends');
	const s = await chartSeries(page);
	expect(s.series).toHaveLength(5);
	expect(s.categories[0]).toBe('2014');
	expect(s.categories.at(-1)).toBe('2025');
	const chips = page.getByTestId('town-chip');
	await expect(chips).toHaveCount(5);
	const keys = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-key') as string));
	const csv = demoValues();
	for (const [i, key] of keys.entries()) {
		const expected = s.categories.map((y) => csv.get(key)?.get(Number(y)) ?? null);
		expect(s.series[i].values, `series of ${key}`).toEqual(expected);
	}
	const latest = (k: string) => { const m = csv.get(k)!; return m.get(Math.max(...m.keys()))!; };
	const ordered = keys.map(latest);
	expect([...ordered].sort((a, b) => b - a)).toEqual(ordered);
	const table = await tableOfChart(page);
	expect(table.values).toEqual(s.series.map((x) => x.values));
	expect(table.heads).toEqual(s.series.map((x) => x.name));
	expect(table.texts.flat().filter((t) => t === '未报告').length).toBe(s.series.flatMap((x) => x.values).filter((v) => v === null).length);
	await expect(page.getByTestId('nav-trends')).toHaveAttribute('aria-current', 'page');
});

test('adds a town with the keyboard only, removes it with Backspace; Back and Forward replay it', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=demo');
	const before = await chartSeries(page);
	const search = page.getByTestId('town-search');
	await expect(search).toBeEnabled(); // the town list comes from DuckDB, after the first chart
	await search.focus();
	await page.keyboard.type('镇');
	await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/towns=/);
	await expect(page.getByTestId('town-chip')).toHaveCount(6);
	const added = await nextSeries(page, before);
	expect(added.series).toHaveLength(6);
	expect(added.series.slice(0, 5)).toEqual(before.series);
	expect(townKeys(page.url())).toHaveLength(6);
	await expect(search).toBeFocused();
	await page.keyboard.press('Backspace');
	await expect(page.getByTestId('town-chip')).toHaveCount(5);
	await expect.poll(() => townKeys(page.url()).length).toBe(5);
	await page.goBack();
	await expect(page.getByTestId('town-chip')).toHaveCount(6);
	await page.goBack();
	await expect(page).not.toHaveURL(/towns=/);
	await page.goForward();
	await expect(page.getByTestId('town-chip')).toHaveCount(6);
});

test('index and year-on-year modes, log scale; the table follows the mode', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=demo');
	const abs = await chartSeries(page);
	await page.getByTestId('mode').getByText('指数').click();
	await expect(page).toHaveURL(/mode=index/);
	await expect(page.getByTestId('chart-title')).toContainText('指数');
	const idx = await nextSeries(page, abs);
	for (const [i, s] of idx.series.entries()) {
		const first = abs.series[i].values.findIndex((v) => v !== null);
		expect(s.values[first]).toBe(100);
		const base = abs.series[i].values[first] as number;
		const last = abs.series[i].values.at(-1);
		if (last != null) expect(s.values.at(-1)).toBeCloseTo((last / base) * 100, 1);
	}
	await page.getByTestId('mode').getByText('同比').click();
	await expect(page).toHaveURL(/mode=yoy/);
	const yoy = await nextSeries(page, idx);
	const a = abs.series[0].values;
	for (let y = 1; y < a.length; y++) {
		const expected = a[y] != null && a[y - 1] ? ((a[y]! - a[y - 1]!) / a[y - 1]!) * 100 : null;
		if (expected === null) expect(yoy.series[0].values[y]).toBeNull();
		else expect(yoy.series[0].values[y]).toBeCloseTo(expected, 1);
	}
	const table = await tableOfChart(page);
	expect(table.values).toEqual(yoy.series.map((s) => s.values));
	await page.getByTestId('mode').getByText('数值').click();
	await expect(page).not.toHaveURL(/mode=/);
	expect(await nextSeries(page, yoy)).toEqual(abs);
	await page.getByTestId('scale').getByText('对数').click();
	await expect(page).toHaveURL(/scale=log/);
	const log = await chartSeries(page);
	expect(log.series.map((s) => s.values.map((v) => (v !== null && v > 0 ? v : null)))).toEqual(abs.series.map((s) => s.values.map((v) => (v !== null && v > 0 ? v : null))));
});

test('a copied link opened in a fresh browser shows the same chart', async ({ page, watched, browser, context, baseURL }) => {
	void watched;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/trends?ds=demo&mode=index&from=2016&to=2023');
	const sent = await chartSeries(page);
	const link = await copiedLink(page);
	await expect(page.getByTestId('copy-link')).toHaveText('链接已复制');
	const q = new URL(link).searchParams;
	expect(q.get('towns')?.split(',')).toHaveLength(5); // the default towns are pinned
	expect([q.get('ds'), q.get('ind'), q.get('from'), q.get('to'), q.get('mode')]).toEqual(['demo', 'active.total', '2016', '2023', 'index']);
	expect(await seriesElsewhere(browser, link)).toEqual({ series: [sent], notices: 0 });
});

test('English keeps every parameter of the view', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=demo&mode=yoy&from=2018');
	const zh = await chartSeries(page);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/lang=en/);
	expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ ds: 'demo', from: '2018', mode: 'yoy', lang: 'en' });
	await expect(page.getByTestId('chart-title')).toContainText('year-on-year');
	const en = await chartSeries(page);
	expect(en.series.map((s) => s.values)).toEqual(zh.series.map((s) => s.values));
	await expect(page.getByTestId('nav-trends')).toHaveText('Trends');
});

test('the seeds dataset: a town with one report is a single point, years only where reports exist', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=seeds');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(['2017', '2018']);
	expect(s.series).toHaveLength(5);
	for (const x of s.series) expect(x.values.filter((v) => v !== null)).toHaveLength(1);
});

test('a hostile link shows notices naming each parameter, and still a chart', async ({ page, watched }) => {
	void watched;
	const evil = encodeURIComponent("<script>alert(1)</script>");
	await page.goto(`/trends?ds=demo&ds=seeds&ind=active.total'--&towns=${evil},999999999&from=2024&to=2015&mode=${evil}&scale=log;DROP&foo=${'x'.repeat(5000)}`);
	const s = await chartSeries(page);
	expect(s.series.length).toBeGreaterThan(0);
	const notice = page.getByTestId('url-notice');
	for (const p of ['ds=', 'ind=', 'towns=', 'from=', 'to=', 'mode=', 'scale=', 'foo=']) await expect(notice).toContainText(p);
	const box = await notice.boundingBox();
	expect(box!.height).toBeLessThan(600); // the 5,000-character value is shortened
	await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
});

for (const width of [375, 1440]) {
	test(`fits a ${width} px screen without horizontal scroll`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/trends?ds=demo');
		await chartSeries(page);
		await expectNoHorizontalScroll(page);
		await page.getByTestId('show-table').click();
		await expectNoHorizontalScroll(page);
	});
}

test('moving to the ranking keeps dataset, language and indicator', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=seeds&ind=channel.wechat&lang=en');
	await chartSeries(page);
	await page.getByTestId('nav-rankings').click();
	await expect(page).toHaveURL(/\/rankings\?ds=seeds&ind=channel\.wechat&lang=en$/);
	await chartSeries(page);
	await expect(page.getByTestId('select-ind')).toHaveValue('channel.wechat');
	await page.getByTestId('nav-trends').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/trends\?ds=seeds&ind=channel\.wechat&lang=en$/);
});
