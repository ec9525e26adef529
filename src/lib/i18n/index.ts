import { en } from './en';
import { zh, type Dict } from './zh';
import type { Lang } from '$lib/charts/format';

export type { Dict, Lang };
export const dict = (lang: Lang): Dict => (lang === 'en' ? en : zh);

/** The shared dictionary with one view's own words under `key` (its components take both in one `t`). */
export const withWords = <K extends string, W>(t: Dict, key: K, words: W): Dict & Record<K, W> => ({ ...t, [key]: words }) as Dict & Record<K, W>;
