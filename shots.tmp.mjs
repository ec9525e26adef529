import { chromium } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [375, 1440]) for (const lang of ['zh', 'en']) {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
	await page.goto(`http://127.0.0.1:4304/import${lang === 'en' ? '?lang=en' : ''}`);
	await page.getByTestId('pick-files').waitFor();
	await page.waitForFunction(() => !document.querySelector('[data-testid="pick-files"]').disabled);
	await page.screenshot({ path: `/tmp/shot-import-idle-${width}-${lang}.png`, fullPage: true });
	const seeds = readdirSync('data/reports/seeds').map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync('data/reports/seeds/' + f) }));
	await page.getByTestId('pick-files').setInputFiles([...seeds,
		{ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('town,county,year,active.total,apply.received\n蒙山镇,上高县,2019,140,3\n松山镇,,2020,abc,2\n,上高县,2021,5,1\n') },
		{ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK not really') }]);
	await page.getByTestId('preview').waitFor();
	console.log(width, lang, await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]));
	await page.screenshot({ path: `/tmp/shot-import-preview-${width}-${lang}.png`, fullPage: true });
	await page.getByTestId('confirm').click();
	await page.locator('[data-phase="saved"]').waitFor();
	await page.screenshot({ path: `/tmp/shot-import-saved-${width}-${lang}.png`, fullPage: true });
	await page.close();
}
await browser.close();
