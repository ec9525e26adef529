// One import in the browser, before it is confirmed: report files extracted exactly as the CLI
// extracts them (src/lib/ingest/rows: same rows, same duplicate handling), CSVs checked and turned
// into the same rows, files imported before recognised by their hash, towns shared by several
// places awaiting a county. Pure of the DOM and of storage: the worker runs it, the tests too.
import type { Status } from '$lib/contract/codes';
import type { TownAnswer } from '$lib/local/store';
import { Collected, Issues } from './collect';
import { ContractImport, contractColumns } from './csv/contract';
import { fileIdOf, MAX_CSV_BYTES, MAX_VALUES, planCsv, readCsvRecords, type CsvPlan } from './csv/file';
import { issue, SAY, type CsvIssue } from './csv/issues';
import type { CsvShape } from './csv/shape';
import { WideImport, wideColumns, type Catalog } from './csv/wide';
import { importItems, type ImportEntry, type Item } from './items';
import { extensionOf, precheck, readContent } from './read';
import { deduplicate, rowsOf, unreadableRows, type ExtractorOptions, type FileRows } from './rows';
import { applyAnswer, candidatesOf } from './towns';

/** What was imported before: file hashes and report ids, each → when (ISO time). */
export interface Known {
	hashes: ReadonlyMap<string, string>;
	ids: ReadonlyMap<string, string>;
}

export interface BatchOptions extends ExtractorOptions {
	catalog: Catalog;
	known: Known;
	answers: readonly TownAnswer[];
	maxCsvBytes?: number;
	maxValues?: number;
	onProgress?: (p: Progress) => void;
}

export type LineStatus = Status | 'csv' | 'refused' | 'skipped' | 'already';

/** One file's status line. `message` is bilingual (中文 / English), as the CLI writes its reasons. */
export interface FileLine {
	source: string;
	kind: Item['kind'];
	status: LineStatus;
	message: string;
	report_id: string;
	town: string;
	year: number | '';
	n_values: number;
	n_warnings: number;
	shape?: CsvShape;
	/** data rows read (CSV) */
	rows?: number;
	/** errors found (CSV) */
	errors?: number;
}

export interface Progress {
	done: number;
	total: number;
	source: string;
	/** of the current file (large CSVs), 0–1 */
	fraction?: number;
	line?: FileLine;
}

export interface AmbiguousTown {
	town: string;
	candidates: TownAnswer[];
	reports: number;
	/** the chosen unit's code, if any */
	chosen: string;
	/** chosen at an earlier import (remembered), not in this one */
	remembered: boolean;
}

const WHOLE_REPORT = new Set(['unreadable', 'not_a_report', 'extract_error', 'duplicate']);

const NOT_TOWNSHIP = '不是乡镇的年报（县级或其他机关），不计入乡镇 / not a township report (a county or another body); counted as no town';
const NO_TOWN_OR_YEAR = '看不出乡镇或年度，不计入乡镇 / the town or the year cannot be told; counted as no town';

/** Why a file's rows will not show as a town's report, in both languages ('' when they will). */
function reasonOf(rows: FileRows): string {
	const r = rows.report;
	const why = rows.warnings.find((w) => WHOLE_REPORT.has(String(w.code)));
	if (why) return String(why.message);
	if (r.status === 'unreadable' || r.status === 'unrecognized') return '';
	if (r.level !== 'township') return NOT_TOWNSHIP;
	return r.town === '' || r.year === '' ? NO_TOWN_OR_YEAR : '';
}

function reportLine(item: Item, rows: FileRows): FileLine {
	const r = rows.report;
	return {
		source: item.source, kind: 'report', status: r.status as Status, message: reasonOf(rows), report_id: String(r.report_id),
		town: String(r.town), year: r.year === '' ? '' : Number(r.year), n_values: rows.values.length, n_warnings: rows.warnings.length
	};
}

const emptyLine = (item: Item, status: LineStatus, message: string): FileLine => ({
	source: item.source, kind: item.kind, status, message, report_id: '', town: '', year: '', n_values: 0, n_warnings: 0
});

/** Reads ahead of extraction: in a browser, reading a File is a round trip to another process. */
const AHEAD = 8;

function readAhead(items: Item[]): (item: Item) => Promise<Uint8Array> {
	const index = new Map(items.map((item, i) => [item, i]));
	const reads = new Map<Item, Promise<Uint8Array>>();
	const start = (item: Item | undefined) => {
		if (!item || reads.has(item) || precheck(extensionOf(item.entry.path), item.entry.file.size)) return;
		const p = item.entry.file.arrayBuffer().then((b) => new Uint8Array(b));
		p.catch(() => undefined); // awaited (and its error reported) when its turn comes
		reads.set(item, p);
	};
	return (item) => {
		const i = index.get(item) ?? 0;
		for (let k = i; k < i + AHEAD; k++) start(items[k]);
		const p = reads.get(item)!;
		reads.delete(item);
		return p;
	};
}

const ALREADY = (when: string) => `之前已导入（${when.slice(0, 10)}），跳过 / imported before (${when.slice(0, 10)}); skipped`;

export class ImportBatch {
	readonly out = new Collected();
	readonly issues = new Issues();
	readonly lines: FileLine[] = [];
	/** content hashes of this batch's files (stored with the import) */
	readonly hashes: string[] = [];
	readonly sources: string[] = [];
	private readonly chosen = new Map<string, TownAnswer>();
	private readonly remembered = new Set<string>();
	private ambiguousIds = new Map<string, string[]>();
	private bytesOf: (item: Item) => Promise<Uint8Array> = async (item) => new Uint8Array(await item.entry.file.arrayBuffer());

	constructor(private readonly opts: BatchOptions) {}

	async run(entries: readonly ImportEntry[]): Promise<void> {
		const items = importItems(entries);
		const seen = new Map<string, string>();
		this.bytesOf = readAhead(items.filter((i) => i.kind === 'report'));
		const plans: { item: Item; plan: CsvPlan }[] = [];
		let done = 0;
		const step = (item: Item, line?: FileLine, fraction?: number) => {
			if (line) {
				this.lines.push(line);
				done++;
			}
			this.opts.onProgress?.({ done, total: items.length, source: item.source, fraction, line });
		};
		for (const item of items) {
			this.sources.push(item.source);
			if (item.kind === 'skipped') step(item, emptyLine(item, 'skipped', item.reason ?? ''));
			else if (item.kind === 'report') step(item, await this.report(item, seen));
			else {
				step(item, undefined, 0);
				const plan = await planCsv(item.entry.file, item.source, this.issues, this.opts.maxCsvBytes ?? MAX_CSV_BYTES);
				if (!plan) step(item, { ...emptyLine(item, 'refused', ''), errors: 1 });
				else if (this.opts.known.hashes.has(plan.hash)) step(item, emptyLine(item, 'already', ALREADY(this.opts.known.hashes.get(plan.hash)!)));
				else plans.push({ item, plan });
			}
		}
		// the contract's reports before its values and warnings, which must name them
		const order: CsvShape[] = ['wide', 'reports', 'values', 'warnings'];
		plans.sort((a, b) => order.indexOf(a.plan.shape) - order.indexOf(b.plan.shape));
		const wide = new WideImport(this.out, this.issues, this.opts.catalog, this.opts.gazetteer, this.opts.maxValues ?? MAX_VALUES);
		const contract = new ContractImport(this.out, this.issues, this.opts.catalog, this.opts.known.ids, this.opts.maxValues ?? MAX_VALUES);
		const withReports = plans.some((p) => p.plan.shape === 'reports');
		for (const { item, plan } of plans) {
			if ((plan.shape === 'values' || plan.shape === 'warnings') && !withReports) {
				this.issues.push(issue(plan.name, 0, '', SAY.needsReports(plan.name)));
				step(item, { ...emptyLine(item, 'refused', ''), errors: 1 });
			} else step(item, await this.csv(item, plan, wide, contract, (f) => step(item, undefined, f)));
		}
		this.findAmbiguous();
	}

	private async report(item: Item, seen: Map<string, string>): Promise<FileLine> {
		const rows = await this.readReport(item);
		const hash = String(rows.report.sha256);
		const before = (hash ? this.opts.known.hashes.get(hash) : undefined) ?? this.opts.known.ids.get(String(rows.report.report_id));
		if (before !== undefined) return { ...reportLine(item, rows), status: 'already', message: ALREADY(before) };
		await deduplicate(rows, seen);
		this.out.addFile(rows);
		if (hash) this.hashes.push(hash);
		return reportLine(item, rows);
	}

	/** The CLI's per-file work on a browser file: the same checks, reader and row builder. */
	private async readReport(item: Item): Promise<FileRows> {
		const { file, path } = item.entry;
		const ext = extensionOf(path);
		try {
			const refused = precheck(ext, file.size);
			if (refused) return await rowsOf(path, item.source, refused, this.opts);
			const bytes = await this.bytesOf(item);
			return await rowsOf(path, item.source, await readContent(ext, bytes), this.opts);
		} catch (error) {
			const why = error instanceof Error ? error.message : String(error);
			return unreadableRows(path, item.source, { message: `读取时出错 / failed while reading: ${why}`, bytes: null });
		}
	}

	private async csv(item: Item, plan: CsvPlan, wide: WideImport, contract: ContractImport, fraction: (f: number) => void): Promise<FileLine> {
		const errorsBefore = this.issues.errors;
		const [reports, values] = [this.out.reports.length, this.out.nValues];
		let rows = 0;
		if (plan.shape === 'wide') {
			const cols = wideColumns(plan.name, plan.header, this.opts.catalog, this.issues);
			if (cols) rows = await readCsvRecords(plan, this.issues, (r, n) => wide.records(plan.name, fileIdOf(plan), plan.hash, cols, r, n), fraction);
		} else {
			const cols = contractColumns(plan.name, plan.shape, plan.header, this.issues);
			if (cols) rows = await readCsvRecords(plan, this.issues, (r, n) => contract.records(plan.name, plan.shape as Exclude<CsvShape, 'wide'>, cols, r, n), fraction);
		}
		this.hashes.push(plan.hash);
		const errors = this.issues.errors - errorsBefore;
		return {
			...emptyLine(item, 'csv', ''), shape: plan.shape, rows, errors,
			n_values: this.out.nValues - values, n_warnings: 0, report_id: '', town: '', year: '',
			message: `${this.out.reports.length - reports} 份报告行 / report rows`
		};
	}

	/** Reports whose town the gazetteer holds several times, by town; earlier answers applied. */
	private findAmbiguous(): void {
		const byId = new Map(this.out.reports.map((r) => [String(r.report_id), r]));
		for (const w of this.out.warnings) {
			if (w.code !== 'town_ambiguous') continue;
			const report = byId.get(String(w.report_id));
			if (!report || !report.town) continue;
			const town = String(report.town);
			this.ambiguousIds.set(town, [...(this.ambiguousIds.get(town) ?? []), String(report.report_id)]);
		}
		for (const a of this.opts.answers) {
			if (!this.ambiguousIds.has(a.town) || !candidatesOf(a.town, this.opts.gazetteer).some((c) => c.code === a.code)) continue;
			this.choose(a);
			this.remembered.add(a.town);
		}
	}

	/** A county chosen for an ambiguous town: every report of the batch with that town takes it. */
	choose(a: TownAnswer): void {
		applyAnswer(this.out.reports, this.out.warnings, new Set(this.ambiguousIds.get(a.town) ?? []), a);
		this.chosen.set(a.town, a);
		this.remembered.delete(a.town);
	}

	ambiguous(): AmbiguousTown[] {
		return [...this.ambiguousIds].map(([town, ids]) => ({
			town,
			reports: ids.length,
			candidates: candidatesOf(town, this.opts.gazetteer).map((c) => ({ town, code: c.code, county: c.county, city: c.city, province: c.province })),
			chosen: this.chosen.get(town)?.code ?? '',
			remembered: this.remembered.has(town)
		}));
	}

	/** The first issues (the preview lists them; all are kept for the download). */
	issueList(max = Infinity): CsvIssue[] {
		return this.issues.list.slice(0, max);
	}
}
