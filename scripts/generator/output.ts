// Writes the corpus in the layout of the seeds and real-dev sets, so one scorer reads all three:
// reports/*.txt, expected.csv, expected-reports.csv, expected-warnings.csv, and truth.csv (values.csv columns).
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join as pathJoin } from 'node:path';
import type { Fact } from './frag';
import type { TownYear } from './index';
import type { Town } from './towns';
import { csvLine } from './csv';

const HEADERS = {
	'expected.csv': ['file', 'indicator', 'value', 'qualifier', 'required', 'evidence'],
	'expected-reports.csv': ['file', 'town', 'county', 'city', 'province', 'year', 'level', 'format', 'published'],
	'expected-warnings.csv': ['file', 'code', 'indicator', 'why'],
	'truth.csv': ['report_id', 'indicator', 'value', 'qualifier', 'origin', 'quote', 'start', 'end']
} as const;
type Sheet = keyof typeof HEADERS;

/** Evidence: the first line of the quote (a table quote runs from the label over several lines). */
export function evidenceOf(text: string, f: Fact): string {
	if (f.label) return f.label.trim();
	const quote = text.slice(f.start, f.end);
	const line = quote.split('\n')[0].replace(/^[\t　 ]+/, '').trim();
	return line.length > 60 ? line.slice(0, 60) : line;
}

export function fileName(index: number, width: number, slug: string, year: number): string {
	return `${String(index).padStart(width, '0')}_${slug}_${year}.txt`;
}

export class CorpusWriter {
	count = 0;
	private fds = new Map<Sheet, number>();
	private buffers = new Map<Sheet, string>();
	private width: number;

	constructor(private outDir: string, expected: number) {
		this.width = Math.max(3, String(expected).length);
		for (const sheet of Object.keys(HEADERS) as Sheet[]) {
			this.fds.set(sheet, openSync(pathJoin(outDir, sheet), 'w'));
			this.buffers.set(sheet, csvLine(HEADERS[sheet]));
		}
	}

	private put(sheet: Sheet, row: (string | number)[]): void {
		const next = this.buffers.get(sheet)! + csvLine(row);
		if (next.length > 1 << 20) {
			writeSync(this.fds.get(sheet)!, next);
			this.buffers.set(sheet, '');
		} else this.buffers.set(sheet, next);
	}

	add({ town, year, report }: TownYear): void {
		const file = fileName(++this.count, this.width, town.name.slug, year);
		const { text, resolved } = report;
		writeFileSync(pathJoin(this.outDir, 'reports', file), text);
		const c = town.county;
		this.put('expected-reports.csv', [file, town.name.name, c.name.name, c.city.name, c.province.name, year, 'township', report.format, report.published]);
		for (const f of resolved.kept) {
			this.put('expected.csv', [file, f.indicator, f.value, f.qualifier, 1, evidenceOf(text, f)]);
			this.put('truth.csv', [file, f.indicator, f.value, f.qualifier, f.origin, text.slice(f.start, f.end), f.start, f.end]);
		}
		for (const f of resolved.optional) this.put('expected.csv', [file, f.indicator, f.value, f.qualifier, 0, evidenceOf(text, f)]);
		for (const { indicator, prose, table } of resolved.conflicts) {
			const why = `prose: ${text.slice(prose.start, prose.end)} (${prose.value}); table: ${evidenceOf(text, table)} ${table.value}`;
			this.put('expected-warnings.csv', [file, 'conflict', indicator, why]);
		}
	}

	close(): void {
		for (const [sheet, fd] of this.fds) {
			writeSync(fd, this.buffers.get(sheet)!);
			closeSync(fd);
		}
	}
}

/** towns.csv: the region's towns with their lapses and mergers (for coverage views and checks). */
export function writeTowns(path: string, towns: readonly Town[]): void {
	const header = ['town', 'kind', 'county', 'city', 'province', 'size', 'diligence', 'merged_into', 'merged_year', 'skipped_years', 'late_years'];
	const rows = towns.map((t) => [
		t.name.name, t.kind, t.county.name.name, t.county.city.name, t.county.province.name,
		t.size.toFixed(2), t.diligence.toFixed(2), t.mergedInto?.town.name.name ?? '', t.mergedInto?.year ?? '',
		[...t.skipYears].join(' '), [...t.lateYears].join(' ')
	]);
	writeFileSync(path, [header, ...rows].map(csvLine).join(''));
}

/** The gazetteer-extra file's name, beside reports/ (`npm run extract -- --gazetteer-extra`). */
export const GAZETTEER_EXTRA_FILE = 'gazetteer-extra.csv';

/**
 * Stable fictional 9-digit codes: 99 (a province prefix no real province uses), a 4-digit county
 * ordinal, a 3-digit town ordinal within its county. Same seed and size → same codes.
 */
export function fictionalCodes(towns: readonly Town[]): Map<Town, string> {
	const countyOrdinal = new Map<Town['county'], number>();
	const inCounty = new Map<Town['county'], number>();
	const codes = new Map<Town, string>();
	for (const t of towns) {
		if (!countyOrdinal.has(t.county)) countyOrdinal.set(t.county, countyOrdinal.size + 1);
		const n = (inCounty.get(t.county) ?? 0) + 1;
		inCounty.set(t.county, n);
		codes.set(t, `99${String(countyOrdinal.get(t.county)).padStart(4, '0')}${String(n).padStart(3, '0')}`);
	}
	return codes;
}

/** gazetteer-extra.csv: the region's towns as gazetteer rows (code,name,county,city,province). */
export function writeGazetteerExtra(path: string, towns: readonly Town[]): void {
	const codes = fictionalCodes(towns);
	const rows = towns.map((t) => [codes.get(t)!, t.name.name, t.county.name.name, t.county.city.name, t.county.province.name]);
	writeFileSync(path, [['code', 'name', 'county', 'city', 'province'], ...rows].map(csvLine).join(''));
}
