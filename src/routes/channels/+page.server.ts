// Build time only: the default channels view (the latest year's bars and the adoption lines) for the
// first paint. The year is resolved from the dataset's context as the page resolves it.
import { DEFAULT_DATASET } from '$lib/db/datasets';
import { adoptionQuery, channelQuery } from '$lib/db/queries/channels';
import { runQuery } from '$lib/db/queries/run';
import { dict } from '$lib/i18n';
import { opened, part, STATIC_WIDTH } from '$lib/server/prerender';
import { CHANNEL_SPECS, parseChannels } from '$lib/state/channels';
import { queryOf } from '$lib/state/spec';
import { adoptionParams, channelParams, channelsModel } from '$lib/views/channels';

export const prerender = true;

export async function load() {
	const s = { ...parseChannels(new URLSearchParams()).state, ds: DEFAULT_DATASET };
	const { db, ctx } = await opened(s.ds);
	const bp = channelParams(s, ctx);
	if (!bp) throw new Error(`channels: the ${s.ds} dataset has no report year to prerender`);
	const ap = adoptionParams(s);
	const rows = await runQuery(db.run, channelQuery(bp));
	const arows = await runQuery(db.run, adoptionQuery(ap.region));
	const m = channelsModel({ s, rows, arows, ctx, t: dict(s.lang), width: STATIC_WIDTH });
	return {
		initial: {
			ctx,
			bars: part(bp, rows, m.bars),
			adoption: part(ap, arows, m.adoption),
			defaultQuery: queryOf(CHANNEL_SPECS, { ...s, year: bp.year }, 'link')
		}
	};
}
