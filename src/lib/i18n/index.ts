import { setCatalogEnglish } from '$lib/catalog';
import { setEnglish } from './bilingual';
import { zh, type Dict } from './zh';
import type { Lang } from '$lib/charts/format';

export type { Dict, Lang };

const loaded: { [L in Lang]?: Dict } = { zh };

/**
 * The English words (shared and every view's, english.ts) load when a page first needs them: the
 * root layout's load awaits this before a page renders in English, so a Chinese visit — the
 * default, and what the site prerenders — does not carry them in its first JavaScript.
 */
export async function loadLang(lang: Lang): Promise<void> {
	if (lang !== 'en' || loaded.en) return;
	const { ENGLISH } = await import('./english');
	setEnglish(ENGLISH);
	setCatalogEnglish(ENGLISH.catalog);
	loaded.en = ENGLISH.shared;
}

/** The dictionary of `lang` (after loadLang; Chinese until then). */
export const dict = (lang: Lang): Dict => loaded[lang] ?? zh;

/** The shared dictionary with one view's own words under `key` (its components take both in one `t`). */
export const withWords = <K extends string, W>(t: Dict, key: K, words: W): Dict & Record<K, W> => ({ ...t, [key]: words }) as Dict & Record<K, W>;
