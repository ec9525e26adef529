// The import view: the seed files through the file chooser give exactly the shipped seeds dataset
// (the export zip is compared byte for byte) and show in the views; the import survives a reload
// and a tab killed mid-import; deletion removes it; a hostile HTML report stays text; a wide CSV's
// errors are named by row and column while its good rows import; English; 375 and 1440 px; and no
// request leaves our origin (the `watched` fixture).
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { test, expect } from './fixtures';
import { chartSeries, expectNoHorizontalScroll, FIRST_LOAD } from './helpers';
import { makeDocx } from '../fixtures/cli/docx';

const SEEDS = 'data/reports/seeds';
const SEED_FILES = readdirSync(SEEDS).sort().map((f) => `${SEEDS}/${f}`);

/** The import page once its worker client is ready (the file inputs enable then). */
async function openImport(page: Page, query = ''): Promise<void> {
	await page.goto(`/import${query}`);
	await expect(page.getByTestId('pick-files')).toBeEnabled(FIRST_LOAD);
}

async function pickAndPreview(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<void> {
	await page.getByTestId('pick-files').setInputFiles(files);
	await expect(page.getByTestId('preview')).toBeVisible(FIRST_LOAD);
}

async function confirmImport(page: Page): Promise<void> {
	await page.getByTestId('confirm').click();
	await expect(page.locator('[data-testid="preview"][data-phase="saved"]')).toBeVisible(FIRST_LOAD);
}

const summaryOf = async (page: Page, ds: string): Promise<string> => {
	await page.goto(`/data?ds=${ds}`);
	const s = page.getByTestId('dataset-summary');
	await expect(s).toBeVisible(FIRST_LOAD);
	return (await s.textContent()) ?? '';
};

test('the five seed files: the shipped seeds dataset exactly; in the views; after a reload; the same file again; deleted', async ({ page, watched }) => {
	void watched;
	await openImport(page);
	await pickAndPreview(page, SEED_FILES);
	await expect(page.getByTestId('preview-counts')).toHaveText('将添加 5 份报告、126 个数值、1 条提示。');
	await expect(page.locator('[data-testid="file-lines"] tr[data-status="ok"]')).toHaveCount(5);
	await confirmImport(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
	const zip = await JSZip.loadAsync(readFileSync((await download.path()) as string));
	for (const table of ['reports', 'values', 'warnings']) {
		expect(await zip.file(`${table}.csv`)!.async('string'), table).toBe(readFileSync(`static/data/seeds/${table}.csv`, 'utf8'));
	}
	const texts = zip.file(/^texts\//);
	expect(texts).toHaveLength(5);
	for (const f of texts) expect(await f.async('string')).toBe(readFileSync(`static/data/seeds/${f.name}`, 'utf8'));

	const seeds = await summaryOf(page, 'seeds');
	expect(await summaryOf(page, 'local')).toBe(seeds);
	// the same chart from the imports as from the shipped files
	await page.goto('/trends?ds=seeds&ind=active.total');
	const shipped = await chartSeries(page);
	await page.goto('/trends?ds=local&ind=active.total');
	expect(await chartSeries(page)).toEqual(shipped);
	// the shipped seeds merged with the same imports: each report once
	expect(await summaryOf(page, 'seeds,local')).toBe(seeds);

	await openImport(page);
	await expect(page.getByTestId('import-row')).toHaveCount(1);
	await page.reload();
	await expect(page.getByTestId('import-row')).toHaveCount(1);
	await expect(page.getByTestId('pick-files')).toBeEnabled(FIRST_LOAD);
	await pickAndPreview(page, [SEED_FILES[2]]);
	await expect(page.locator('[data-testid="file-lines"] tr[data-status="already"]')).toHaveCount(1);
	await expect(page.getByTestId('nothing')).toBeVisible();

	await page.getByTestId('remove').click();
	await page.getByTestId('confirm-remove').click();
	await expect(page.getByTestId('imports-empty')).toBeVisible();
	await page.goto('/data?ds=local');
	await expect(page.getByTestId('empty')).toBeVisible(FIRST_LOAD);
	await expect(page.getByTestId('dataset-summary')).toHaveText('0 份年报 · 0 个乡镇 · 0 个数值');
});

test('a hostile HTML report: its script is text in the report view, and no dialog ever opens', async ({ page, watched }) => {
	void watched;
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const body = readFileSync(SEED_FILES[1], 'utf8').split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
	const html = `<html><head><title>x</title><script>alert('ran')</script></head><body onload="alert('onload')">${body}<p>&lt;script&gt;alert("quoted")&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p><img src=x onerror="alert('img')"></body></html>`;
	await openImport(page);
	await pickAndPreview(page, [{ name: '<img src=x onerror=alert(2)>.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
	await expect(page.locator('[data-testid="file-lines"] td.file')).toHaveText('<img src=x onerror=alert(2)>.html');
	await confirmImport(page);
	await page.locator('[data-testid="file-lines"] td.file a').click();
	const text = page.getByTestId('report-text');
	await expect(text).toBeVisible(FIRST_LOAD);
	await expect(text).toContainText('<script>alert("quoted")</script> <img src=x onerror=alert(1)>');
	await expect(text).not.toContainText("alert('ran')");
	expect(await page.locator('main script, main img').count()).toBe(0);
	expect(dialogs).toEqual([]);
});

test('a .docx report: the Word reader loads on the first .docx and its text reads as the same report as the .txt', async ({ page, watched }) => {
	void watched;
	const lines = readFileSync(SEED_FILES[2], 'utf8').split('\n');
	await openImport(page);
	await pickAndPreview(page, [{ name: '年报.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await makeDocx(lines)) }]);
	// read and recognised as a report (new, or the shipped seed it repeats), not unreadable
	await expect(page.locator('[data-testid="file-lines"] td.file')).toHaveText('年报.docx');
	await expect(page.locator('[data-testid="file-lines"] tr:is([data-status="ok"], [data-status="already"])')).toHaveCount(1);
});

test('a wide CSV with two errors: both named by row and column, the good rows import; English; seeds + local', async ({ page, watched }) => {
	void watched;
	const csv = ['town,county,year,active.total,apply.received', '蒙山镇,上高县,2019,140,3', '松山镇,容县,2020,abc,2', ',上高县,2021,5,1', '花溪镇,楸川县,2020,8,'].join('\n');
	await openImport(page, '?lang=en');
	await pickAndPreview(page, [{ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
	const issues = page.getByTestId('issue');
	await expect(issues).toHaveCount(2);
	await expect(issues.nth(0)).toHaveAttribute('data-row', '3');
	await expect(issues.nth(0)).toHaveAttribute('data-column', 'active.total');
	await expect(issues.nth(0)).toContainText('“abc” is not a number; this value is not imported');
	await expect(issues.nth(1)).toHaveAttribute('data-row', '4');
	await expect(issues.nth(1)).toHaveAttribute('data-column', 'town');
	await expect(issues.nth(1)).toContainText('the town is missing; this row is not imported');
	await expect(page.getByTestId('preview-counts')).toHaveText('3 reports, 4 values and 1 warning will be added.');
	await confirmImport(page);
	await expect(page.getByTestId('preview').locator('h2')).toHaveText('Saved: 3 reports, 4 values. They are still here after a reload.');
	const summary = await summaryOf(page, 'seeds,local&lang=en');
	expect(summary).toBe('8 reports · 7 towns · 130 values');
});

test('a tab closed in the middle of an import loses nothing imported before, and keeps nothing of the one it stopped', async ({ page, context, watched }) => {
	void watched;
	await openImport(page);
	await pickAndPreview(page, SEED_FILES);
	await confirmImport(page);
	const demo = readdirSync('data/reports/demo/reports').sort().slice(0, 300).map((f) => `data/reports/demo/reports/${f}`);
	// closed while extracting
	await page.getByTestId('pick-files').setInputFiles(demo);
	await expect(page.getByTestId('progress-text')).toContainText(/\d+ \/ 300/, FIRST_LOAD);
	await page.close({ runBeforeUnload: false });
	let again = await context.newPage();
	await openImport(again);
	await expect(again.getByTestId('import-row')).toHaveCount(1);
	await expect(again.getByTestId('import-row').locator('td').nth(2)).toHaveText('5');
	expect(await summaryOf(again, 'local')).toBe('5 份年报 · 5 个乡镇 · 126 个数值');
	// closed the moment the import is confirmed: all of it or none of it, never a part
	await openImport(again);
	await pickAndPreview(again, demo);
	await again.getByTestId('confirm').click();
	await again.close({ runBeforeUnload: false });
	again = await context.newPage();
	await openImport(again);
	// the list loads from IndexedDB after the page opens: wait for it before counting
	await expect(again.getByTestId('import-row').first()).toBeVisible(FIRST_LOAD);
	const rows = await again.getByTestId('import-row').count();
	expect([1, 2]).toContain(rows);
	expect(await summaryOf(again, 'local')).toMatch(rows === 1 ? /^5 份年报/ : /^305 份年报/);
});

for (const width of [375, 1440]) {
	test(`fits ${width} px in Chinese and English, preview and list shown`, async ({ page, watched }) => {
		void watched;
		await page.setViewportSize({ width, height: 900 });
		for (const lang of ['', '?lang=en']) {
			await openImport(page, lang);
			const seeds = SEED_FILES.map((f) => ({ name: f.split('/').pop()!, mimeType: 'text/plain', buffer: readFileSync(f) }));
			await pickAndPreview(page, [...seeds, { name: 'w.csv', mimeType: 'text/csv', buffer: Buffer.from('town,county,year,active.total\n蒙山镇,上高县,2019,x\n') }]);
			await expectNoHorizontalScroll(page);
			await page.getByTestId('discard').click();
			await expect(page.getByTestId('preview')).toHaveCount(0);
		}
	});
}
