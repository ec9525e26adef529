// The channels view as a pure function: state + the two queries' rows + the dataset context → what
// the page shows (the per-town bars, the adoption lines, their titles, tables, CSVs and notes). The
// page and the build-time prerender both call it, so the static first paint and the live charts are
// built by the same code from the same rows.
import { indicatorMeta } from '$lib/catalog';
import { adoptionCsv, adoptionOption, adoptionTable, adoptionYears, type AdoptionLabels } from '$lib/charts/adoption';
import { channelCsv, channelHeight, channelOption, channelTable, channelTowns, withoutBreakdown, type ChannelLabels } from '$lib/charts/channels';
import { fileStem } from '$lib/charts/export';
import { formatValue, townLabel } from '$lib/charts/format';
import type { Caption } from '$lib/charts/frame';
import type { DatasetContext } from '$lib/db/dataset';
import { atCountryLevel, datasetById, type DatasetId } from '$lib/db/datasets';
import { TOTAL_INDICATOR, UNATTRIBUTED, type AdoptionRow, type ChannelParams, type ChannelRow } from '$lib/db/queries/channels';
import type { Dict } from '$lib/i18n';
import { channelsText } from '$lib/i18n/channels';
import type { ChannelState } from '$lib/state/channels';

/** The year of the bars: the link's, else the dataset's latest report year (unknown until the context is). */
export const channelYear = (s: ChannelState, ctx: DatasetContext | undefined): number | undefined =>
	s.year ?? ctx?.years[ctx.years.length - 1];

/** What the bars' query needs: also the key its rows are reused under (undefined: the year is not known yet). */
export function channelParams(s: ChannelState, ctx: DatasetContext | undefined): (ChannelParams & { ds: DatasetId; byProvince: boolean }) | undefined {
	const year = channelYear(s, ctx);
	return year === undefined ? undefined : { ds: s.ds, region: s.region, year, byProvince: channelsByProvince(s) };
}

/** The national dataset at the country level draws one bar per province (its summary), not 40,000 towns. */
export const channelsByProvince = (s: ChannelState): boolean => atCountryLevel(s);

/** What the adoption query needs (every year: the year filter does not apply). */
export const adoptionParams = (s: ChannelState): { ds: DatasetId; region: string } => ({ ds: s.ds, region: s.region });

export interface ChannelsInput {
	s: ChannelState;
	/** the bars' rows (channelQuery) */
	rows: ChannelRow[] | undefined;
	/** the adoption rows (adoptionQuery) */
	arows: AdoptionRow[] | undefined;
	/** the dataset context of `s.ds` (undefined while it loads) */
	ctx: DatasetContext | undefined;
	t: Dict;
	/** chart width in px */
	width: number;
}

export function channelsModel({ s, rows, arows, ctx, t, width }: ChannelsInput) {
	const byProvince = channelsByProvince(s);
	const tc = channelsText[s.lang];
	const year = channelYear(s, ctx);
	const unitWord = t.unit(indicatorMeta(TOTAL_INDICATOR)?.unit ?? '条');
	const regionName = s.region ? (ctx?.regions.find((r) => r.key === s.region)?.name ?? '') : '';
	const dsLabel = s.lang === 'zh' ? datasetById(s.ds).zh : datasetById(s.ds).en;
	const name = (c: string) => tc.names[c] ?? indicatorMeta(c)?.[s.lang === 'zh' ? 'name_zh' : 'name_en'] ?? c;
	const noReports = ctx?.summary.reports === 0;

	const bp = byProvince ? tc.byProvince : undefined;
	const labels: ChannelLabels = {
		lang: s.lang,
		view: s.view,
		unit: unitWord,
		axis: s.view === 'counts' ? t.valueAxis(unitWord) : (bp ?? tc).axisShares,
		name,
		qualifier: t.qualifier,
		statedTotal: (bp ?? tc).statedTotal,
		noTotal: tc.noTotal,
		over: tc.over,
		report: t.reportRef,
		totalCol: (bp ?? tc).totalCol,
		width
	};
	const towns = rows ? channelTowns(rows, s.lang) : [];
	const hasRest = rows?.some((r) => r.channel === UNATTRIBUTED) ?? false;
	const over = towns.filter((x) => x.first.over);
	const bars = {
		caption: (year !== undefined && ctx
			? {
					title: bp ? bp.title(s.view, year) : tc.title(regionName, s.view, year),
					source: bp ? `${t.source(dsLabel)}\n${bp.note}` : hasRest ? `${t.source(dsLabel)}\n${tc.unattributedNote}` : t.source(dsLabel)
				}
			: undefined) satisfies Caption | undefined,
		option: rows && towns.length > 0 && ctx ? channelOption(rows, labels) : undefined,
		height: rows ? channelHeight(rows, labels) : 320,
		table: rows ? channelTable(rows, labels, t.notReported) : undefined,
		csv: rows ? channelCsv(rows) : undefined,
		stem: fileStem(['channels', bp ? bp.colProvince : regionName || dsLabel, year, s.view]),
		/** what a row of the table is */
		rowHead: bp ? bp.colProvince : t.colTown,
		empty: noReports ? t.empty : rows && towns.length === 0 && year !== undefined ? tc.empty(year) : '',
		notes: over.length ? [tc.overNote(over.map((x) => x.label).join('、'))] : [],
		/** towns with a report but no channel counts: listed under the bars, never drawn as zero */
		apart: rows && {
			title: tc.noBreakdownTitle(withoutBreakdown(rows).length),
			note: tc.noBreakdownNote,
			items: withoutBreakdown(rows).map((r) => ({
				key: r.town_key,
				town: r.town,
				text: tc.noBreakdownItem(townLabel(r, s.lang), r.total === null ? '' : `${formatValue(r.total, r.total_qualifier, s.lang)} ${unitWord}`)
			}))
		}
	};

	const alabels: AdoptionLabels = { lang: s.lang, axis: tc.axisAdoption, name, towns: tc.towns, missing: t.notReported, width };
	const ayears = arows ? adoptionYears(arows) : [];
	// at the country level adoption waits for a province; its frame still says what it will show
	const span = ayears.length ? ayears : byProvince ? (ctx?.years ?? []) : [];
	const adoption = {
		caption: (span.length && ctx
			? { title: tc.adoptionTitle(regionName, span[0], span[span.length - 1]), source: `${t.source(dsLabel)}\n${tc.adoptionNote}` }
			: undefined) satisfies Caption | undefined,
		option: arows && arows.some((r) => r.share !== null) && ctx ? adoptionOption(arows, alabels) : undefined,
		height: width < 640 ? 380 : 420,
		table: arows ? adoptionTable(arows, alabels) : undefined,
		csv: arows ? adoptionCsv(arows) : undefined,
		stem: fileStem(['channel-adoption', regionName || dsLabel, ayears[0], ayears[ayears.length - 1]]),
		empty: noReports ? t.empty : ''
	};

	return {
		tc,
		year,
		bars,
		adoption,
		/** the share link's state: the year shown, pinned (undefined until it is known) */
		linkState: year === undefined ? undefined : { ...s, year }
	};
}
