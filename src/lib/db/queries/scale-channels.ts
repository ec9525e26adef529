// The channels view of the national dataset at the country level: one bar per province, from the
// province summary — each channel's items summed over the towns that state it. The rows have the
// channel view's shape (the province stands where a town stands), so the same builders draw them.
// No "unattributed" rest: a province's stated total also counts towns that give no channel counts,
// so total − channels would mix the two; shares are of the channels' own sum.
import type { Query } from '../types';
import { TOTAL_INDICATOR, type ChannelRow } from './channels';

/** How a sum is qualified: approximate if any summand was, else at least if any was. */
const SUM_QUALIFIER = `CASE WHEN approx > 0 THEN 'approx' WHEN at_least > 0 THEN 'at_least' ELSE 'exact' END`;

export function provinceChannelQuery(year: number): Query<ChannelRow> {
	const sql = `WITH
q AS (
	SELECT key, name, indicator, sum, ${SUM_QUALIFIER} AS qualifier
	FROM summary WHERE level = 'province' AND year = $1 AND sum IS NOT NULL AND towns > 0
),
seg AS (SELECT * FROM q WHERE indicator IN (SELECT id FROM indicators WHERE "group" = 'channel')),
tot AS (SELECT key, sum AS total, qualifier AS total_q FROM q WHERE indicator = $2),
prov AS (SELECT key, any_value(name) AS name, sum(sum) AS ch_sum, bool_or(qualifier <> 'exact') AS rough FROM seg GROUP BY key),
ordered AS (
	SELECT p.*, t.total, t.total_q, CAST(row_number() OVER (ORDER BY p.ch_sum DESC, p.name, p.key) AS INTEGER) AS ord
	FROM prov p LEFT JOIN tot t USING (key)
)
SELECT o.key AS town_key, o.name AS town, CAST(NULL AS VARCHAR) AS county, false AS name_shared, CAST($1 AS INTEGER) AS year,
	'' AS report_id, o.ord, s.indicator AS channel, CAST(s.sum AS DOUBLE) AS value, s.qualifier,
	CASE WHEN o.ch_sum > 0 THEN round(s.sum / o.ch_sum * 100, 1) END AS share,
	CASE WHEN o.rough THEN 'approx' ELSE 'exact' END AS share_qualifier,
	CAST(o.total AS DOUBLE) AS total, o.total_q AS total_qualifier, CAST(o.ch_sum AS DOUBLE) AS channel_sum,
	CAST(o.ch_sum AS DOUBLE) AS bar, false AS over
FROM ordered o JOIN seg s USING (key)
ORDER BY o.ord, s.indicator`;
	return { sql, params: [year, TOTAL_INDICATOR] };
}
