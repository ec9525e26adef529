// /report/<id> for the shipped datasets: rendered at build time into real HTML pages (the text
// reads before DuckDB starts, and without JavaScript). The data comes from the CSVs and texts in
// Node (papaparse), never from DuckDB-WASM. Ids not listed here are not pages: reports of data
// loaded at run time open in /report?ds=…&id=… (rendered in the browser from DuckDB).
import { error } from '@sveltejs/kit';
import { isReportId } from '$lib/contract/texts';
import { shippedReport, shippedReportIds } from '$lib/server/report-files';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;
// The app shell renders in the browser (layout: ssr = false); a report page is real HTML.
export const ssr = true;

export const entries: EntryGenerator = async () => (await shippedReportIds()).map((id) => ({ id }));

export const load: PageServerLoad = async ({ params }) => {
	const report = isReportId(params.id) ? await shippedReport(params.id) : undefined;
	if (!report) error(404, { message: `report ${params.id}` });
	return { report };
};
