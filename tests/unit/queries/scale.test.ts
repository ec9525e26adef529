// The national `scale` dataset on real DuckDB (Node): the tiny partitioned Parquet fixture
// tests/fixtures/scale (built from src/*.csv by build.ts) turned into the browser's database files
// (server/scale-files.ts) and opened by the browser's own SQL. Hand-computed:
// active.total 2023: 石桥镇 400, 柳河镇 200, 松山镇/甲县 100, 松山镇/乙县 50;
//              2024: 松山镇/甲县 300, 石桥镇 250, 柳河镇 150 (≈); 松山镇/乙县 files 2024 without it.
// 东坝乡 (98) never reports. channel.website = 1 in all 8 reports.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionsQuery, townSearchQuery } from '../../../src/lib/db/queries/lists';
import { rankingQuery } from '../../../src/lib/db/queries/ranking';
import { runQuery } from '../../../src/lib/db/queries/run';
import { nationalRankingQuery, nationalTrendSource, provinceCoverageQuery, rankingPageQuery, scaleContextLists } from '../../../src/lib/db/queries/scale';
import { scaleCoverageQuery, scaleHeadlineQuery, scaleOverviewRows } from '../../../src/lib/db/queries/scale-overview';
import { trendQuery } from '../../../src/lib/db/queries/trends';
import { compareQuery, defaultAnchorProvinceQuery } from '../../../src/lib/db/queries/compare';
import { provinceChannelQuery } from '../../../src/lib/db/queries/scale-channels';
import { unionAlias, unionViewsSql } from '../../../src/lib/db/scale-sql';
import { openScale, type NodeScaleDb } from '../../../src/lib/server/duckdb-node';
import { writeBrowserFiles } from '../../../src/lib/server/scale-files';

const DIR = fileURLToPath(new URL('../../fixtures/scale/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../fixtures/db/indicators.csv', import.meta.url));
const [A1, A2, B1, C1] = ['990101001', '990101002', '990102001', '980101001'];

const OUT = mkdtempSync(join(tmpdir(), 'townlens-scale-'));
let db: NodeScaleDb;
beforeAll(async () => {
	const index = await writeBrowserFiles(DIR, OUT);
	expect(Object.keys(index.provinces).sort()).toEqual(['98', '99']);
	db = await openScale(OUT, CATALOG);
});
afterAll(() => {
	db.close();
	rmSync(OUT, { recursive: true, force: true });
});

describe('scale: the first view (summaries and towns only)', () => {
	it('lists the stated indicators, years, regions and totals without any facts', async () => {
		const ctx = await scaleContextLists(db.run);
		expect(ctx.stated).toEqual(['active.total', 'channel.website']);
		expect(ctx.years).toEqual([2023, 2024]);
		// 8 reports by 4 towns; values: active.total 4 + 3, channel.website 4 + 4
		expect(ctx.summary).toEqual({ reports: 8, towns: 4, values: 15, min_year: 2023, max_year: 2024 });
		expect(ctx.regions.map((r) => `${r.level}:${r.key}:${r.name}:${r.towns}`)).toEqual([
			'province:98:乙省:2',
			'province:99:甲省:3',
			'city:9801:乙市:2',
			'city:9901:甲市:3',
			'county:980101:丙县:2',
			'county:990101:甲县:2',
			'county:990102:乙县:1'
		]);
	});

	it('searches the whole gazetteer in DuckDB, within a region, including towns that never reported', async () => {
		const all = await runQuery(db.run, townSearchQuery('松山', '', []));
		expect(all.map((t) => t.town_key).sort()).toEqual([A1, B1]);
		expect(all.every((t) => t.name_shared)).toBe(true);
		expect((await runQuery(db.run, townSearchQuery('松山', '990102', []))).map((t) => t.town_key)).toEqual([B1]);
		expect((await runQuery(db.run, townSearchQuery('东坝', '98', []))).map((t) => [t.town_key, t.reports])).toEqual([['980101002', 0]]);
	});
});

describe('scale: the overview at the country level (summary and the mover indicator’s two files)', () => {
	const ask = <R,>(q: { sql: string; params: unknown[] }) => runQuery(db.run, q as never) as Promise<R[]>;

	it('says who filed, the headline from the summary, and the movers from the national files', async () => {
		const rows = await scaleOverviewRows(ask, 2024, true);
		// 5 towns in the gazetteer (东坝乡 never reports); 4 filed for 2024; warnings are not summarised
		expect(rows.filing).toEqual({ known: 5, filed: 4, warned: null });
		const [active, ...others] = rows.headline;
		// 2024: 300 + 150≈ + 250 = 700≈ (median 250); 2023: 100 + 200 + 50 + 400 = 750 over 4 towns;
		// like for like (松山镇/甲县, 柳河镇, 石桥镇): 700 against 100 + 200 + 400 = 700
		expect(active).toEqual({
			indicator: 'active.total', n: 3, total: 700, median: 250, total_qualifier: 'approx', n_marked: 1, prev_n: 4, prev_total: 750,
			n_both: 3, both_total: 700, both_prev_total: 700, change: 0, change_pct: 0
		});
		// no town states them: no number, and no like-for-like basis at this level (null, not 0)
		expect(others.map((r) => [r.indicator, r.n, r.total, r.n_both, r.change])).toEqual([
			['apply.received', 0, null, null, null],
			['review.total', 0, null, null, null],
			['litigation.total', 0, null, null, null]
		]);
		// +200 (松山镇/甲县), −50 (柳河镇), −150 (石桥镇); 松山镇/乙县 has no 2024 value
		expect(rows.movers.map((m) => [m.town_key, m.change, m.direction, m.town])).toEqual([
			[A1, 200, 'up', '松山镇'],
			[A2, -50, 'down', '柳河镇'],
			[C1, -150, 'down', '石桥镇']
		]);
		expect(rows.movers[1]).toMatchObject({ value: 150, qualifier: 'approx', prev_value: 200, change_pct: -25 });
	});

	it('in the first year: totals, no change and no movers', async () => {
		const rows = await scaleOverviewRows(ask, 2023, false);
		expect(rows.headline[0]).toMatchObject({ n: 4, total: 750, median: 150, total_qualifier: 'exact', prev_n: 0, prev_total: null, n_both: 0, change: null });
		expect(rows.movers).toEqual([]);
		expect((await runQuery(db.run, scaleHeadlineQuery(2023, false, ['channel.website'])))[0]).toMatchObject({ n: 4, total: 4, n_both: null });
	});

	it('counts the towns that filed each year, of the country’s towns', async () => {
		expect(await runQuery(db.run, scaleCoverageQuery())).toEqual([
			{ year: 2023, known: 5, filed: 4, warned: null },
			{ year: 2024, known: 5, filed: 4, warned: null }
		]);
	});
});

describe('scale: national ranking from one indicator file', () => {
	it('ranks every town of the year with its rank and value the year before', async () => {
		const rows = await runQuery(db.run, nationalRankingQuery('active.total', 2024, true));
		const byRank = [...rows].sort((a, b) => a.rank! - b.rank!);
		expect(byRank.map((r) => [r.town_key, r.value, r.rank, r.prev_rank, r.rank_change, r.qualifier])).toEqual([
			[A1, 300, 1, 3, 2, 'exact'],
			[C1, 250, 2, 1, -1, 'exact'],
			[A2, 150, 3, 2, -1, 'approx']
		]);
		expect(byRank.map((r) => r.town)).toEqual(['松山镇', '石桥镇', '柳河镇']);
		expect(byRank[0].name_shared).toBe(true);
	});

	it('marks towns new to the ranking (no value the year before)', async () => {
		const rows = await runQuery(db.run, nationalRankingQuery('active.total', 2023, false));
		expect(rows.filter((r) => r.is_new).length).toBe(4);
		expect(rows.find((r) => r.town_key === B1)?.rank).toBe(4);
	});

	it('pages a ranking and always keeps the user’s own towns', async () => {
		const page0 = await runQuery(db.run, rankingPageQuery(nationalRankingQuery('active.total', 2023, false), { page: 0, size: 2, own: [B1] }));
		expect(page0.map((r) => [r.pos, r.town_key])).toEqual([
			[1, C1],
			[2, A2],
			[4, B1]
		]);
		expect(page0.every((r) => r.ranked === 4 && r.total === 4)).toBe(true);
		const page1 = await runQuery(db.run, rankingPageQuery(nationalRankingQuery('active.total', 2023, false), { page: 1, size: 2, own: [] }));
		expect(page1.map((r) => r.town_key)).toEqual([A1, B1]);
	});
});

describe('scale: a province drilled into runs the views’ own SQL', () => {
	it('ranks a province with its reporting towns, unreported last', async () => {
		const run = await db.province('99');
		const rows = await runQuery(run, rankingQuery({ indicator: 'active.total', year: 2024, region: '99' }));
		expect(rows.map((r) => [r.town_key, r.value, r.rank, r.prev_rank])).toEqual([
			[A1, 300, 1, 2],
			[A2, 150, 2, 1],
			[B1, null, null, null]
		]);
	});

	it('pages a province ranking the same way', async () => {
		const run = await db.province('99');
		const inner = rankingQuery({ indicator: 'active.total', year: 2024, region: '99' });
		const rows = await runQuery(run, rankingPageQuery(inner, { page: 0, size: 1, own: [B1] }));
		expect(rows.map((r) => [r.pos, r.town_key, r.ranked, r.total])).toEqual([
			[1, A1, 2, 3],
			[3, B1, 2, 3]
		]);
	});

	it('draws trends from the province’s facts, with its province name from the directory', async () => {
		const run = await db.province('99');
		const rows = await runQuery(run, trendQuery({ indicator: 'active.total', towns: [A1, B1] }));
		expect(rows.filter((r) => r.town_key === A1).map((r) => r.value)).toEqual([100, 300]);
		expect(rows.filter((r) => r.town_key === B1).map((r) => r.value)).toEqual([50, null]);
		const [{ province, n }] = (await run(`SELECT any_value(province) AS province, count(*) AS n FROM reports`, [])) as { province: string; n: number }[];
		expect([province, n]).toEqual(['甲省', 6]);
		expect(await run(`SELECT count(*) AS n FROM warnings`, [])).toEqual([{ n: 1 }]);
	});

	it('loads a province without warnings (no file) and keeps the national regions', async () => {
		const run = await db.province('98');
		expect(await run(`SELECT count(*) AS n FROM warnings`, [])).toEqual([{ n: 0 }]);
		expect((await runQuery(run, regionsQuery())).length).toBe(7);
		const rows = await runQuery(run, rankingQuery({ indicator: 'active.total', region: '98' }));
		expect(rows.map((r) => [r.town_key, r.value, r.year])).toEqual([[C1, 250, 2024]]);
	});
});

describe('scale: towns chosen across provinces read both provinces as one', () => {
	it('draws trends of towns of two provinces from the united views', async () => {
		const run = await db.provinces(['98', '99']);
		const rows = await runQuery(run, trendQuery({ indicator: 'active.total', towns: [C1, A1] }));
		expect(rows.map((r) => [r.town_key, r.ord, r.year, r.value, r.qualifier])).toEqual([
			[C1, 1, 2023, 400, 'exact'],
			[C1, 1, 2024, 250, 'exact'],
			[A1, 2, 2023, 100, 'exact'],
			[A1, 2, 2024, 300, 'exact']
		]);
		// report ids come from each town's own province
		expect(rows.map((r) => r.report_id)).toEqual(['c100000000002023', 'c100000000002024', 'a100000000002023', 'a100000000002024']);
	});

	it('compares towns of two provinces on every indicator, with both provinces’ reports and warnings', async () => {
		const run = await db.provinces(['98', '99']);
		const rows = await runQuery(run, compareQuery({ towns: [A2, C1], year: 2024 }));
		const active = rows.filter((r) => r.indicator === 'active.total').map((r) => [r.town_key, r.value, r.qualifier, r.largest]);
		// 石桥镇 250 is the larger of 150≈ and 250
		expect(active).toEqual([
			[A2, 150, 'approx', false],
			[C1, 250, 'exact', true]
		]);
		expect(await run(`SELECT count(*) AS n FROM reports`, [])).toEqual([{ n: 8 }]);
		expect(await run(`SELECT count(*) AS n FROM warnings`, [])).toEqual([{ n: 1 }]);
	});

	it('names only whitelisted province keys, two to six of them', () => {
		expect(unionViewsSql('scale', ['98', '99'], false)).toEqual([
			'CREATE SCHEMA IF NOT EXISTS memory."scale_m98_99"',
			'CREATE OR REPLACE VIEW memory."scale_m98_99".town_reports AS SELECT * FROM "scale_p98".main.town_reports UNION ALL SELECT * FROM "scale_p99".main.town_reports',
			'CREATE OR REPLACE VIEW memory."scale_m98_99".town_values AS SELECT * FROM "scale_p98".main.town_values UNION ALL SELECT * FROM "scale_p99".main.town_values'
		]);
		expect(() => unionAlias('scale', ['98', "9'"], false)).toThrow();
		expect(() => unionAlias('scale', ['98'], false)).toThrow();
		expect(() => unionAlias('scale', ['11', '12', '13', '14', '15', '21', '22'], false)).toThrow();
	});
});

describe('scale: trends at the country level read one indicator’s national files', () => {
	const national = (towns: string[], years = [2023, 2024]) =>
		runQuery(db.run, trendQuery({ indicator: 'active.total', towns }, nationalTrendSource('active.total', years)));

	it('defaults to the country’s top towns by their latest value, with no province loaded', async () => {
		const rows = await national([]);
		// latest values: 松山镇/甲县 300 (2024), 石桥镇 250, 柳河镇 ≈150, 松山镇/乙县 50 (2023)
		expect([...new Set(rows.map((r) => r.town_key))]).toEqual([A1, C1, A2, B1]);
		expect(rows.filter((r) => r.town_key === B1).map((r) => [r.year, r.value])).toEqual([
			[2023, 50],
			[2024, null]
		]);
		expect(rows.find((r) => r.town_key === A2 && r.year === 2024)).toMatchObject({ value: 150, qualifier: 'approx', yoy: -25, index_value: 75, report_id: null });
	});

	it('draws chosen towns of two provinces, over the years of the files it was given', async () => {
		const rows = await national([C1, A1], [2024]);
		expect(rows.map((r) => [r.town_key, r.year, r.value])).toEqual([
			[C1, 2024, 250],
			[A1, 2024, 300]
		]);
		expect(() => nationalTrendSource('active.total', [])).toThrow();
		expect(() => nationalTrendSource("x'; DROP TABLE towns; --", [2024])).toThrow();
	});
});

describe('scale: channels at the country level, one bar per province from the summary', () => {
	it('sums each channel over the province’s towns, with the sum of stated totals and shares of the channel sum', async () => {
		const rows = await runQuery(db.run, provinceChannelQuery(2024));
		// 2024: 甲省 (99) 3 reports state channel.website = 1, totals 300 + 150≈; 乙省 (98) 1 report, total 250
		expect(rows.map((r) => [r.ord, r.town_key, r.town, r.channel, r.value, r.qualifier, r.share, r.total, r.total_qualifier, r.bar, r.report_id])).toEqual([
			[1, '99', '甲省', 'channel.website', 3, 'exact', 100, 450, 'approx', 3, ''],
			[2, '98', '乙省', 'channel.website', 1, 'exact', 100, 250, 'exact', 1, '']
		]);
		expect(await runQuery(db.run, provinceChannelQuery(2019))).toEqual([]);
	});
});

describe('scale: the default comparison at the country level', () => {
	it('names its first town’s province from the town list, then compares in that province', async () => {
		// every reporting town has 2 reports up to 2024: the first by key is 石桥镇 (98)
		expect(await runQuery(db.run, defaultAnchorProvinceQuery())).toEqual([{ province_key: '98' }]);
		const rows = await runQuery(await db.province('98'), compareQuery({ towns: [] }));
		expect([...new Set(rows.map((r) => `${r.town_key}:${r.added}`))]).toEqual([`${C1}:true`, '980101002:true']);
	});
});

describe('scale: coverage at the country level, province × year from the summary', () => {
	it('counts the towns that filed of each province’s towns, every year', async () => {
		const rows = await runQuery(db.run, provinceCoverageQuery());
		// 乙省: 石桥镇 files both years, 东坝乡 never; 甲省: all three towns file both years
		expect(rows.map((r) => `${r.key} ${r.name} ${r.year} ${r.filed}/${r.known}`)).toEqual([
			'98 乙省 2023 1/2',
			'98 乙省 2024 1/2',
			'99 甲省 2023 3/3',
			'99 甲省 2024 3/3'
		]);
	});
});

describe('scale: the catalog stays visible beside an attached province', () => {
	it('finds the shared indicators table from a province connection', async () => {
		const run = await db.province('99');
		expect(await run(`SELECT count(*) > 0 AS ok FROM indicators`, [])).toEqual([{ ok: true }]);
	});
});

describe('scale: a page in ascending order starts from the last rank', () => {
	it('puts the least first, unranked towns still last', async () => {
		const rows = await runQuery(db.run, rankingPageQuery(nationalRankingQuery('active.total', 2023, false), { page: 0, size: 2, own: [], order: 'asc' }));
		expect(rows.map((r) => [r.pos, r.town_key, r.rank])).toEqual([
			[1, B1, 4],
			[2, A1, 3]
		]);
	});
});
