// Every page is prerendered at build time with its default state (the first useful paint needs no
// database); the app then reads the link's own state from the URL and queries DuckDB-WASM.
export const prerender = true;
export const ssr = true;
export const trailingSlash = 'never';
