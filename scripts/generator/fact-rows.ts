// A generated report as the rows a perfect extraction of its text would give (DESIGN.md §3), without
// writing the text: the national dataset's facts. report_id and sha256 are those of the text's
// UTF-8 bytes, as the CLI computes them, so a sampled text written beside the facts is found under
// its report's id, and its values' quote/start/end point into it exactly.
import type { FileRows } from '../lib/pipeline';
import type { ReportRow, ValueRow, WarningRow } from '../lib/csv';
import { sha256 } from '../lib/identity';
import type { TownYear } from './index';

const CONFLICT = '正文与表格不一致，采用表格值';

/**
 * The issuing body as the title names it (before the year); where the title gives the bare town
 * name, its government, as the extractor names it (镇 → 镇人民政府, 街道 → 街道办事处).
 */
function bodyOf(title: string, year: number, town: string): string {
	const at = title.indexOf(String(year));
	const named = at > 0 ? title.slice(0, at).replace(/关于$/, '') : '';
	if (named && named !== town) return named;
	return town.endsWith('街道') ? `${town}办事处` : `${town}人民政府`;
}

export function factRows({ town, year, report }: TownYear): FileRows {
	const { text, resolved } = report;
	const hash = sha256(Buffer.from(text, 'utf8'));
	const id = hash.slice(0, 16);
	const name = town.name.name;
	const values: ValueRow[] = resolved.kept.map((f) => ({
		report_id: id, indicator: f.indicator, value: f.value, qualifier: f.qualifier, origin: f.origin,
		quote: text.slice(f.start, f.end), start: f.start, end: f.end
	}));
	// the extractor's own wording (refiners.tableWins): both readings, the table's kept
	const describe = (quote: string, value: number) => `${quote.replace(/\s+/g, ' ').slice(0, 60)} (${value})`;
	const warnings: WarningRow[] = resolved.conflicts.map(({ indicator, prose, table }) => ({
		report_id: id, code: 'conflict', indicator,
		message: `prose: ${describe(text.slice(prose.start, prose.end), prose.value)}; table: ${describe(text.slice(table.start, table.end), table.value)} / ${CONFLICT}`
	}));
	const county = town.county;
	const row: ReportRow = {
		report_id: id, source: `${town.code ?? name}_${year}.txt`, title: report.title, body: bodyOf(report.title, year, name),
		level: 'township', town: name, county: county.name.name, city: county.city.name, province: county.province.name, year,
		format: report.format, published: report.published, status: values.length > 0 ? 'ok' : 'partial', n_values: values.length,
		sha256: hash, town_id: town.code ?? ''
	};
	return { report: row, values, warnings, text };
}
