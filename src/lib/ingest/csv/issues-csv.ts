// The full list of an import's CSV issues as a downloadable CSV (the page shows the first ones).
import Papa from 'papaparse';
import { BOM } from '$lib/contract/csv-text';
import { safeCell } from '$lib/contract/csv-cell';
import type { CsvIssue } from './issues';

export function issuesCsv(issues: readonly CsvIssue[]): string {
	const rows = issues.map((i) => [i.file, i.row === 0 ? '' : String(i.row), i.column, i.severity, i.code, i.zh, i.en].map(safeCell));
	return BOM + Papa.unparse([['file', 'row', 'column', 'severity', 'code', 'message_zh', 'message_en'], ...rows], { newline: '\r\n' }) + '\r\n';
}
