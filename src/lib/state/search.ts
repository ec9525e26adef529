// The query of the page's URL. A prerendered page has no query at build time (SvelteKit throws on
// reading it then): it renders the defaults, and the browser re-reads the real query on hydration.
import { building } from '$app/environment';

export const searchOf = (url: URL): URLSearchParams => (building ? new URLSearchParams() : url.searchParams);
