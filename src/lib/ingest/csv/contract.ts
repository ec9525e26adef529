// TownLens's own CSVs (reports.csv, values.csv, warnings.csv — an export from another computer, or
// the CLI's output) checked cell by cell against the contract and kept as they are: the reports
// first, so values and warnings can be checked against the report ids imported with them.
import { FORMATS, LEVELS, ORIGINS, QUALIFIERS, STATUSES, WARNING_CODES } from '$lib/contract/codes';
import type { ReportRow, ValueRow, WarningRow } from '$lib/contract/csv-text';
import { REPORT_TABLE, VALUE_TABLE, WARNING_TABLE, type Column } from '$lib/contract/tables';
import { isReportId } from '$lib/contract/texts';
import type { Collected, Issues } from '../collect';
import { TooManyValues, type Catalog } from './wide';
import { issue, SAY } from './issues';
import { headerKey, type CsvShape } from './shape';

type ContractShape = Exclude<CsvShape, 'wide'>;

const TABLES: Record<ContractShape, readonly Column[]> = { reports: REPORT_TABLE, values: VALUE_TABLE, warnings: WARNING_TABLE };

/** Columns whose values come from a closed list ('' allowed where the CLI writes it for unread files). */
const ENUMS: Record<string, readonly string[]> = {
	level: ['', ...LEVELS], format: ['', ...FORMATS], status: STATUSES, qualifier: QUALIFIERS, origin: ORIGINS, code: WARNING_CODES
};

export type ContractColumns = Map<string, number>;

/** The contract columns of a header; a required one missing refuses the file. */
export function contractColumns(file: string, shape: ContractShape, header: readonly string[], issues: Issues): ContractColumns | null {
	const at: ContractColumns = new Map();
	for (const [i, h] of header.entries()) if (!at.has(headerKey(h))) at.set(headerKey(h), i);
	const missing = TABLES[shape].filter((c) => c.required && !at.has(c.name));
	for (const c of missing) issues.push(issue(file, 0, c.name, SAY.missingColumn(c.name)));
	return missing.length ? null : at;
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export class ContractImport {
	/** report ids of this batch's reports files → where */
	private ids = new Map<string, string>();
	private valueKeys = new Set<string>();

	constructor(
		private readonly out: Collected,
		private readonly issues: Issues,
		private readonly catalog: Catalog,
		/** report ids already imported before (skipped with a notice) */
		private readonly known: { has(id: string): boolean },
		private readonly maxValues: number
	) {}

	/** One record as typed cells, or null with an issue for each bad cell. */
	private typed(file: string, shape: ContractShape, at: ContractColumns, r: string[], row: number): Record<string, string | number> | null {
		const out: Record<string, string | number> = {};
		let ok = true;
		for (const c of TABLES[shape]) {
			const raw = at.has(c.name) ? (r[at.get(c.name)!] ?? '') : '';
			const bad = (say: ReturnType<typeof SAY.badEnum>) => {
				this.issues.push(issue(file, row, c.name, say));
				ok = false;
			};
			if (raw.includes('\ufffd')) bad(SAY.undecodable());
			else if (c.type === 'INTEGER' && raw !== '' && !INTEGER.test(raw)) bad(SAY.notANumber(raw));
			else if (c.type === 'DOUBLE' && !NUMBER.test(raw)) bad(SAY.notANumber(raw));
			else if (ENUMS[c.name] && !ENUMS[c.name].includes(raw)) bad(SAY.badEnum(raw, ENUMS[c.name].filter(Boolean)));
			out[c.name] = c.type !== 'VARCHAR' && raw !== '' ? Number(raw) : raw;
		}
		return ok ? out : null;
	}

	records(file: string, shape: ContractShape, at: ContractColumns, records: string[][], rows: number[]): void {
		const values: ValueRow[] = [];
		for (const [k, r] of records.entries()) {
			const row = rows[k];
			const id = (r[at.get('report_id')!] ?? '').trim();
			if (!isReportId(id)) {
				this.issues.push(issue(file, row, 'report_id', SAY.badReportId(id)));
				continue;
			}
			if (this.known.has(id)) {
				if (shape === 'reports') this.issues.push(issue(file, row, 'report_id', SAY.alreadyImported(id)));
				continue;
			}
			if (shape === 'reports' && this.ids.has(id)) {
				this.issues.push(issue(file, row, 'report_id', SAY.duplicateReport(id)));
				continue;
			}
			if (shape !== 'reports' && !this.ids.has(id)) {
				this.issues.push(issue(file, row, 'report_id', SAY.unknownReport(id)));
				continue;
			}
			const cells = this.typed(file, shape, at, r, row);
			if (!cells) continue;
			if (shape === 'reports') {
				this.ids.set(id, `${file}#${row}`);
				this.out.reports.push(cells as ReportRow);
			} else if (shape === 'warnings') {
				this.out.warnings.push(cells as WarningRow);
			} else if (!this.catalog.unitOf(String(cells.indicator))) {
				this.issues.push(issue(file, row, 'indicator', SAY.unknownIndicatorValue(String(cells.indicator))));
			} else if (this.valueKeys.has(`${id}|${cells.indicator}`)) {
				this.issues.push(issue(file, row, 'indicator', SAY.duplicate(`report ${id}`)));
			} else {
				if (this.out.nValues + values.length >= this.maxValues) {
					this.out.addValues(values);
					throw new TooManyValues();
				}
				this.valueKeys.add(`${id}|${cells.indicator}`);
				values.push(cells as ValueRow);
			}
		}
		this.out.addValues(values);
	}
}
