// A view's own words in both languages, the English half loaded on demand: `loadLang('en')` (i18n/index)
// brings every English word at once (english.ts), so a Chinese visit — the default — carries none.
import type { Lang } from '$lib/charts/format';
import type { English } from './english';

let english: English | undefined;

/** Called by loadLang once the English words have loaded. */
export function setEnglish(words: English): void {
	english = words;
}

/** `{ zh, en }` for one view; `en` falls back to Chinese until loadLang('en') (the root layout awaits it first). */
export function bilingual<K extends Exclude<keyof English, 'shared' | 'catalog'>>(key: K, zh: English[K]): Record<Lang, English[K]> {
	return {
		zh,
		get en() {
			return english?.[key] ?? zh;
		}
	};
}
