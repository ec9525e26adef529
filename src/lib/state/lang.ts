// The UI language comes from `lang=` on every page; Chinese is the default and is not written.
import type { Lang } from '$lib/charts/format';

export const langOf = (q: URLSearchParams): Lang => (q.get('lang') === 'en' ? 'en' : 'zh');

/** The same URL in the other language: every other parameter (the view) is kept as it is. */
export function otherLangHref(url: URL): string {
	const q = new URLSearchParams(url.searchParams);
	if (langOf(q) === 'zh') q.set('lang', 'en');
	else q.delete('lang');
	const s = q.toString().replaceAll('%2C', ',');
	return `${url.pathname}${s ? `?${s}` : ''}`;
}
