// Where a number's source sentence lives: /report/<id>#<indicator>. Reports of the shipped
// datasets are prerendered pages; reports of data loaded at run time (not prerendered) open in
// the client-rendered /report?ds=…&id=… page. Pure: the caller passes the base path.
import { provinceKeyOf } from '$lib/contract/town-key';
import { isDatasetId, isScaleDataset, isShippedDataset } from '$lib/db/datasets';
import type { Lang } from '$lib/charts/format';
import type { ReportRef } from '$lib/charts/frame';
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

/** The province a national dataset's report lies in ('' for other datasets: their reports load whole). */
const provinceOfReport = (ds: string, town?: string) => (isDatasetId(ds) && isScaleDataset(ds) && town ? provinceKeyOf(town) : '');

const tail = (q: URLSearchParams, l: { lang?: Lang; ind?: string }) => {
	if (l.lang === 'en') q.set('lang', 'en');
	return `?${readable(q)}${l.ind ? `#${encodeURIComponent(l.ind)}` : ''}`;
};

export function reportHref(l: ReportLink, base: string): string {
	const q = new URLSearchParams();
	const shipped = isShippedDataset(l.ds);
	q.set('ds', l.ds);
	if (!shipped) q.set('id', l.id);
	const province = provinceOfReport(l.ds, l.town);
	if (province) q.set('region', province);
	return `${shipped ? `${base}/report/${encodeURIComponent(l.id)}` : `${base}/report`}${tail(q, l)}`;
}

/**
 * The link of a number's report: by id, or — a national ranking's rows carry none — by its town and
 * year in the town's province (/report?ds=scale&towns=<key>&year=<y>&region=<2 digits>), which the
 * Report view resolves. undefined when neither says which report.
 */
export function reportRefHref(r: ReportRef, l: Omit<ReportLink, 'id' | 'town'>, base: string): string | undefined {
	if (r.report_id) return reportHref({ ...l, id: r.report_id, town: r.town_key }, base);
	const province = provinceOfReport(l.ds, r.town_key);
	if (!province || !r.town_key || typeof r.year !== 'number') return undefined;
	const q = new URLSearchParams({ ds: l.ds, towns: r.town_key, year: String(r.year), region: province });
	return `${base}/report${tail(q, l)}`;
}
