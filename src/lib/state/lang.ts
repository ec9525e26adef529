// The UI language switch: the same URL in the other language, every other parameter kept.
import { langOf } from './common';
import { searchOf } from './search';
import { readable } from './spec';

export { langOf };

export function otherLangHref(url: URL): string {
	const q = new URLSearchParams(searchOf(url));
	if (langOf(q) === 'zh') q.set('lang', 'en');
	else q.delete('lang');
	const s = readable(q);
	return `${url.pathname}${s ? `?${s}` : ''}${url.hash}`;
}
