// The UI language switch: the same URL in the other language, every other parameter kept.
import { langOf } from './common';
import { readable } from './spec';

export { langOf };

export function otherLangHref(pathname: string, current: URLSearchParams): string {
	const q = new URLSearchParams(current);
	if (langOf(q) === 'zh') q.set('lang', 'en');
	else q.delete('lang');
	const s = readable(q);
	return `${pathname}${s ? `?${s}` : ''}`;
}
