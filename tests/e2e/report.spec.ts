// The Report view and the links into it: a ranking bar and a trends point open the report with that
// quote highlighted and focused; prerendered pages read without JavaScript; text is always text;
// ids that are no report (unknown, traversal, markup) get a bilingual not-found page.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { chartSeries, expectNoHorizontalScroll, FIRST_LOAD } from './helpers';

const SHUANGXI = '3617929c7e37f3f5'; // 双溪乡 2017, active.total 756: 主动公开信息共756条
const ZHONGZHUANG = '5198ef47f88390fb'; // 中庄镇 2017: conflict warning on apply.received

/** Clicks data item `index` of series `series` where ECharts drew it. */
async function clickItem(page: Page, series: number, index: number): Promise<void> {
	const chart = page.getByTestId('chart').first();
	const at = await chart.evaluate(
		(el, [s, i]) => {
			type Data = { getItemLayout(k: number): unknown; getLayout(k: string): ArrayLike<number> | undefined };
			const c = (el as unknown as { echarts: { getModel(): { getSeriesByIndex(n: number): { getData(): Data } } } }).echarts;
			const data = c.getModel().getSeriesByIndex(s).getData();
			const box = el.getBoundingClientRect();
			// bars lay out per item; a line keeps its points in one flat array [x0, y0, x1, y1, …]
			const bar = data.getItemLayout(i) as { x: number; y: number; width: number; height: number } | undefined;
			if (bar) return { x: box.x + bar.x + bar.width / 2, y: box.y + bar.y + bar.height / 2 };
			const points = data.getLayout('points') as ArrayLike<number>;
			return { x: box.x + points[2 * i], y: box.y + points[2 * i + 1] };
		},
		[series, index]
	);
	await page.mouse.click(at.x, at.y);
}

/** The focused element is the first highlight of `indicator`'s quote, and it is selected. */
async function expectQuoteFocused(page: Page, indicator: string, quote: string): Promise<void> {
	const focused = page.locator('mark:focus');
	await expect(focused).toHaveCount(1);
	await expect(focused).toHaveAttribute('data-ind', new RegExp(`(^| )${indicator.replace('.', '\\.')}( |$)`));
	await expect(focused).toHaveClass(/sel/);
	const marked = await page.locator(`mark.sel`).evaluateAll((ms) => ms.map((m) => m.textContent).join(''));
	expect(marked).toContain(quote);
	await expect(page.getByTestId('report-selected')).toBeVisible();
	await expect(page.locator(`li[data-ind="${indicator}"]`)).toHaveClass(/sel/);
}

test('a ranking bar opens its report with the quote highlighted and focused', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds');
	await chartSeries(page);
	await clickItem(page, 0, 0); // rank 1: 双溪乡 756
	await expect(page.getByTestId('point-source')).toContainText('双溪乡（2017）：756');
	await page.getByTestId('view-source').click();
	await expect(page).toHaveURL(new RegExp(`/report/${SHUANGXI}\\?ds=seeds#active\\.total$`));
	await expectQuoteFocused(page, 'active.total', '主动公开信息共756条');
});

test('a trends point opens its report with the quote highlighted and focused', async ({ page, watched }) => {
	void watched;
	await page.goto('/trends?ds=seeds&lang=en');
	const s = await chartSeries(page);
	const i = s.series[0].values.findIndex((v) => v !== null);
	await clickItem(page, 0, i);
	await expect(page.getByTestId('point-source')).toBeVisible();
	await page.getByTestId('view-source').click();
	await expect(page).toHaveURL(/\/report\/[0-9a-f]{16}\?ds=seeds&lang=en#active\.total$/);
	await expectQuoteFocused(page, 'active.total', String(s.series[0].values[i]));
	await expect(page.getByTestId('report-values')).toContainText('Values found');
});

test('every value cell of a chart table links to its sentence', async ({ page, watched }) => {
	void watched;
	await page.goto('/rankings?ds=seeds');
	await chartSeries(page);
	await page.getByTestId('show-table').click();
	const links = page.getByTestId('chart-table').getByTestId('source-link');
	await expect(links).toHaveCount(5);
	await links.first().click();
	await expect(page).toHaveURL(new RegExp(`/report/${SHUANGXI}`));
	await expectQuoteFocused(page, 'active.total', '756');
});

test('a value click focuses its quote; a highlight click selects its value; warnings sit beside their value', async ({ page, watched }) => {
	void watched;
	await page.goto(`/report/${ZHONGZHUANG}?ds=seeds`);
	const row = page.locator('li[data-ind="apply.received"]');
	await expect(row.getByTestId('report-warning')).toContainText('正文与表格不一致');
	await row.getByRole('link').click();
	await expect(page).toHaveURL(/#apply\.received$/);
	await expectQuoteFocused(page, 'apply.received', '110');
	const other = page.locator('mark[data-ind="channel.website"]').first();
	if ((await other.count()) > 0) {
		await other.click();
		await expect(page.locator('li[data-ind="channel.website"]')).toHaveClass(/sel/);
		await expect(page).toHaveURL(/#channel\.website$/);
	}
});

test('/report/<id>#indicator opens with that value selected; an unknown indicator is named', async ({ page, watched }) => {
	void watched;
	await page.goto(`/report/${SHUANGXI}?ds=seeds#active.total`);
	await expectQuoteFocused(page, 'active.total', '756');
	await page.goto(`/report/${SHUANGXI}#made.up`);
	await expect(page.getByTestId('report-missing-indicator')).toContainText('made.up');
});

test('a prerendered report reads without JavaScript: metadata, values, text and highlights', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto(`/report/${SHUANGXI}`);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('双溪乡');
	await expect(page.getByTestId('report-values')).toContainText('主动公开政府信息数');
	await expect(page.getByTestId('report-text')).toContainText('主动公开信息共756条');
	expect(await page.locator('mark').count()).toBeGreaterThanOrEqual(5); // one or more runs per value
	await context.close();
});

test('text is always text: a report containing <script> shows it literally and no dialog fires', async ({ page, watched }) => {
	void watched;
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const hostile = '\n<script>alert(1)</script><img src=x onerror=alert(2)><b>bold</b>';
	await page.route(`**/data/seeds/texts/${SHUANGXI}.txt`, async (route) => {
		const res = await route.fetch();
		await route.fulfill({ response: res, body: (await res.text()) + hostile });
	});
	await page.goto(`/report?ds=seeds&id=${SHUANGXI}#active.total`);
	const text = page.getByTestId('report-text');
	await expect(text).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)><b>bold</b>', FIRST_LOAD);
	expect(await text.locator('script, img, b').count()).toBe(0);
	await expectQuoteFocused(page, 'active.total', '756'); // the client-rendered page, from DuckDB
	await page.waitForTimeout(300);
	expect(dialogs).toEqual([]);
});

for (const [name, path] of [
	['an id that does not exist', '/report/0000000000000000'],
	['path traversal', '/report/..%2F..%2Fetc%2Fpasswd'],
	['markup', '/report/%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
	['the client page with a bad id', '/report?ds=seeds&id=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E']
]) {
	test(`not found in both languages: ${name}`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		await page.goto(path);
		const nf = page.getByTestId('report-not-found');
		await expect(nf).toContainText('找不到这份报告', FIRST_LOAD);
		await expect(nf).toContainText('Report not found');
		expect(await nf.locator('script, img').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});
}

test('a plain static server answering with build/404.html shows the same not-found page', async ({ page }) => {
	// what nginx with `error_page 404 /404.html` (or any host serving 404.html) sends for an unknown report
	const fallback = readFileSync('build/404.html', 'utf8');
	await page.route('**/report/00000000000000ff', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: fallback }));
	await page.goto('/report/00000000000000ff?lang=en');
	const nf = page.getByTestId('report-not-found');
	await expect(nf).toContainText('Report not found', FIRST_LOAD);
	await expect(nf).toContainText('找不到这份报告');
	await expect(nf).toContainText('00000000000000ff');
});

test('English, 375 px and 1440 px: no horizontal scroll', async ({ page, watched }) => {
	void watched;
	for (const width of [375, 1440]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`/report/${ZHONGZHUANG}?ds=seeds&lang=en#apply.received`);
		await expect(page.getByTestId('report-values')).toContainText('Values found');
		await expect(page.getByTestId('report-warning').first()).toContainText('Prose and table disagree');
		await expectNoHorizontalScroll(page);
	}
});
