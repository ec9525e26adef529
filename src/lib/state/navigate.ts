// One place decides how a state change reaches the address bar. Discrete choices (a town added, a
// mode switched) push a history entry, so Back undoes them; corrections that are not the user's
// choice replace it. Typing in a search box never comes here.
import { goto } from '$app/navigation';
import { page } from '$app/state';

export type HistoryMode = 'push' | 'replace';

export function navigate(query: string, how: HistoryMode = 'push'): Promise<void> {
	const url = `${page.url.pathname}${query ? `?${query}` : ''}`;
	if (url === `${page.url.pathname}${page.url.search}`) return Promise.resolve();
	return goto(url, { replaceState: how === 'replace', keepFocus: true, noScroll: true });
}
