import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// `npm run test:e2e` builds first; the web server here only serves the built site.
// PW_PORT lets several checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env.PW_PORT ?? 4173);
const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	workers: 1,
	retries: 0,
	fullyParallel: false,
	reporter: [['list']],
	timeout: 120_000,
	// later waits in a test (after the first chart, which sets its own FIRST_LOAD timeout)
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				// no other host resolves: a request that Playwright's events miss (one made by the DuckDB
				// worker's own HTTP client) fails loudly instead of leaving the machine
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
			]
		}
	},
	webServer: {
		// the national dataset the tests see is the tiny fixture (tests/e2e/scale-data.ts), whatever build/ holds
		command: `npx tsx tests/e2e/scale-data.ts && npx tsx scripts/serve.ts --port ${PORT} --mount /data/scale=tmp/e2e-scale`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
