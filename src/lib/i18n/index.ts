import { en } from './en';
import { zh, type Dict } from './zh';
import type { Lang } from '$lib/charts/format';

export type { Dict, Lang };
export const dict = (lang: Lang): Dict => (lang === 'en' ? en : zh);
