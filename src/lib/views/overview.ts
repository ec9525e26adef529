// The overview as a pure function: state + rows → the movers chart and the coverage strip (titles,
// options, tables, CSVs). Shared by the page and the build-time prerender.
import { indicatorMeta } from '$lib/catalog';
import { COVERAGE_HEIGHT, coverageCsv, coverageOption, coverageTable } from '$lib/charts/coverage';
import { fileStem } from '$lib/charts/export';
import type { Caption, SourceLinks } from '$lib/charts/frame';
import { moversCsv, moversHeight, moversOption, moversTable, type MoversLabels } from '$lib/charts/movers';
import { datasetById } from '$lib/db/datasets';
import { MOVER_INDICATOR, type CoverageYearRow, type OverviewRows } from '$lib/db/queries/overview';
import type { Dict } from '$lib/i18n';
import { overviewText } from '$lib/i18n/overview';
import type { OverviewState } from '$lib/state/overview';
import { readable } from '$lib/state/spec';

/** What the coverage strip's query needs (and the key its rows are reused under). */
export const coverageParams = (s: OverviewState) => ({ ds: s.ds, region: s.region });

/** The year shown (the link's, else the dataset's latest) and what the queries need; undefined until the years are known. */
export function overviewParams(s: OverviewState, years: readonly number[] | undefined) {
	const year = s.year ?? years?.at(-1);
	return year === undefined ? undefined : { ds: s.ds, region: s.region, year };
}

export interface OverviewInput {
	s: OverviewState;
	/** the year shown */
	year: number | undefined;
	/** the dataset's first report year: no year before to compare with */
	firstYear: number | undefined;
	rows: OverviewRows | undefined;
	/** towns filed per year in the region (it does not change with the year shown) */
	coverage: CoverageYearRow[] | undefined;
	t: Dict;
	regionName?: string;
	/** where each mover's two values come from (the report view) */
	source?: SourceLinks;
}

export function overviewModel({ s, year, firstYear, rows, coverage, t, regionName, source }: OverviewInput) {
	const to = overviewText[s.lang];
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const ind = indicatorMeta(MOVER_INDICATOR);
	const unit = ind ? t.unit(ind.unit) : '';
	const moverLabels: MoversLabels | undefined =
		year === undefined
			? undefined
			: {
					lang: s.lang, year, unit, axis: to.moversAxis(unit), qualifier: t.qualifier, report: t.reportRef,
					cols: { prev: to.colYear, value: to.colYear, change: to.colChange, pct: to.colPct },
					source
				};
	const movers = rows?.movers;
	const moversCaption: Caption | undefined =
		year !== undefined && ind
			? { title: to.moversTitle(regionName ?? '', s.lang === 'zh' ? ind.name_zh : ind.name_en, unit, year), source: t.source(dsLabel) }
			: undefined;
	const coverageLabels = year === undefined ? undefined : { year, series: to.coverageSeries, known: to.coverageKnown, tip: to.coverageTip };
	return {
		year,
		movers: {
			caption: moversCaption,
			option: movers && moverLabels && movers.length > 0 ? moversOption(movers, moverLabels) : undefined,
			height: moversHeight(movers ?? []),
			table: movers && moverLabels ? moversTable(movers, moverLabels) : undefined,
			csv: movers && year !== undefined ? moversCsv(movers, MOVER_INDICATOR, year) : undefined,
			stem: fileStem([MOVER_INDICATOR, 'movers', regionName ?? dsLabel, year]),
			empty: movers && year !== undefined && movers.length === 0 ? (year === firstYear ? to.moversFirst(year) : to.moversNone(year)) : ''
		},
		coverage: {
			caption: { title: to.coverageTitle(regionName ?? ''), source: t.source(dsLabel) } satisfies Caption,
			option: coverage && coverageLabels ? coverageOption(coverage, coverageLabels) : undefined,
			height: COVERAGE_HEIGHT,
			table: coverage && coverageLabels ? coverageTable(coverage, coverageLabels) : undefined,
			csv: coverage ? coverageCsv(coverage) : undefined,
			stem: fileStem(['coverage', regionName ?? dsLabel]),
			/** counts of towns: never approximate, so no ≈/≥ legend */
			marks: false as const
		},
		/** the share link's state: the year shown, pinned */
		linkState: { ...s, year }
	};
}

/**
 * Links out of the overview with every key that defines the target view pinned: the query
 * queryOf(<view>_SPECS, state, 'link') writes (a unit test holds the two together), built here so the
 * home page does not load the other views' parsers.
 */
export function overviewLinks(s: OverviewState, year: number | undefined, base: string) {
	const query = (pairs: [string, string | number | undefined][]) =>
		readable(new URLSearchParams(pairs.flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))));
	const lang = s.lang === 'en' ? 'en' : undefined;
	return {
		/** the ranking of `ind` in the year shown: it explains a total, a median and a change */
		ranking: (ind: string) => `${base}/rankings?${query([['ds', s.ds], ['ind', ind], ['region', s.region], ['year', year], ['order', 'desc'], ['lang', lang]])}`,
		/** the Data view's coverage matrix of the region: which towns filed in which years, with warnings */
		data: () => `${base}/data?${query([['ds', s.ds], ['region', s.region], ['lang', lang]])}`,
		/** these towns' proactive disclosures in the year before and the year shown: a mover's two points */
		trends: (towns: string[]) =>
			`${base}/trends?${query([
				['ds', s.ds], ['ind', MOVER_INDICATOR], ['region', s.region], ['towns', towns.join(',')],
				['from', year === undefined ? undefined : year - 1], ['to', year], ['lang', lang]
			])}`
	};
}
