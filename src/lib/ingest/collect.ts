// What one import batch gathers before the person confirms it: the report rows (kept as objects:
// a county chosen later still changes them), the value rows already as the contract's CSV lines
// (they never change, and a large CSV import must not hold millions of objects), the warnings,
// the report texts, and the issues found in imported CSVs (capped; the counts are exact).
import { csvLines, toCsv, type ReportRow, type ValueRow, type WarningRow } from '$lib/contract/csv-text';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '$lib/contract/tables';
import type { FileRows } from './rows';
import type { CsvIssue } from './csv/issues';

/** Issues kept for the preview and the error download; beyond this only counted. */
export const MAX_KEPT_ISSUES = 20_000;

export class Collected {
	reports: ReportRow[] = [];
	warnings: WarningRow[] = [];
	texts = new Map<string, string>();
	private valueText: string[] = [];
	nValues = 0;

	addFile(rows: FileRows): void {
		this.reports.push(rows.report);
		this.addValues(rows.values);
		this.warnings.push(...rows.warnings);
		if (rows.text !== null) this.texts.set(String(rows.report.report_id), rows.text);
	}

	addValues(rows: ValueRow[]): void {
		if (rows.length === 0) return;
		this.valueText.push(csvLines(VALUE_COLUMNS, rows));
		this.nValues += rows.length;
	}

	/** The three CSV files (BOM, header, formula-safe cells), as the CLI writes them. */
	tables(): { reports: string; values: string; warnings: string } {
		return {
			reports: toCsv(REPORT_COLUMNS, this.reports),
			values: toCsv(VALUE_COLUMNS, []) + this.valueText.join(''),
			warnings: toCsv(WARNING_COLUMNS, this.warnings)
		};
	}
}

export class Issues {
	list: CsvIssue[] = [];
	errors = 0;
	notices = 0;

	push(i: CsvIssue): void {
		if (i.severity === 'error') this.errors++;
		else this.notices++;
		if (this.list.length < MAX_KEPT_ISSUES) this.list.push(i);
	}
}
