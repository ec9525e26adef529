// The ranking view as a pure function: state + rows → title, option, table, CSV. Shared by the page
// and the build-time prerender.
import { indicatorMeta } from '$lib/catalog';
import { fileStem } from '$lib/charts/export';
import type { Caption, SourceLinks } from '$lib/charts/frame';
import { rankedRows, rankingCsv, rankingHeight, rankingOption, rankingTable, shownRows, type RankingLabels } from '$lib/charts/ranking';
import { datasetById } from '$lib/db/datasets';
import type { RankingParams, RankingRow } from '$lib/db/queries/ranking';
import type { Dict } from '$lib/i18n';
import { rankingsText } from '$lib/i18n/rankings';
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
	const tr = rankingsText[s.lang];
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const ranked = rows ? rankedRows(rows, s.order).length : 0;
	const bars = rows ? shownRows(rows, s).length : 0;
	const labels: RankingLabels | undefined = indicator && {
		lang: s.lang,
		unit: t.unit(indicator.unit),
		valueAxis: t.valueAxis(t.unit(indicator.unit)),
		qualifier: t.qualifier,
		rank: tr.rank,
		prevYear: s.year === undefined ? undefined : s.year - 1,
		fresh: tr.fresh,
		moveWords: tr.move,
		prevWords: tr.prev,
		report: t.reportRef,
		cols: { rank: t.colRank, county: t.colCounty, year: t.colYear, value: t.colValue, prev: tr.colPrev, change: tr.colMove },
		order: s.order,
		all: s.all,
		source
	};
	const caption: Caption | undefined = indicator && {
		title: tr.title(
			s.lang === 'zh' ? indicator.name_zh : indicator.name_en,
			t.unit(indicator.unit),
			s.year ? t.yearScope(s.year) : t.latestYear,
			regionName ?? '',
			s.order === 'asc'
		),
		source: bars < ranked ? `${t.source(dsLabel)}\n${tr.topOf(bars, ranked)}` : t.source(dsLabel)
	};
	return {
		labels,
		caption,
		/** towns with a value (the bars "show all" would draw) */
		ranked,
		height: rankingHeight(bars),
		option: rows && labels && bars > 0 ? rankingOption(rows, labels) : undefined,
		table: rows && labels ? rankingTable(rows, labels) : undefined,
		csv: rows ? rankingCsv(rows, s.ind) : undefined,
		empty: noReports ? t.empty : rows && ranked === 0 ? t.noneReported : '',
		marks: s.year === undefined ? '' : tr.moveNote,
		stem: fileStem([s.ind, regionName ?? dsLabel, s.year ?? t.latestYear, s.order === 'asc' ? 'asc' : undefined])
	};
}
