// The SourceLinks a view passes to its builders so every number links to its sentence.
import { base } from '$app/paths';
import type { Lang } from '$lib/charts/format';
import type { SourceLinks } from '$lib/charts/frame';
import type { Dict } from '$lib/i18n';
import { reportRefHref } from './link';

export const sourceLinks = (p: { ds: string; ind: string; lang: Lang }, t: Dict): SourceLinks => ({
	href: (r) => reportRefHref(r, { ds: p.ds, ind: p.ind, lang: p.lang }, base),
	hint: t.clickForSource
});
