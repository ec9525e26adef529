import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A plain static site: officials open it from an intranet server with no Node behind it.
		// 404.html: servers that answer unknown paths with it (error_page 404 /404.html) show the
		// app's bilingual not-found page, e.g. for a /report/<id> no shipped dataset has.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
