// The trends view as a pure function: state + rows → what the page shows (title, option, table, CSV,
// notes, the chips). The page and the build-time prerender both call it, so the static first paint
// and the live chart are built by the same code from the same rows.
import { indicatorMeta } from '$lib/catalog';
import { fileStem } from '$lib/charts/export';
import type { Caption, SourceLinks } from '$lib/charts/frame';
import { trendCsv, trendNotes, trendOption, trendTable, trendYears, type TrendLabels } from '$lib/charts/trend';
import { datasetById } from '$lib/db/datasets';
import type { TrendParams } from '$lib/db/queries/trends';
import type { TrendRow } from '$lib/db/types';
import type { Dict } from '$lib/i18n';
import { trendsText } from '$lib/i18n/trends';
import type { TrendState } from '$lib/state/trends';

/** What the trend query needs from the state: also the key under which its rows are reused. */
export const trendParams = (s: TrendState): TrendParams & { ds: TrendState['ds'] } => ({
	ds: s.ds, indicator: s.ind, towns: s.towns, from: s.from, to: s.to, region: s.region
});

export interface TrendsInput {
	s: TrendState;
	rows: TrendRow[] | undefined;
	t: Dict;
	/** chart width in px */
	width: number;
	regionName?: string;
	selected?: { town_key: string; year: number };
	/** where each number's source sentence is (the report view) */
	source?: SourceLinks;
}

export const trendHeight = (width: number) => (width < 640 ? 360 : 420);

export function trendsModel({ s, rows, t, width, regionName, selected, source }: TrendsInput) {
	const tt = trendsText[s.lang];
	const indicator = indicatorMeta(s.ind);
	const chosen = rows ? [...new Map(rows.map((r) => [r.town_key, r])).values()] : [];
	/** the default selection is shown: no towns in the link, or none of them in this dataset */
	const auto = !chosen.some((c) => s.towns.includes(c.town_key));
	const years = rows ? trendYears(rows) : [];
	const from = s.from ?? years[0];
	const to = s.to ?? years[years.length - 1];
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const labels: TrendLabels | undefined = indicator && {
		lang: s.lang,
		mode: s.mode,
		scale: s.scale,
		unit: t.unit(indicator.unit),
		axis: s.mode === 'abs' ? t.valueAxis(t.unit(indicator.unit)) : s.mode === 'index' ? tt.axisIndex : tt.axisYoy,
		qualifier: t.qualifier,
		missing: t.notReported,
		report: t.reportRef,
		width,
		selected,
		source
	};
	const hasValue = rows?.some((r) => r.value !== null) ?? false;
	const caption: Caption | undefined =
		indicator && from !== undefined
			? {
					title: tt.trendTitle(
						s.lang === 'zh' ? indicator.name_zh : indicator.name_en,
						s.mode === 'abs' ? t.unit(indicator.unit) : tt.trendUnit[s.mode],
						tt.trendModeWord[s.mode],
						regionName && auto ? `${regionName} ${tt.trendScope(chosen.length)}` : tt.trendScope(chosen.length),
						from,
						to
					),
					source: t.source(dsLabel)
				}
			: undefined;
	return {
		labels,
		chosen,
		auto,
		from,
		to,
		caption,
		height: trendHeight(width),
		option: rows && labels && hasValue ? trendOption(rows, labels) : undefined,
		table: rows && labels ? trendTable(rows, labels) : undefined,
		csv: rows ? trendCsv(rows, s.ind) : undefined,
		notes: rows && labels ? trendNotes(rows, labels, tt) : [],
		empty: rows && !hasValue ? tt.noData : '',
		stem: fileStem([s.ind, regionName ?? dsLabel, from, to, s.mode === 'abs' ? undefined : s.mode]),
		/** the share link's state: the towns and years shown, pinned */
		linkState: { ...s, towns: chosen.map((c) => c.town_key), from, to }
	};
}
