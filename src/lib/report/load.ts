// A report read at run time from DuckDB (a dataset the build did not prerender), with its text
// fetched from the dataset's folder on our own origin, or, for this browser's imports, read from
// the browser's storage.
import { textPath } from '$lib/contract/texts';
import { query } from '$lib/db/dataset';
import { datasetById, type DatasetId } from '$lib/db/datasets';
import { reportMetaQuery, reportValuesQuery, reportWarningsQuery, townReportQuery } from '$lib/db/queries/report';
import type { ReportData } from './types';

async function fetchText(base: string, ds: string, id: string): Promise<string | null> {
	try {
		const res = await fetch(`${base}/data/${ds}/${textPath(id)}`);
		return res.ok ? await res.text() : null;
	} catch {
		return null;
	}
}

/** An imported report's text (null for a CSV row); undefined when no import holds the report. */
async function storedText(id: string): Promise<string | null | undefined> {
	const { LocalStore } = await import('$lib/local/store');
	const store = await LocalStore.open();
	try {
		const text = await store.text(id);
		if (text !== null) return text;
		return (await store.holds(id)) ? null : undefined;
	} finally {
		store.close();
	}
}

/** The text: imported ones from storage; a merged dataset's shipped reports from the shipped folder. */
async function textOf(base: string, ds: DatasetId, id: string): Promise<string | null> {
	const d = datasetById(ds);
	const local = d.local ? await storedText(id).catch(() => undefined) : undefined;
	if (local !== undefined) return local;
	return d.shipped ? fetchText(base, d.shipped, id) : null;
}

/** undefined: the town filed no report that year. */
export async function loadTownReport(ds: DatasetId, town: string, year: number, base: string): Promise<ReportData | undefined> {
	const [found] = await query(ds, townReportQuery(town, year));
	return found ? loadReport(ds, found.report_id, base) : undefined;
}

/** undefined: the dataset has no report with this id. */
export async function loadReport(ds: DatasetId, id: string, base: string): Promise<ReportData | undefined> {
	const [meta] = await query(ds, reportMetaQuery(id));
	if (!meta) return undefined;
	const [values, warnings, text] = await Promise.all([query(ds, reportValuesQuery(id)), query(ds, reportWarningsQuery(id)), textOf(base, ds, id)]);
	return { ds, meta, values, warnings, text };
}
