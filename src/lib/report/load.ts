// A report read at run time from DuckDB (a dataset the build did not prerender), with its text
// fetched from the dataset's folder on our own origin.
import { textPath } from '$lib/contract/texts';
import { query } from '$lib/db/dataset';
import type { DatasetId } from '$lib/db/datasets';
import { reportMetaQuery, reportValuesQuery, reportWarningsQuery } from '$lib/db/queries/report';
import type { ReportData } from './types';

async function fetchText(base: string, ds: string, id: string): Promise<string | null> {
	try {
		const res = await fetch(`${base}/data/${ds}/${textPath(id)}`);
		return res.ok ? await res.text() : null;
	} catch {
		return null;
	}
}

/** undefined: the dataset has no report with this id. */
export async function loadReport(ds: DatasetId, id: string, base: string): Promise<ReportData | undefined> {
	const [meta] = await query(ds, reportMetaQuery(id));
	if (!meta) return undefined;
	const [values, warnings, text] = await Promise.all([
		query(ds, reportValuesQuery(id)),
		query(ds, reportWarningsQuery(id)),
		fetchText(base, ds, id)
	]);
	return { ds, meta, values, warnings, text };
}
