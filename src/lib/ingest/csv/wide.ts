// The wide table (`town,county,year,<indicator id>,…`) → the contract's rows: one report per town
// and year (rows of one town and year, in any file of the batch, fill one report), one value row per
// filled cell. Every cell that cannot be imported is an issue with its row and column.
import type { ReportRow, ValueRow } from '$lib/contract/csv-text';
import { MAX_YEAR, MIN_YEAR } from '$lib/state/parse';
import type { Gazetteer } from '$lib/extract/types';
import type { Collected, Issues } from '../collect';
import { placeTown, type Placed } from '../towns';
import { issue, SAY } from './issues';
import { headerKey, WIDE_ALIASES } from './shape';
import { readCell } from './values';

type Role = 'town' | 'county' | 'city' | 'province' | 'year';

export interface WideColumns {
	roles: Partial<Record<Role, number>>;
	/** indicator columns: index, catalog id, its unit, the name as written */
	indicators: { index: number; id: string; unit: string | undefined; name: string }[];
	/** columns without a name: data in them is reported once */
	unnamed: number[];
}

export interface Catalog {
	/** id or Chinese name → id */
	idOf(name: string): string | undefined;
	unitOf(id: string): string | undefined;
}

/** Reads the header: place/year roles, indicator columns; unknown and repeated names are issues. */
export function wideColumns(file: string, header: readonly string[], catalog: Catalog, issues: Issues): WideColumns | null {
	const out: WideColumns = { roles: {}, indicators: [], unnamed: [] };
	const seen = new Set<string>();
	for (const [index, raw] of header.entries()) {
		const name = headerKey(raw);
		if (name === '') {
			out.unnamed.push(index);
			continue;
		}
		const role = WIDE_ALIASES[name.toLowerCase()] ?? WIDE_ALIASES[name];
		const id = role ? undefined : catalog.idOf(name);
		const key = role ?? id ?? name;
		if (seen.has(key)) {
			issues.push(issue(file, 1, raw, SAY.duplicateColumn()));
			continue;
		}
		seen.add(key);
		if (role) out.roles[role] = index;
		else if (id) out.indicators.push({ index, id, unit: catalog.unitOf(id), name: raw });
		else issues.push(issue(file, 1, raw, SAY.unknownIndicator()));
	}
	for (const role of ['town', 'year'] as const) {
		if (out.roles[role] === undefined) {
			issues.push(issue(file, 0, role, SAY.missingColumn(role)));
			return null;
		}
	}
	return out;
}

export class TooManyValues extends Error {}

interface WideReport {
	report: ReportRow;
	/** indicator → where it was first given: file number × 2^32 + row (a string each would fill memory) */
	where: Map<string, number>;
}

/** State shared by the wide files of one batch. */
export class WideImport {
	private reports = new Map<string, WideReport>();
	private places = new Map<string, Placed>();
	private files: string[] = [];

	constructor(
		private readonly out: Collected,
		private readonly issues: Issues,
		private readonly catalog: Catalog,
		private readonly g: Gazetteer | undefined,
		private readonly maxValues: number
	) {}

	/**
	 * The rows of one chunk of a file. `fileId`: 8 hex digits of the file's SHA-256 — a row's
	 * report id is those and its row number (8 hex digits): unique, stable, and traceable.
	 */
	records(file: string, fileId: string, fileHash: string, cols: WideColumns, records: string[][], rows: number[]): void {
		const values: ValueRow[] = [];
		const cell = (r: string[], i: number | undefined) => (i === undefined ? '' : (r[i] ?? '').trim());
		if (!this.files.includes(file)) this.files.push(file);
		const fileNo = this.files.indexOf(file) * 2 ** 32;
		for (const [k, r] of records.entries()) {
			const row = rows[k];
			// data under a column without a name is reported once, at its first row
			for (const u of [...cols.unnamed]) {
				if ((r[u] ?? '').trim() === '') continue;
				this.issues.push(issue(file, row, `#${u + 1}`, SAY.unknownIndicator()));
				cols.unnamed.splice(cols.unnamed.indexOf(u), 1);
			}
			const town = cell(r, cols.roles.town);
			const yearText = cell(r, cols.roles.year);
			if (town === '') {
				this.issues.push(issue(file, row, 'town', SAY.missingTown()));
				continue;
			}
			if (yearText === '') {
				this.issues.push(issue(file, row, 'year', SAY.missingYear()));
				continue;
			}
			const year = Number(yearText.normalize('NFKC').replace(/年$/, ''));
			if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
				this.issues.push(issue(file, row, 'year', SAY.badYear(yearText, MIN_YEAR, MAX_YEAR)));
				continue;
			}
			const given = { county: cell(r, cols.roles.county), city: cell(r, cols.roles.city), province: cell(r, cols.roles.province) };
			const target = this.reportFor(town, given, year, file, fileId, fileHash, row);
			for (const c of cols.indicators) {
				const read = readCell(r[c.index] ?? '', c.unit);
				if (read === null) continue;
				if (!read.ok) {
					this.issues.push(issue(file, row, c.name, read.say));
					continue;
				}
				const before = target.where.get(c.id);
				if (before !== undefined) {
					this.issues.push(issue(file, row, c.name, SAY.duplicate(`${this.files[Math.floor(before / 2 ** 32)]}#${before % 2 ** 32}`)));
					continue;
				}
				if (this.out.nValues + values.length >= this.maxValues) {
					this.out.addValues(values);
					throw new TooManyValues();
				}
				target.where.set(c.id, fileNo + row);
				target.report.n_values = Number(target.report.n_values) + 1;
				target.report.status = 'ok';
				values.push({ report_id: target.report.report_id, indicator: c.id, value: read.value, qualifier: read.qualifier, origin: 'table', quote: '', start: '', end: '' });
			}
		}
		this.out.addValues(values);
	}

	private reportFor(town: string, given: { county: string; city: string; province: string }, year: number, file: string, fileId: string, fileHash: string, row: number): WideReport {
		const placeKey = [town, given.county, given.city, given.province].join('|');
		let place = this.places.get(placeKey);
		if (!place) this.places.set(placeKey, (place = placeTown(town, given, this.g)));
		const key = `${place.town_id}|${year}`;
		let found = this.reports.get(key);
		if (found) return found;
		const id = fileId + row.toString(16).padStart(8, '0');
		const report: ReportRow = {
			report_id: id, source: `${file}#${row}`, title: '', body: '', level: 'township', town: place.town, county: place.county,
			city: place.city, province: place.province, year, format: '', published: '', status: 'partial', n_values: 0,
			sha256: fileHash, town_id: place.town_id
		};
		this.out.reports.push(report);
		if (place.warning) this.out.warnings.push({ report_id: id, code: place.warning.code, indicator: '', message: place.warning.message });
		found = { report, where: new Map() };
		this.reports.set(key, found);
		return found;
	}
}
