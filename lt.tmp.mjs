import { chromium } from '@playwright/test';
import { readdirSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const files = process.argv[2] ? [process.argv[2]] : readdirSync('data/reports/demo/reports').sort().map((f) => 'data/reports/demo/reports/' + f);
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4304/import', { timeout: 120000 });
await page.waitForFunction(`!document.querySelector('[data-testid="pick-files"]').disabled`);
await page.evaluate(`(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true }); document.querySelector('[data-testid="pick-files"]').addEventListener('change', () => { window.__chg = performance.now(); }, true); })()`);
const t0 = await page.evaluate('performance.now()');
await page.getByTestId('pick-files').setInputFiles(files);
const t1 = await page.evaluate('performance.now()');
await page.getByTestId('preview').waitFor({ timeout: 300000 });
const t2 = await page.evaluate('performance.now()');
const mark = [Math.round(t0), Math.round(await page.evaluate('window.__chg')), Math.round(t1), Math.round(t2)];
if (process.argv[2]) { await page.getByTestId('confirm').click(); await page.locator('[data-phase="saved"]').waitFor({ timeout: 300000 }); mark.push(Math.round(await page.evaluate('performance.now()'))); }
console.log('t0, change, setInputFiles done, preview, saved:', mark.join(' '), 'worker ms', await page.getByTestId('timing').getAttribute('data-ms'));
console.log('long tasks', JSON.stringify(await page.evaluate('window.__lt')));
await browser.close();
