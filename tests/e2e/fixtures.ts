// A page fixture that records console errors and every request, so each test can assert
// "no console error" and "no request to another origin".
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
	errors: string[];
	foreign: string[];
}

export function watch(page: Page, origin: string): Watch {
	const w: Watch = { errors: [], foreign: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') w.errors.push(m.text());
	});
	page.on('pageerror', (e) => w.errors.push(String(e)));
	const check = (url: string) => {
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) w.foreign.push(url);
	};
	page.on('request', (r) => check(r.url()));
	// The context also reports requests of the page's workers that the page does not (the wasm fetch);
	// DuckDB's own HTTP client inside its worker may escape both, so the browser is launched with no
	// other host resolvable (playwright.config.ts), which turns such a request into a visible failure.
	page.context().on('request', (r) => check(r.url()));
	return w;
}

export const test = base.extend<{ watched: Watch }>({
	watched: async ({ page, baseURL }, use) => {
		const w = watch(page, new URL(baseURL as string).origin);
		await use(w);
		expect(w.foreign, 'requests to other origins').toEqual([]);
		expect(w.errors, 'console errors').toEqual([]);
	}
});

export { expect };
