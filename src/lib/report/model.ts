// What the Report view draws, computed once from a ReportData: values grouped by catalog group,
// warnings attached to the values they concern, each quote placed in the text. Pure.
import { formatValue } from '$lib/charts/format';
import { place, runs, type Placement, type Run } from './segments';
import type { ReportData, ReportValue, ReportWarning } from './types';

export interface ValueItem {
	/** index into data.values (and into placements) */
	i: number;
	v: ReportValue;
	placement: Placement;
	warnings: ReportWarning[];
}

export interface Group {
	group: string;
	items: ValueItem[];
}

export interface ReportModel {
	groups: Group[];
	/** warnings about the whole report (no indicator) */
	general: ReportWarning[];
	/** warnings naming an indicator the report has no value for */
	orphan: ReportWarning[];
	runs: Run[];
	/** run start → indices of the values whose first run it is (the anchor `#indicator` lands there) */
	firsts: Map<number, number[]>;
	byIndicator: Map<string, number>;
}

export function reportModel(d: ReportData): ReportModel {
	const text = d.text ?? '';
	const placements = d.values.map((v) => (d.text === null ? ({ at: 'none' } as const) : place(text, v)));
	const byIndicator = new Map(d.values.map((v, i) => [v.indicator, i]));
	const groups: Group[] = [];
	for (const [i, v] of d.values.entries()) {
		const name = v.group ?? 'other';
		let g = groups.find((x) => x.group === name);
		if (!g) groups.push((g = { group: name, items: [] }));
		g.items.push({ i, v, placement: placements[i], warnings: d.warnings.filter((w) => w.indicator === v.indicator) });
	}
	const all = d.text === null ? [] : runs(text, placements);
	const firsts = new Map<number, number[]>();
	for (const [i, p] of placements.entries()) {
		if (p.at === 'none') continue;
		firsts.set(p.start, [...(firsts.get(p.start) ?? []), i]);
	}
	return {
		groups,
		general: d.warnings.filter((w) => !w.indicator),
		orphan: d.warnings.filter((w) => w.indicator && !byIndicator.has(w.indicator)),
		runs: all,
		firsts,
		byIndicator
	};
}

/** A value as the page shows it: ≈/≥ marks and the unit; yes/no flags in words. */
export function valueText(v: Pick<ReportValue, 'value' | 'qualifier' | 'unit'>, lang: 'zh' | 'en', unit: (u: string) => string): string {
	if (v.unit === 'flag' && v.value !== null) return v.value === 1 ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
	return `${formatValue(v.value, v.qualifier, lang)}${v.unit ? ` ${unit(v.unit)}` : ''}`;
}
