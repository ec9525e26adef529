// How towns publish: items per channel (counts and shares of each town's bar) in one year, and
// channel adoption over the years. The channels are the catalog's `channel` group, so an indicator
// added there shows up without code; SQL owns every sum, share and count.
import type { Qualifier, Query } from '../types';
import { inRegion } from './run';

/** The stated total a town's channels are checked against. */
export const TOTAL_INDICATOR = 'active.total';
/** The segment for items the total counts but no channel does. */
export const UNATTRIBUTED = 'unattributed';

/**
 * One segment of one town's bar. Towns with a report but no channel count come once, with
 * `channel` null: they are listed apart (missing is not zero).
 */
export interface ChannelRow {
	town_key: string;
	town: string;
	county: string | null;
	name_shared: boolean;
	year: number;
	report_id: string;
	/** 1 = the longest bar */
	ord: number;
	/** an indicator id of the channel group, or 'unattributed'; null = no channel counts */
	channel: string | null;
	value: number | null;
	qualifier: Qualifier | null;
	/** value / bar × 100, rounded to 0.1 */
	share: number | null;
	/** approx when the segment or the bar it is a share of is not exact */
	share_qualifier: Qualifier | null;
	/** the stated active.total, if any */
	total: number | null;
	total_qualifier: Qualifier | null;
	/** the sum of the stated channel counts (null: none stated) */
	channel_sum: number | null;
	/** the bar's length: the larger of the stated total and the channel sum */
	bar: number | null;
	/** the channels add up to more than the stated total (an item on several channels counts once in it) */
	over: boolean;
}

export interface ChannelParams {
	/** a region key; '' = every town */
	region: string;
	year: number;
}

/** A value is rough when the report hedged it (多, 余, 超过…): sums and shares built on it are too. */
const ROUGH = `('approx', 'at_least')`;

export function channelQuery(p: ChannelParams): Query<ChannelRow> {
	const sql = `WITH
chan AS (SELECT id FROM indicators WHERE "group" = 'channel'),
one AS (
	SELECT report_id, town_key FROM town_reports
	WHERE town_key IS NOT NULL AND year = $2 AND ${inRegion(1)}
	-- one report per town: a town's segments must come from the same report
	QUALIFY row_number() OVER (PARTITION BY town_key ORDER BY report_id) = 1
),
stated AS (
	SELECT o.town_key, v.indicator, v.value, v.qualifier
	FROM one o JOIN vals v USING (report_id)
	WHERE v.value IS NOT NULL AND (v.indicator = $3 OR v.indicator IN (SELECT id FROM chan))
	QUALIFY row_number() OVER (PARTITION BY o.town_key, v.indicator ORDER BY v.start) = 1
),
per_town AS (
	SELECT o.town_key, o.report_id,
		max(s.value) FILTER (WHERE s.indicator = $3) AS total,
		max(s.qualifier) FILTER (WHERE s.indicator = $3) AS total_q,
		sum(s.value) FILTER (WHERE s.indicator <> $3) AS ch_sum,
		coalesce(bool_or(s.qualifier IN ${ROUGH}) FILTER (WHERE s.indicator <> $3), false) AS ch_rough
	FROM one o LEFT JOIN stated s USING (town_key)
	GROUP BY o.town_key, o.report_id
),
bars AS (
	SELECT *,
		CASE WHEN ch_sum IS NOT NULL THEN greatest(total, ch_sum) END AS bar,
		CASE WHEN total > ch_sum THEN total - ch_sum END AS unattributed,
		CASE WHEN total > ch_sum THEN
			CASE WHEN total_q = 'approx' OR ch_rough THEN 'approx' WHEN total_q = 'at_least' THEN 'at_least' ELSE 'exact' END
		END AS unattributed_q,
		-- the bar is as exact as whatever sets its length
		CASE WHEN total >= ch_sum THEN total_q IN ${ROUGH} ELSE ch_rough END AS bar_rough,
		coalesce(ch_sum > total, false) AS over
	FROM per_town
),
segs AS (
	SELECT town_key, indicator AS channel, value, qualifier FROM stated WHERE indicator <> $3
	UNION ALL
	SELECT town_key, '${UNATTRIBUTED}', unattributed, unattributed_q FROM bars WHERE unattributed IS NOT NULL
),
ordered AS (
	SELECT b.*, w.town, w.county, w.name_shared,
		CAST(row_number() OVER (ORDER BY b.bar DESC NULLS LAST, w.town, b.town_key) AS INTEGER) AS ord
	FROM bars b JOIN towns w USING (town_key)
)
SELECT o.town_key, o.town, o.county, o.name_shared, CAST($2 AS INTEGER) AS year, o.report_id, o.ord,
	g.channel, CAST(g.value AS DOUBLE) AS value, g.qualifier,
	CASE WHEN o.bar > 0 THEN round(g.value / o.bar * 100, 1) END AS share,
	CASE WHEN g.channel IS NULL THEN NULL
		WHEN g.qualifier IN ${ROUGH} OR o.bar_rough THEN 'approx' ELSE g.qualifier END AS share_qualifier,
	CAST(o.total AS DOUBLE) AS total, o.total_q AS total_qualifier, CAST(o.ch_sum AS DOUBLE) AS channel_sum,
	CAST(o.bar AS DOUBLE) AS bar, o.over
FROM ordered o LEFT JOIN segs g USING (town_key)
ORDER BY o.ord, g.channel`;
	return { sql, params: [p.region, p.year, TOTAL_INDICATOR] };
}

/** One channel in one year: how many reporting towns use it. */
export interface AdoptionRow {
	/** the channel's count indicator (channel.*) */
	channel: string;
	year: number;
	/** towns of the region with a readable report that year (the denominator) */
	reporting: number;
	/** of those, towns whose report flags the channel (uses.*) or counts items on it (> 0); null when none reported */
	using: number | null;
	/** using / reporting × 100, rounded to 0.1; null for a year without reports (a gap, not 0 %) */
	share: number | null;
}

/**
 * Adoption of each channel that has a `uses.*` twin in the catalog, over every year from the
 * dataset's first report year to its last. A town that skipped a year is in neither count that year.
 */
export function adoptionQuery(region: string): Query<AdoptionRow> {
	const sql = `WITH
chan AS (
	SELECT c.id AS channel, f.id AS flag FROM indicators c JOIN indicators f ON f.id = 'uses.' || substr(c.id, 9)
	WHERE c."group" = 'channel'
),
-- either indicator of a channel says the town uses it
signals AS (SELECT flag AS indicator, channel FROM chan UNION ALL SELECT channel, channel FROM chan),
tr AS (SELECT town_key, year, report_id FROM town_reports WHERE town_key IS NOT NULL AND ${inRegion(1)}),
bounds AS (SELECT min(year) AS lo, max(year) AS hi FROM town_reports),
years AS (SELECT CAST(unnest(generate_series(lo, hi)) AS INTEGER) AS year FROM bounds),
reporting AS (SELECT year, count(DISTINCT town_key) AS n FROM tr GROUP BY year),
users AS (
	SELECT g.channel, t.year, count(DISTINCT t.town_key) AS n
	FROM tr t JOIN vals v USING (report_id) JOIN signals g USING (indicator)
	WHERE v.value > 0
	GROUP BY g.channel, t.year
)
SELECT c.channel, y.year, CAST(coalesce(r.n, 0) AS INTEGER) AS reporting,
	CASE WHEN r.n > 0 THEN CAST(coalesce(u.n, 0) AS INTEGER) END AS "using",
	CASE WHEN r.n > 0 THEN round(coalesce(u.n, 0) * 100.0 / r.n, 1) END AS share
FROM chan c CROSS JOIN years y
LEFT JOIN reporting r ON r.year = y.year
LEFT JOIN users u ON u.channel = c.channel AND u.year = y.year
ORDER BY c.channel, y.year`;
	return { sql, params: [region] };
}
