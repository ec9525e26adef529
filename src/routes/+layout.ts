// Every page is prerendered at build time with its default state (the first useful paint needs no
// database); the app then reads the link's own state from the URL and queries DuckDB-WASM.
import { browser } from '$app/environment';
import { loadLang } from '$lib/i18n';

export const prerender = true;
export const ssr = true;
export const trailingSlash = 'never';

/**
 * In the browser, the link's language is loaded before any page renders (only `lang` is read, so
 * other parameters do not re-run this). The build prerenders the default language and reads nothing.
 */
export async function load({ url }) {
	if (browser) await loadLang(url.searchParams.get('lang') === 'en' ? 'en' : 'zh');
	return {};
}
