// The channels view on the demo and seeds datasets: bars and adoption lines against the table
// toggle and the CSVs, counts ⇄ shares, shared links in a fresh browser, language, widths, hostile links.
import { channelsText } from '../../src/lib/i18n/channels';
import { test, expect } from './fixtures';
import { chartSeries, copiedLink, expectNoHorizontalScroll, nextSeries, readCsv, seriesElsewhere, tableOfChart } from './helpers';

const NAMES = channelsText.zh.names;
const channelOf = (name: string) => Object.keys(NAMES).find((k) => NAMES[k] === name) as string;

/** Per town (by name): the stated total and the channel counts of its `year` report, from the CSVs. */
function statedIn(ds: string, year: number) {
	const reports = new Map(readCsv(`${ds}/reports.csv`).filter((r) => Number(r.year) === year && r.town).map((r) => [r.report_id, r.town]));
	const out = new Map<string, { total?: number; ch: Map<string, number> }>();
	for (const v of readCsv(`${ds}/values.csv`)) {
		const town = reports.get(v.report_id);
		if (!town || !(v.indicator === 'active.total' || v.indicator.startsWith('channel.'))) continue;
		const t: { total?: number; ch: Map<string, number> } = out.get(town) ?? { ch: new Map() };
		if (v.indicator === 'active.total') t.total = Number(v.value);
		else t.ch.set(v.indicator, Number(v.value));
		out.set(town, t);
	}
	return out;
}

/** Per year: reporting towns, and towns using each channel (a uses.* flag or a count > 0). */
function adoptionIn(ds: string, channel: string) {
	const years = new Map(readCsv(`${ds}/reports.csv`).filter((r) => r.town).map((r) => [r.report_id, { year: Number(r.year), town: r.town_id }]));
	const reporting = new Map<number, Set<string>>();
	const using = new Map<number, Set<string>>();
	for (const r of years.values()) reporting.set(r.year, (reporting.get(r.year) ?? new Set()).add(r.town));
	const flag = channel.replace('channel.', 'uses.');
	for (const v of readCsv(`${ds}/values.csv`)) {
		const r = years.get(v.report_id);
		if (r && (v.indicator === flag || v.indicator === channel) && Number(v.value) > 0) using.set(r.year, (using.get(r.year) ?? new Set()).add(r.town));
	}
	return (y: number) => Math.round(((using.get(y)?.size ?? 0) * 1000) / (reporting.get(y)?.size as number)) / 10;
}

test('demo: each town’s bar is its channel counts plus the unattributed rest; chart = table = CSVs', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels');
	const s = await chartSeries(page);
	await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toContainText('2025');
	const csv = statedIn('demo', 2025);
	const withChannels = [...csv].filter(([, t]) => t.ch.size > 0);
	expect(s.categories).toHaveLength(withChannels.length);
	const bars: number[] = [];
	for (const [i, town] of s.categories.entries()) {
		const t = csv.get(town)!;
		const sum = [...t.ch.values()].reduce((a, b) => a + b, 0);
		for (const x of s.series) {
			const c = channelOf(x.name);
			const expected = c === 'unattributed' ? (t.total !== undefined && t.total > sum ? t.total - sum : null) : (t.ch.get(c) ?? null);
			expect(x.values[i], `${town} ${x.name}`).toBe(expected);
		}
		bars.push(Math.max(t.total ?? 0, sum));
	}
	expect([...bars].sort((a, b) => b - a)).toEqual(bars); // longest bar first
	const table = await tableOfChart(page);
	expect(table.heads).toEqual(s.categories);
	expect(table.values.map((r) => r.slice(0, s.series.length))).toEqual(s.categories.map((_, i) => s.series.map((x) => x.values[i])));
	// towns with a total but no channel are listed apart, never drawn as 0
	await expect(page.getByTestId('not-reported').getByRole('listitem')).toHaveCount(csv.size - withChannels.length);
	await expect(page.getByTestId('nav-channels')).toHaveAttribute('aria-current', 'page');
});

test('demo: shares add up to 100 % per town; the table follows the view', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels?ds=demo&region=990001');
	const counts = await chartSeries(page);
	await page.getByTestId('view').getByText('占比').click();
	await expect(page).toHaveURL(/view=shares/);
	const shares = await nextSeries(page, counts);
	expect(shares.categories).toEqual(counts.categories);
	for (const i of shares.categories.keys()) {
		const total = shares.series.reduce((a, x) => a + (x.values[i] ?? 0), 0);
		expect(Math.abs(total - 100), shares.categories[i]).toBeLessThanOrEqual(0.3);
		const bar = counts.series.reduce((a, x) => a + (x.values[i] ?? 0), 0);
		for (const [j, x] of shares.series.entries()) {
			const count = counts.series[j].values[i];
			if (count === null) expect(x.values[i]).toBeNull();
			else expect(x.values[i]).toBeCloseTo((count / bar) * 100, 1);
		}
	}
	const table = await tableOfChart(page);
	expect(table.texts[0].some((t) => t.endsWith('%'))).toBe(true);
	expect(table.values.map((r) => r.slice(0, shares.series.length))).toEqual(shares.categories.map((_, i) => shares.series.map((x) => x.values[i])));
});

test('demo: adoption lines tell WeChat rising and the gazette fading; chart = table = CSVs', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels?ds=demo');
	const a = await chartSeries(page, 'chart-adoption');
	expect(a.categories[0]).toBe('2014');
	expect(a.categories.at(-1)).toBe('2025');
	for (const x of a.series) {
		const expected = adoptionIn('demo', channelOf(x.name));
		expect(x.values, x.name).toEqual(a.categories.map((y) => expected(Number(y))));
	}
	const wechat = a.series.find((x) => x.name === '政务微信')!.values;
	expect(wechat[0]).toBeLessThan(20);
	expect(wechat.at(-1)).toBe(100);
	expect(a.series.find((x) => x.name === '政府公报')!.values.at(-1)).toBe(0);
	const table = await tableOfChart(page, 'chart-adoption');
	expect(table.values).toEqual(a.series.map((x) => x.values));
	expect(table.heads).toEqual(a.series.map((x) => x.name));
});

test('seeds: the unattributed rest keeps its ≈, a total-only town is listed apart, channels over the total are noted', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels?ds=seeds&year=2017');
	const s = await chartSeries(page);
	expect(s.categories).toEqual(['蒙山镇', '中庄镇']);
	const rest = s.series.find((x) => x.name === '其他/未分渠道')!;
	expect(rest.values).toEqual([314, 50]); // ≈400 − 86; 170 − (60 + 20 + 17 + 10 + 13)
	const table = await tableOfChart(page);
	expect(table.texts[0]).toContain('≈314');
	expect(table.texts[0].at(-1)).toBe('≈400');
	await expect(page.getByTestId('not-reported')).toContainText('双溪乡（报告总数 756 条）');
	await page.getByTestId('select-year').selectOption('2018');
	const y18 = await nextSeries(page, s);
	expect(y18.categories).toEqual(['楠杆镇', '松山镇']);
	expect(y18.series.map((x) => x.name)).not.toContain('其他/未分渠道'); // 372 + 71 = 443 = the total
	await expect(page.getByTestId('chart-note')).toContainText('松山镇');
	const t18 = await tableOfChart(page);
	expect(t18.texts[1]).toContain('≈20');
});

test('a copied link opened in a fresh browser shows the same two charts', async ({ page, watched, browser, context, baseURL }) => {
	void watched;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await page.goto('/channels?ds=demo&region=990002&view=shares');
	const bars = await chartSeries(page);
	const lines = await chartSeries(page, 'chart-adoption');
	const link = await copiedLink(page);
	const q = new URL(link).searchParams;
	expect([q.get('ds'), q.get('region'), q.get('year'), q.get('view')]).toEqual(['demo', '990002', '2025', 'shares']);
	expect(await seriesElsewhere(browser, link, ['chart', 'chart-adoption'])).toEqual({ series: [bars, lines], notices: 0 });
});

test('English keeps the parameters and the numbers', async ({ page, watched }) => {
	void watched;
	await page.goto('/channels?ds=demo&year=2019&view=shares');
	const zhBars = await chartSeries(page);
	await page.getByTestId('lang-switch').click();
	await expect(page).toHaveURL(/lang=en/);
	await expect(page.getByTestId('chart-frame').getByTestId('chart-title')).toContainText('per channel');
	const en = await chartSeries(page);
	expect(en.series.map((x) => x.values)).toEqual(zhBars.series.map((x) => x.values));
	expect(en.series[0].name).toBe('Government website');
	await expect(page.getByTestId('nav-channels')).toHaveText('Channels');
});

test('a hostile link shows notices naming each parameter, and still both charts', async ({ page, watched }) => {
	void watched;
	const evil = encodeURIComponent('<script>alert(1)</script>');
	await page.goto(`/channels?ds=${evil}&region=${evil}&year=1999&view=pie&foo=${'x'.repeat(5000)}`);
	expect((await chartSeries(page)).series.length).toBeGreaterThan(0);
	await chartSeries(page, 'chart-adoption');
	const notice = page.getByTestId('url-notice');
	for (const p of ['ds=', 'region=', 'year=', 'view=', 'foo=']) await expect(notice).toContainText(p);
	await expect(page.locator('script:has-text("alert(1)")')).toHaveCount(0);
	await page.goto('/channels?ds=demo&year=2030&region=990009');
	await chartSeries(page);
	await expect(page.getByTestId('url-notice')).toContainText('year=2030');
	await expect(page.getByTestId('url-notice')).toContainText('region=990009');
});

for (const width of [375, 1440]) {
	test(`fits a ${width} px screen without horizontal scroll`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/channels?ds=demo&lang=en');
		await chartSeries(page);
		await chartSeries(page, 'chart-adoption');
		await expectNoHorizontalScroll(page);
		await page.getByTestId('chart-frame').getByTestId('show-table').click();
		await page.getByTestId('chart-adoption-frame').getByTestId('show-table').click();
		await expectNoHorizontalScroll(page);
	});
}
