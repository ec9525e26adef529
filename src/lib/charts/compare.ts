// Rows of a comparison → the grid model (catalog groups, one line per indicator, one cell per town
// with its sparkline), the numbers of its testing hook, its table and its CSV. Pure.
import type { ComparePoint, CompareRow } from '$lib/db/queries/compare';
import type { IndicatorMeta } from '$lib/catalog';
import type { Qualifier } from '$lib/db/types';
import { formatValue, townLabel, type Lang } from './format';
import type { CsvModel, TableModel } from './frame';
import { sparkline, type Spark } from './sparkline';
import type { OptionSummary } from './summary';

export interface CompareLabels {
	lang: Lang;
	/** shown for a value the report does not state */
	missing: string;
	groupName: (group: string) => string;
	unit: (u: string) => string;
	/** "name（unit）" */
	withUnit: (name: string, unit: string) => string;
	qualifier: Record<Qualifier, string>;
	/** the mark's words ("本行最大") */
	largest: string;
}

export interface CompareTown {
	key: string;
	label: string;
	/** not chosen in the link: the default pair, or the partner of a single town */
	added: boolean;
	has_report: boolean;
}

export interface CompareCell {
	value: number | null;
	qualifier: Qualifier | null;
	largest: boolean;
	text: string;
	title?: string;
	report_id: string | null;
	spark: Spark;
}

export interface CompareLine {
	indicator: string;
	name: string;
	unit: string;
	/** name and unit, as a table head says it */
	label: string;
	/** every cell is missing in the compared year */
	empty: boolean;
	cells: CompareCell[];
}

export interface CompareGroup {
	group: string;
	label: string;
	/** a 2019/2021 standard-table group: its empty lines start collapsed */
	std: boolean;
	lines: CompareLine[];
}

export interface CompareModel {
	year: number;
	/** the sparklines' years */
	years: number[];
	towns: CompareTown[];
	groups: CompareGroup[];
}

/** The compared towns in column order. */
export function compareTowns(rows: CompareRow[], lang: Lang): CompareTown[] {
	const out = new Map<string, CompareTown>();
	for (const r of [...rows].sort((a, b) => a.ord - b.ord)) {
		if (!out.has(r.town_key)) out.set(r.town_key, { key: r.town_key, label: townLabel(r, lang), added: r.added, has_report: r.has_report });
	}
	return [...out.values()];
}

const key = (indicator: string, town: string) => `${indicator}\u0000${town}`;

/**
 * The grid: lines in catalog order, grouped as the catalog groups them; each town's sparkline over
 * `years` on the line's own scale (from 0, or the line's lowest value if negative).
 */
export function compareModel(rows: CompareRow[], points: ComparePoint[], catalog: readonly IndicatorMeta[], years: number[], t: CompareLabels): CompareModel {
	const towns = compareTowns(rows, t.lang);
	const year = rows[0]?.year ?? years[years.length - 1];
	const cells = new Map(rows.filter((r) => r.indicator !== null).map((r) => [key(r.indicator as string, r.town_key), r]));
	const history = new Map<string, Map<number, number>>();
	for (const p of points) {
		const k = key(p.indicator, p.town_key);
		history.set(k, (history.get(k) ?? new Map()).set(p.year, p.value));
	}
	const stated = new Set(rows.map((r) => r.indicator));
	const groups = new Map<string, CompareGroup>();
	for (const ind of catalog.filter((i) => stated.has(i.id))) {
		const series = towns.map((tw) => years.map((y) => history.get(key(ind.id, tw.key))?.get(y) ?? null));
		const all = series.flat().filter((v): v is number => v !== null);
		const lo = Math.min(0, ...all);
		const hi = Math.max(0, ...all);
		const lineCells = towns.map((tw, i): CompareCell => {
			const r = cells.get(key(ind.id, tw.key));
			const value = r?.value ?? null;
			const q = r?.qualifier ?? null;
			const words = [q && q !== 'exact' ? t.qualifier[q] : '', r?.largest ? t.largest : ''].filter(Boolean).join(' · ');
			return {
				value,
				qualifier: q,
				largest: r?.largest ?? false,
				text: formatValue(value, q, t.lang, t.missing),
				title: words || undefined,
				report_id: r?.report_id ?? null,
				spark: sparkline(series[i], lo, hi, years.indexOf(year))
			};
		});
		const first = rows.find((r) => r.indicator === ind.id);
		let g = groups.get(ind.group);
		if (!g) groups.set(ind.group, (g = { group: ind.group, label: t.groupName(ind.group), std: first?.std_group ?? false, lines: [] }));
		const name = t.lang === 'zh' ? ind.name_zh : ind.name_en;
		g.lines.push({
			indicator: ind.id,
			name,
			unit: t.unit(ind.unit),
			label: t.withUnit(name, t.unit(ind.unit)),
			empty: lineCells.every((c) => c.value === null),
			cells: lineCells
		});
	}
	return { year, years, towns, groups: [...groups.values()] };
}

const lines = (m: CompareModel) => m.groups.flatMap((g) => g.lines);

/** What the testing hook exposes: one category per indicator line, one series per town. */
export function compareSummary(m: CompareModel): OptionSummary {
	return {
		categories: lines(m).map((l) => l.name),
		series: m.towns.map((tw, i) => ({ name: tw.label, values: lines(m).map((l) => l.cells[i].value) }))
	};
}

/** The table tab: one row per indicator (every one, collapsed or not), one column per town. */
export function compareTable(m: CompareModel): TableModel {
	return {
		columns: m.towns.map((tw) => ({ label: tw.label, numeric: true })),
		rows: lines(m).map((l) => ({
			head: l.label,
			key: l.indicator,
			cells: l.cells.map((c) => ({ text: c.largest ? `${c.text} ▲` : c.text, value: c.value, qualifier: c.qualifier, title: c.title }))
		}))
	};
}

/** The CSV: one line per indicator and town, raw values with qualifier, the largest mark, the report. */
export function compareCsv(m: CompareModel): CsvModel {
	return {
		header: ['group', 'indicator', 'town_key', 'town', 'year', 'value', 'qualifier', 'largest', 'report_id'],
		rows: m.groups.flatMap((g) =>
			g.lines.flatMap((l) =>
				l.cells.map((c, i) => [g.group, l.indicator, m.towns[i].key, m.towns[i].label, m.year, c.value, c.qualifier, c.largest, c.report_id])
			)
		)
	};
}
