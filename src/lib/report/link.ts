// Where a number's source sentence lives: /report/<id>#<indicator>. Reports of the shipped
// datasets are prerendered pages; reports of data loaded at run time (not prerendered) open in
// the client-rendered /report?ds=…&id=… page. Pure: the caller passes the base path.
import { provinceKeyOf } from '$lib/contract/town-key';
import { isDatasetId, isScaleDataset, isShippedDataset } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import { readable } from '$lib/state/spec';

export interface ReportLink {
	id: string;
	ds: string;
	/** the indicator whose quote the page selects */
	ind?: string;
	lang?: Lang;
	/** the report's town key: a national dataset's report opens in its province (`region`) */
	town?: string;
}

export function reportHref(l: ReportLink, base: string): string {
	const q = new URLSearchParams();
	const shipped = isShippedDataset(l.ds);
	q.set('ds', l.ds);
	if (!shipped) q.set('id', l.id);
	const province = isDatasetId(l.ds) && isScaleDataset(l.ds) && l.town ? provinceKeyOf(l.town) : '';
	if (province) q.set('region', province);
	if (l.lang === 'en') q.set('lang', 'en');
	const path = shipped ? `${base}/report/${encodeURIComponent(l.id)}` : `${base}/report`;
	return `${path}?${readable(q)}${l.ind ? `#${encodeURIComponent(l.ind)}` : ''}`;
}
