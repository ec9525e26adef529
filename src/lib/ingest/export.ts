// Everything this browser imported, as one zip: reports.csv, values.csv and warnings.csv exactly as
// the CLI writes them (BOM, formula-safe cells — each import's file after the first joined without
// its header), and texts/<report_id>.txt, what the quotes point into. Importing the three CSVs on
// another computer gives the same dataset.
import JSZip from 'jszip';
import { toCsv } from '$lib/contract/csv-text';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '$lib/contract/tables';
import { textPath } from '$lib/contract/texts';
import type { ImportTables, LocalStore } from '$lib/local/store';

/** The files' bytes as one file: the first whole, the others after their header line. */
export function joinCsv(files: Uint8Array[], empty: string): Uint8Array {
	if (files.length === 0) return new TextEncoder().encode(empty);
	const parts = files.map((f, i) => (i === 0 ? f : f.subarray(f.indexOf(10) + 1)));
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export async function exportZip(store: LocalStore): Promise<{ zip: Blob; reports: number }> {
	const tables: ImportTables[] = await store.tables();
	const zip = new JSZip();
	zip.file('reports.csv', joinCsv(tables.map((t) => t.reports), toCsv(REPORT_COLUMNS, [])));
	zip.file('values.csv', joinCsv(tables.map((t) => t.values), toCsv(VALUE_COLUMNS, [])));
	zip.file('warnings.csv', joinCsv(tables.map((t) => t.warnings), toCsv(WARNING_COLUMNS, [])));
	await store.eachText((t) => zip.file(textPath(t.report_id), t.text));
	const reports = (await store.list()).reduce((n, r) => n + r.reports, 0);
	return { zip: await zip.generateAsync({ type: 'blob', compression: 'DEFLATE', compressionOptions: { level: 6 } }), reports };
}
