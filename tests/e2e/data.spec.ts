// The data view: coverage (keyboard grid, links to reports), the values table (filters, sort, pages,
// links, downloads), the SQL console (allow-list, cap and count, cancel, CSV and Parquet downloads
// read back by DuckDB in Node), links with a query that never run by themselves, widths, English.
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { test, expect } from './fixtures';
import { expectNoHorizontalScroll, FIRST_LOAD } from './helpers';

const SEED_VALUES = Papa.parse<Record<string, string>>(readFileSync('static/data/seeds/values.csv', 'utf8').replace(/^\uFEFF/, ''), {
	header: true,
	skipEmptyLines: true
}).data;

async function duck<T = Record<string, unknown>>(sql: string): Promise<T[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		return (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; path: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	return { download, path: (await download.path()) as string };
}

async function runSql(page: Page, sql: string): Promise<void> {
	await page.getByTestId('sql-editor').fill(sql);
	await page.getByTestId('sql-run').click();
}

test('coverage: a heat table of towns × years, arrow keys move between cells, Enter opens the report', async ({ page, watched }) => {
	void watched;
	await page.goto('/data?ds=seeds');
	const grid = page.getByTestId('coverage');
	await expect(grid).toBeVisible(FIRST_LOAD);
	await expect(grid.locator('a[data-cell]')).toHaveCount(5);
	const first = grid.locator('[data-cell="0-0"]');
	await first.focus();
	await page.keyboard.press('ArrowRight');
	await expect(grid.locator('[data-cell="0-1"]')).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(grid.locator('[data-cell="1-1"]')).toBeFocused();
	await page.keyboard.press('Home');
	await expect(grid.locator('[data-cell="1-0"]')).toBeFocused();
	// only one cell is in the Tab order
	expect(await grid.locator('[tabindex="0"]').count()).toBe(1);
	const csv = await saved(page, () => page.getByTestId('coverage-download-csv').click());
	const cells = Papa.parse<Record<string, string>>(readFileSync(csv.path, 'utf8').slice(1), { header: true, skipEmptyLines: true }).data;
	expect(cells.map((c) => c.report_id).sort()).toEqual(['3617929c7e37f3f5', '3dcec3e4d19f3980', '5198ef47f88390fb', 'a52495ed4286a2fb', 'fd98c54adf8ff5b9']);
	const filed = grid.locator('a[data-cell]').first();
	await filed.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/report\/[0-9a-f]{16}\?ds=seeds$/);
	await expect(page.getByTestId('report-text')).toBeVisible();
});

test('values: filters, sort and links; CSV and Parquet of the table; raw tables with the CLI schema', async ({ page, watched }) => {
	void watched;
	await page.goto('/data?ds=seeds&tab=values');
	const table = page.getByTestId('values-table');
	await expect(table).toBeVisible(FIRST_LOAD);
	await expect(page.getByTestId('values-panel').locator('h2')).toContainText(`（${SEED_VALUES.length} 条）`);
	await page.getByTestId('select-group').selectOption('apply');
	await expect(page).toHaveURL(/grp=apply/);
	const applyCount = SEED_VALUES.filter((v) => v.indicator.startsWith('apply.')).length;
	await expect(page.getByTestId('values-panel').locator('h2')).toContainText(`（${applyCount} 条）`);
	await page.getByTestId('sort-value').click();
	await expect(page).toHaveURL(/sort=-value/);
	const max = Math.max(...SEED_VALUES.filter((v) => v.indicator.startsWith('apply.')).map((v) => Number(v.value)));
	await expect(table.locator('tbody tr').first().locator('td[data-value]')).toHaveAttribute('data-value', String(max));

	const csv = await saved(page, () => page.getByTestId('values-download-csv').click());
	const text = readFileSync(csv.path, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	expect(Papa.parse(text.slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(applyCount);

	const raw = await saved(page, () => page.getByTestId('raw-values-parquet').click());
	expect(raw.download.suggestedFilename()).toBe('seeds-values.parquet');
	const schema = await duck(`SELECT name, type, converted_type FROM parquet_schema('${raw.path}') WHERE name <> 'root'`);
	expect(schema).toEqual([
		{ name: 'report_id', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
		{ name: 'indicator', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
		{ name: 'value', type: 'DOUBLE', converted_type: null },
		{ name: 'qualifier', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
		{ name: 'origin', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
		{ name: 'quote', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
		{ name: 'start', type: 'INT32', converted_type: 'INT_32' },
		{ name: 'end', type: 'INT32', converted_type: 'INT_32' }
	]);
	const back = await duck<{ report_id: string; indicator: string; quote: string; start: number }>(`SELECT * FROM read_parquet('${raw.path}')`);
	expect(back).toHaveLength(SEED_VALUES.length);
	expect(back.map((r) => `${r.report_id}|${r.indicator}|${r.quote}|${r.start}`).sort()).toEqual(
		SEED_VALUES.map((v) => `${v.report_id}|${v.indicator}|${v.quote}|${v.start}`).sort()
	);

	await table.getByTestId('source-link').first().click();
	await expect(page).toHaveURL(/\/report\/[0-9a-f]{16}\?ds=seeds#apply\./);
	await expect(page.locator('mark:focus')).toHaveCount(1);
});

test('console: a query runs on Run only, shows its rows, and downloads CSV and Parquet', async ({ page, watched }) => {
	void watched;
	const sql = "SELECT indicator, count(*) AS n, sum(value) AS total FROM vals GROUP BY indicator ORDER BY indicator";
	await page.goto(`/data?ds=seeds&sql=${encodeURIComponent(sql)}`);
	await expect(page.getByTestId('sql-editor')).toHaveValue(sql, FIRST_LOAD);
	await expect(page.getByTestId('sql-from-link')).toBeVisible();
	await page.waitForTimeout(500);
	await expect(page.getByTestId('sql-result')).toHaveCount(0);
	await page.getByTestId('sql-run').click();
	const result = page.getByTestId('sql-result');
	await expect(result).toBeVisible(FIRST_LOAD);
	const indicators = new Set(SEED_VALUES.map((v) => v.indicator)).size;
	await expect(result).toHaveAttribute('data-total', String(indicators));
	await expect(page.getByTestId('result-grid')).toContainText('active.total');

	const csv = await saved(page, () => page.getByTestId('sql-download-csv').click());
	const text = readFileSync(csv.path, 'utf8');
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
	expect(rows).toHaveLength(indicators);
	expect(rows.find((r) => r.indicator === 'active.total')?.n).toBe(String(SEED_VALUES.filter((v) => v.indicator === 'active.total').length));

	const pq = await saved(page, () => page.getByTestId('sql-download-parquet').click());
	const types = await duck(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${pq.path}'))`);
	expect(types).toEqual([
		{ column_name: 'indicator', column_type: 'VARCHAR' },
		{ column_name: 'n', column_type: 'DOUBLE' }, // count(*) is BIGINT; the app reads 64-bit integers as doubles
		{ column_name: 'total', column_type: 'DOUBLE' }
	]);
	expect(await duck(`SELECT count(*)::INT AS n FROM read_parquet('${pq.path}')`)).toEqual([{ n: indicators }]);
});

test('console: refused statements show why in both languages and never reach DuckDB', async ({ page, watched }) => {
	void watched;
	await page.goto('/data?ds=seeds&tab=sql');
	await expect(page.getByTestId('sql-editor')).toBeVisible(FIRST_LOAD);
	const refused = page.getByTestId('sql-refused');
	for (const [sql, zh, en] of [
		["ATTACH 'x.db' AS x", 'ATTACH', 'not ATTACH'],
		["SELECT * FROM read_csv('https://example.org/x.csv')", 'read_csv()', 'read_csv()'],
		['SELECT 1; DROP TABLE vals', '一次只能运行一条语句', 'One statement at a time'],
		["SELECT * FROM 'http://example.org/a.parquet'", '不能把', 'cannot be read as a table'],
		['SELECT * FROM "https://example.org/x.csv"', '没有名为', 'There is no table']
	]) {
		await runSql(page, sql);
		await expect(refused).toContainText(zh);
		await expect(refused).toContainText(en);
	}
	// 1 MB of SQL: refused unread
	await page.getByTestId('sql-editor').evaluate((el: HTMLTextAreaElement) => {
		el.value = `SELECT '${'x'.repeat(1_000_000)}'`;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await page.getByTestId('sql-run').click();
	await expect(refused).toContainText('语句过长');
	await expect(refused).toContainText('too long');
	await expect(page).not.toHaveURL(/sql=/);
});

test('console: 5 million rows are counted, 10,000 shown in a grid that stays responsive', async ({ page, watched }) => {
	void watched;
	await page.goto('/data?ds=seeds&tab=sql&lang=en');
	await expect(page.getByTestId('sql-editor')).toBeVisible(FIRST_LOAD);
	await runSql(page, 'SELECT 1'); // DuckDB warm
	await expect(page.getByTestId('sql-result')).toBeVisible(FIRST_LOAD);
	await page.evaluate(() => {
		(window as unknown as { longest: number }).longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) (window as unknown as { longest: number }).longest = Math.max((window as unknown as { longest: number }).longest, e.duration);
		}).observe({ type: 'longtask', buffered: false });
	});
	const t0 = Date.now();
	await runSql(page, 'SELECT * FROM range(5000000)');
	const result = page.getByTestId('sql-result');
	await expect(result).toHaveAttribute('data-total', '5000000', { timeout: 60_000 });
	const ms = Date.now() - t0;
	await expect(result).toHaveAttribute('data-shown', '10000');
	await expect(page.getByTestId('sql-count')).toContainText('5,000,000 rows, the first 10,000 shown');
	const grid = page.getByTestId('result-grid');
	await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
	await expect(grid).toContainText('9999');
	expect(await grid.locator('[role="row"]').count()).toBeLessThan(80); // only the rows in view are drawn
	const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
	console.log(`range(5000000): ${ms} ms to the counted result; longest main-thread task ${Math.round(longest)} ms`);
	expect(longest).toBeLessThan(1000);
});

test('console: a long query shows Cancel, which interrupts it; the next query runs', async ({ page, watched }) => {
	void watched;
	await page.goto('/data?ds=seeds&tab=sql');
	await expect(page.getByTestId('sql-editor')).toBeVisible(FIRST_LOAD);
	await runSql(page, 'SELECT 1');
	await expect(page.getByTestId('sql-result')).toBeVisible(FIRST_LOAD);
	await runSql(page, 'SELECT sum(hash(range)) FROM range(10000000000)');
	await expect(page.getByTestId('sql-cancel')).toBeVisible();
	await page.waitForTimeout(1500);
	const t0 = Date.now();
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-cancelled')).toBeVisible();
	await runSql(page, 'SELECT 42 AS answer');
	await expect(page.getByTestId('sql-result')).toHaveAttribute('data-total', '1', { timeout: 30_000 });
	console.log(`cancel → next result: ${Date.now() - t0} ms`);
	await expect(page.getByTestId('result-grid')).toContainText('42');
	// the views' own queries still answer
	await page.getByTestId('data-tab').getByText('数值表').click();
	await expect(page.getByTestId('values-table')).toBeVisible({ timeout: 30_000 });
});

test('English, 375 px and 1440 px: every tab without horizontal scroll', async ({ page, watched }) => {
	void watched;
	for (const width of [375, 1440]) {
		await page.setViewportSize({ width, height: 900 });
		for (const tab of ['coverage', 'values', 'sql']) {
			await page.goto(`/data?ds=demo&tab=${tab}&lang=en`);
			const hook = tab === 'coverage' ? 'coverage' : tab === 'values' ? 'values-table' : 'sql-editor';
			await expect(page.getByTestId(hook)).toBeVisible(FIRST_LOAD);
			await expectNoHorizontalScroll(page);
		}
	}
	await expect(page.getByTestId('nav-data')).toHaveText('Data');
});

test('hostile links: a bad sort, group, tab and an over-long query are named in notices', async ({ page, watched }) => {
	void watched;
	await page.goto(`/data?ds=seeds&tab=values&sort=drop&grp=made_up&qual=%3Cb%3E&sql=${'x'.repeat(9000)}`);
	const notice = page.getByTestId('url-notice');
	await expect(notice).toBeVisible(FIRST_LOAD);
	for (const p of ['sort=drop', 'grp=made_up', 'qual=<b>', 'sql=xxx']) await expect(notice).toContainText(p);
	await expect(page.getByTestId('values-table')).toBeVisible();
});
