// The compare view as a pure function: state + the compare rows + the dataset context → what the
// page shows (the towns, the grid model, its hook numbers, title, table, CSV, notes, the link). The
// page and the build-time prerender both call it, so the grid in the HTML and the live grid are
// built by the same code from the same rows.
import { CATALOG } from '$lib/catalog';
import { compareCsv, compareModel, compareSummary, compareTable, compareTowns, type CompareLabels } from '$lib/charts/compare';
import { compareSvg } from '$lib/charts/compare-svg';
import { fileStem } from '$lib/charts/export';
import type { Caption, Figure } from '$lib/charts/frame';
import type { DatasetContext } from '$lib/db/dataset';
import { datasetById, type DatasetId } from '$lib/db/datasets';
import type { CompareData, CompareParams } from '$lib/db/queries/compare';
import type { Dict } from '$lib/i18n';
import { compareText } from '$lib/i18n/compare';
import type { CompareState } from '$lib/state/compare';

/** What the compare queries need from the state: also the key under which their rows are reused. */
export const compareParams = (s: CompareState): CompareParams & { ds: DatasetId } => ({ ds: s.ds, towns: s.towns, year: s.year });

/** The sparklines' x axis: every year from the dataset's first report to its last. */
export function sparkYears(ctx: DatasetContext | undefined): number[] {
	const y = ctx?.years ?? [];
	return y.length ? Array.from({ length: y[y.length - 1] - y[0] + 1 }, (_, i) => y[0] + i) : [];
}

export interface CompareInput {
	s: CompareState;
	data: CompareData | undefined;
	/** the dataset context of `s.ds` (undefined while it loads) */
	ctx: DatasetContext | undefined;
	t: Dict;
	/** the standard-table groups the reader opened (read when the SVG is downloaded) */
	expanded?: ReadonlySet<string>;
}

export function compareView({ s, data, ctx, t, expanded }: CompareInput) {
	const tc = compareText[s.lang];
	const rows = data?.rows;
	const towns = rows ? compareTowns(rows, s.lang) : [];
	const chosen = rows ? [...new Map(rows.map((r) => [r.town_key, r])).values()].sort((a, b) => a.ord - b.ord) : [];
	const year = rows?.[0]?.year;
	const labels: CompareLabels = {
		lang: s.lang,
		missing: t.notReported,
		groupName: (g) => t.groups[g] ?? g,
		unit: t.unit,
		withUnit: t.indicatorOption,
		qualifier: t.qualifier,
		largest: tc.largest
	};
	const model = data && ctx ? compareModel(data.rows, data.points, CATALOG, sparkYears(ctx), labels) : undefined;
	const words = model && { indicator: tc.colIndicator, noReport: tc.noReport(model.year), hidden: tc.hidden };
	const figure: Figure | undefined =
		model && words && model.groups.length
			? { summary: compareSummary(model), svg: (caption, width) => compareSvg(model, caption, width, words, expanded) }
			: undefined;
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const caption: Caption | undefined =
		year !== undefined && towns.length
			? { title: tc.title(towns.map((x) => x.label).join(s.lang === 'zh' ? '、' : ', '), year), source: t.source(dsLabel) }
			: undefined;
	/** the default pair is shown: none of the link's towns is in this dataset (or the link names none) */
	const auto = !towns.some((x) => s.towns.includes(x.key));
	const padded = auto ? [] : towns.filter((x) => x.added);
	return {
		tc,
		towns,
		chosen,
		auto,
		year,
		model,
		figure,
		caption,
		table: model ? compareTable(model) : undefined,
		csv: model ? compareCsv(model) : undefined,
		stem: fileStem(['compare', ...towns.map((x) => x.label), year]),
		empty: ctx?.summary.reports === 0 ? t.empty : model && !model.groups.length ? tc.empty : '',
		notes: padded.map((x) => tc.padded(x.label)),
		/** the share link's state: the towns and year shown, pinned */
		linkState: rows && year !== undefined ? { ...s, towns: towns.map((x) => x.key), year } : undefined
	};
}
