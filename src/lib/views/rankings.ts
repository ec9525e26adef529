// The ranking view as a pure function: state + rows → title, option, table, CSV. Shared by the page
// and the build-time prerender.
import { indicatorMeta } from '$lib/catalog';
import { fileStem } from '$lib/charts/export';
import type { Caption, SourceLinks } from '$lib/charts/frame';
import { MAX_BARS, rankingCsv, rankingData, rankingHeight, rankingOption, rankingTable, type RankingLabels } from '$lib/charts/ranking';
import { datasetById } from '$lib/db/datasets';
import type { RankingParams } from '$lib/db/queries/ranking';
import type { RankingRow } from '$lib/db/types';
import type { Dict } from '$lib/i18n';
import type { RankingState } from '$lib/state/rankings';

export const rankingParams = (s: RankingState): RankingParams & { ds: RankingState['ds'] } => ({
	ds: s.ds, indicator: s.ind, year: s.year, region: s.region
});

export interface RankingsInput {
	s: RankingState;
	rows: RankingRow[] | undefined;
	t: Dict;
	regionName?: string;
	/** the dataset has no township report at all */
	noReports?: boolean;
	/** where each number's source sentence is (the report view) */
	source?: SourceLinks;
}

export function rankingsModel({ s, rows, t, regionName, noReports, source }: RankingsInput) {
	const indicator = indicatorMeta(s.ind);
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const bars = rows ? rankingData(rows).length : 0;
	const labels: RankingLabels | undefined = indicator && {
		lang: s.lang,
		valueAxis: t.valueAxis(t.unit(indicator.unit)),
		qualifier: t.qualifier,
		rank: t.tooltipRank,
		prevYear: s.year === undefined ? undefined : t.prevYear,
		report: t.reportRef,
		cols: { rank: t.colRank, county: t.colCounty, year: t.colYear, value: t.colValue, change: t.colChange },
		source
	};
	const caption: Caption | undefined = indicator && {
		title: t.rankingTitle(
			s.lang === 'zh' ? indicator.name_zh : indicator.name_en,
			t.unit(indicator.unit),
			s.year ? t.yearScope(s.year) : t.latestYear,
			regionName ?? ''
		),
		source: bars > MAX_BARS ? `${t.source(dsLabel)}\n${t.topOf(MAX_BARS, bars)}` : t.source(dsLabel)
	};
	return {
		labels,
		caption,
		height: rows ? rankingHeight(rows) : 300,
		option: rows && labels && bars > 0 ? rankingOption(rows, labels) : undefined,
		table: rows && labels ? rankingTable(rows, labels) : undefined,
		csv: rows ? rankingCsv(rows, s.ind) : undefined,
		empty: noReports ? t.empty : rows && bars === 0 ? t.noneReported : '',
		stem: fileStem([s.ind, regionName ?? dsLabel, s.year ?? t.latestYear])
	};
}
