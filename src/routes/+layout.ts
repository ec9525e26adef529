// Every page is a static shell rendered in the browser: state lives in the URL query,
// which does not exist at build time, and DuckDB-WASM only runs client-side.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
