// The channel SQL on real DuckDB (Node), answers worked out by hand from tests/fixtures/db-channels:
// 甲县 (990101): 松山镇 A, 零乡 B (no 2018 report), 孤镇 C; 乙县 (990102): 松山镇 D, 空村 E, 荒镇 G.
// 2019 — A: total 100, website 30, wechat ≈20 → ≈50 unattributed. B: 40 = 25 + 15. C: total 10 but
// website 8 + weibo 6 = 14 (over). D: total ≥60, no channel. E: total ≥50, platform 20 → ≥30
// unattributed. G: a report without values. 2018 — A: uses.wechat, website 5; C: uses.website,
// wechat stated 0; D: uses.website, uses.wechat. 2016 — E: uses.platform. 2017: no reports at all.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptionQuery, channelQuery, type AdoptionRow, type ChannelRow } from '../../../src/lib/db/queries/channels';
import { runQuery } from '../../../src/lib/db/queries/run';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const DIR = fileURLToPath(new URL('../../fixtures/db-channels/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../../static/data/indicators.csv', import.meta.url));
let db: NodeDb;
beforeAll(async () => {
	db = await openDataset(DIR, CATALOG);
});
afterAll(() => db.close());

const channels = (year: number, region = '') => runQuery(db.run, channelQuery({ year, region }));
const segs = (rows: ChannelRow[], town: string) =>
	rows.filter((r) => r.town_key === town && r.channel).map((r) => [r.channel, r.value, r.qualifier, r.share, r.share_qualifier]);
const A = '990101001', B = '990101002', C = '990101003', D = '990102001', E = '990102002', G = '990102003';

describe('channelQuery', () => {
	it('orders towns by bar length; towns without channel counts come last, once, with channel null', async () => {
		const rows = await channels(2019);
		const order = [...new Map(rows.map((r) => [r.town_key, r.ord])).entries()];
		expect(order).toEqual([[A, 1], [E, 2], [B, 3], [C, 4], [D, 5], [G, 6]]);
		expect(rows.filter((r) => r.town_key === D).map((r) => [r.channel, r.total, r.total_qualifier, r.bar])).toEqual([[null, 60, 'at_least', null]]);
		expect(rows.filter((r) => r.town_key === G).map((r) => [r.channel, r.total, r.bar])).toEqual([[null, null, null]]);
	});

	it('adds an unattributed segment when the stated total exceeds the channels, approximate if any part is', async () => {
		const rows = await channels(2019);
		expect(segs(rows, A)).toEqual([
			['channel.website', 30, 'exact', 30, 'exact'],
			['channel.wechat', 20, 'approx', 20, 'approx'],
			['unattributed', 50, 'approx', 50, 'approx']
		]);
		expect(rows.find((r) => r.town_key === A)).toMatchObject({ total: 100, channel_sum: 50, bar: 100, over: false });
	});

	it('keeps an at-least total as at-least, and every share of that bar approximate', async () => {
		expect(segs(await channels(2019), E)).toEqual([
			['channel.platform', 20, 'exact', 40, 'approx'],
			['unattributed', 30, 'at_least', 60, 'approx']
		]);
	});

	it('adds nothing when the channels add up to the total, and flags channels that exceed it', async () => {
		const rows = await channels(2019);
		expect(segs(rows, B)).toEqual([
			['channel.website', 25, 'exact', 62.5, 'exact'],
			['channel.wechat', 15, 'exact', 37.5, 'exact']
		]);
		expect(segs(rows, C)).toEqual([
			['channel.website', 8, 'exact', 57.1, 'exact'],
			['channel.weibo', 6, 'exact', 42.9, 'exact']
		]);
		expect(rows.find((r) => r.town_key === C)).toMatchObject({ total: 10, channel_sum: 14, bar: 14, over: true });
	});

	it('draws a bar without a total from its channels alone; a stated zero has no share', async () => {
		const rows = await channels(2018);
		expect(segs(rows, A)).toEqual([['channel.website', 5, 'exact', 100, 'exact']]);
		expect(segs(rows, C)).toEqual([['channel.wechat', 0, 'zero_stated', null, 'zero_stated']]);
		expect(rows.filter((r) => r.town_key === D).map((r) => r.channel)).toEqual([null]);
		expect(rows.some((r) => r.town_key === B)).toBe(false); // no 2018 report
	});

	it('filters by region', async () => {
		const rows = await channels(2019, '990102');
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([E, D, G]);
		expect((await channels(2017)).length).toBe(0);
	});
});

const share = (rows: AdoptionRow[], channel: string) => rows.filter((r) => r.channel === `channel.${channel}`).map((r) => [r.year, r.share]);

describe('adoptionQuery', () => {
	it('covers every year from the first report to the last, for each channel with a uses.* flag', async () => {
		const rows = await runQuery(db.run, adoptionQuery(''));
		expect([...new Set(rows.map((r) => r.year))]).toEqual([2016, 2017, 2018, 2019]);
		expect([...new Set(rows.map((r) => r.channel))].sort()).toEqual(
			['channel.bulletin', 'channel.gazette', 'channel.new_media', 'channel.platform', 'channel.website', 'channel.wechat', 'channel.weibo']
		);
	});

	it('divides by the towns that reported that year: skipped years count in neither; no reports = a gap', async () => {
		const rows = await runQuery(db.run, adoptionQuery(''));
		// 2018: A, C, D reported (B skipped); website: A by count, C and D by flag; wechat: A and D (C stated 0)
		expect(share(rows, 'website')).toEqual([[2016, 0], [2017, null], [2018, 100], [2019, 50]]);
		expect(share(rows, 'wechat')).toEqual([[2016, 0], [2017, null], [2018, 66.7], [2019, 33.3]]);
		expect(share(rows, 'platform')).toEqual([[2016, 100], [2017, null], [2018, 0], [2019, 16.7]]);
		const y2019 = rows.find((r) => r.channel === 'channel.weibo' && r.year === 2019);
		expect(y2019).toMatchObject({ reporting: 6, using: 1, share: 16.7 });
		expect(rows.find((r) => r.year === 2017)).toMatchObject({ reporting: 0, using: null, share: null });
	});

	it('counts only the region’s towns', async () => {
		const rows = await runQuery(db.run, adoptionQuery('990101'));
		expect(share(rows, 'website')).toEqual([[2016, null], [2017, null], [2018, 100], [2019, 100]]);
		expect(share(rows, 'wechat')).toEqual([[2016, null], [2017, null], [2018, 50], [2019, 66.7]]);
		expect(share(rows, 'weibo')).toEqual([[2016, null], [2017, null], [2018, 0], [2019, 33.3]]);
	});

	it('binds the region; hostile text never reaches the SQL', async () => {
		const evil = "990101' OR 1=1 --";
		const q = adoptionQuery(evil);
		expect(q.sql).not.toContain(evil);
		const rows = await runQuery(db.run, q);
		expect(rows.every((r) => r.share === null)).toBe(true);
	});
});
