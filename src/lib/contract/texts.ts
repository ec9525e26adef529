// Where a dataset keeps the normalised text of each report (what values.csv quotes and offsets
// point into), relative to the dataset folder: static/data/<ds>/texts/<report_id>.txt.
// Named by report_id, not by file name: report ids are unique within a dataset (the CLI gives
// duplicate contents distinct ids), file names are not (two folders may each hold report.txt).

/** the folder, inside the dataset folder */
export const TEXTS_DIR = 'texts';

/** report ids are 16 hex digits of a SHA-256; anything else (a doctored link) never reaches a path */
export const isReportId = (text: string): boolean => /^[0-9a-f]{16}$/.test(text);

/** Throws on a string that is not a report id: check links with isReportId first. */
export function textPath(reportId: string): string {
	if (!isReportId(reportId)) throw new Error(`not a report id: ${JSON.stringify(reportId)}`);
	return `${TEXTS_DIR}/${reportId}.txt`;
}
