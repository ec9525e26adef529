// Build time only (prerendering /report/<id>): the shipped datasets' CSVs and texts read in Node
// with papaparse — never DuckDB-WASM, which only runs in the browser. Cells were written
// formula-safe (contract/csv-cell); they are restored here as the browser's loader restores them.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { restoreCell } from '$lib/contract/csv-cell';
import type { Origin, Qualifier } from '$lib/contract/codes';
import { isReportId, textPath } from '$lib/contract/texts';
import { SHIPPED_DATASETS } from '$lib/db/datasets';
import { CSV_FILE } from '$lib/db/schema';
import type { ReportData, ReportMeta, ReportValue, ReportWarning } from '$lib/report/types';

/** static/ as the build sees it (the build runs in the project folder) */
const DATA_ROOT = resolve('static/data');

type Row = Record<string, string>;

async function readCsv(path: string): Promise<Row[]> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		return []; // a dataset without warnings.csv has no warnings
	}
	const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
	return parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, restoreCell(v ?? '')])));
}

const str = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined): number | null => (v === undefined || v.trim() === '' || !Number.isFinite(Number(v)) ? null : Number(v));

function meta(r: Row): ReportMeta {
	return {
		report_id: r.report_id, source: r.source ?? '', title: str(r.title), body: str(r.body), level: str(r.level), town: str(r.town),
		county: str(r.county), city: str(r.city), province: str(r.province), year: num(r.year), format: str(r.format),
		published: str(r.published), status: str(r.status), n_values: num(r.n_values)
	};
}

interface Shelf {
	ds: string;
	meta: ReportMeta;
	values: ReportValue[];
	warnings: ReportWarning[];
}

let shelves: Promise<Map<string, Shelf>> | undefined;

async function readAll(): Promise<Map<string, Shelf>> {
	const catalog = await readCsv(join(DATA_ROOT, CSV_FILE.indicators));
	const order = new Map(catalog.map((c, i) => [c.id, i]));
	const byId = new Map(catalog.map((c) => [c.id, c]));
	const out = new Map<string, Shelf>();
	for (const { id: ds } of SHIPPED_DATASETS) {
		const dir = join(DATA_ROOT, ds);
		const [reports, values, warnings] = await Promise.all(
			(['reports', 'vals', 'warnings'] as const).map((t) => readCsv(join(dir, CSV_FILE[t])))
		);
		for (const r of reports) if (isReportId(r.report_id)) out.set(r.report_id, { ds, meta: meta(r), values: [], warnings: [] });
		for (const v of values) {
			const c = byId.get(v.indicator);
			out.get(v.report_id)?.values.push({
				indicator: v.indicator, value: num(v.value), qualifier: str(v.qualifier) as Qualifier | null, origin: str(v.origin) as Origin | null,
				quote: v.quote ?? '', start: num(v.start), end: num(v.end), group: c?.group ?? null, name_zh: c?.name_zh ?? null,
				name_en: c?.name_en ?? null, unit: c?.unit ?? null
			});
		}
		for (const w of warnings) out.get(w.report_id)?.warnings.push({ code: w.code, indicator: str(w.indicator), message: w.message ?? '' });
	}
	const rank = (i: string) => order.get(i) ?? Number.MAX_SAFE_INTEGER;
	for (const s of out.values()) s.values.sort((a, b) => rank(a.indicator) - rank(b.indicator) || a.indicator.localeCompare(b.indicator));
	return out;
}

const all = () => (shelves ??= readAll());

/** Every report id of the shipped datasets: the pages to prerender. */
export async function shippedReportIds(): Promise<string[]> {
	return [...(await all()).keys()];
}

/** One shipped report with its text, or undefined when no shipped dataset has it. */
export async function shippedReport(id: string): Promise<ReportData | undefined> {
	if (!isReportId(id)) return undefined;
	const s = (await all()).get(id);
	if (!s) return undefined;
	const text = await readFile(join(DATA_ROOT, s.ds, textPath(id)), 'utf8').catch(() => null);
	return { ...s, text };
}
