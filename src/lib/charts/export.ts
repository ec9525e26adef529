// Downloads: CSV with a UTF-8 BOM (so WPS/Excel read the Chinese), PNG drawn after fonts load,
// and file names that say what they hold.
import type { RankingRow } from '$lib/db/types';

const BOM = '\uFEFF';

function csvCell(v: unknown): string {
	const s = v === null || v === undefined ? '' : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
	return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The ranking as CSV: machine-readable columns (ids, raw values, qualifier), missing left empty. */
export function rankingCsv(rows: RankingRow[], indicator: string): string {
	const header = ['rank', 'town', 'county', 'year', 'indicator', 'value', 'qualifier', 'prev_rank', 'report_id'];
	return toCsv(
		header,
		rows.map((r) => [r.rank, r.town, r.county, r.year, indicator, r.value, r.qualifier, r.prev_rank, r.report_id])
	);
}

/** e.g. "active.total-样本年报-2018" or "active.total-样本年报-最新年度"; safe in every file system. */
export function fileStem(parts: (string | number)[]): string {
	return parts
		.map((p) => String(p).replace(/[\\/:*?"<>|\s]+/g, '_'))
		.filter((p) => p !== '')
		.join('-');
}

/** Triggers a browser download of `data` (a data: URL or a Blob). */
export function download(name: string, data: string | Blob): void {
	const url = typeof data === 'string' ? data : URL.createObjectURL(data);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	if (typeof data !== 'string') setTimeout(() => URL.revokeObjectURL(url), 0);
}
