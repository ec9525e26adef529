// The build-time first paint and the live page build their chart with the same code from the same
// rows: what the server drew as SVG is what the browser then draws with ECharts.
import { describe, expect, it } from 'vitest';
import { optionSummary } from '../../src/lib/charts/summary';
import { dict } from '../../src/lib/i18n';
import { parseRankings } from '../../src/lib/state/rankings';
import { parseTrends } from '../../src/lib/state/trends';
import { rankingParams, rankingsModel } from '../../src/lib/views/rankings';
import { trendParams, trendsModel } from '../../src/lib/views/trends';
import { keyOf } from '../../src/lib/db/live.svelte';
import { load as loadTrends } from '../../src/routes/trends/+page.server';
import { load as loadRankings } from '../../src/routes/rankings/+page.server';
import { load as loadOverview } from '../../src/routes/+page.server';
import { parseOverview } from '../../src/lib/state/overview';
import { overviewModel, overviewParams } from '../../src/lib/views/overview';
import { load as loadChannels } from '../../src/routes/channels/+page.server';
import { load as loadCompare } from '../../src/routes/compare/+page.server';
import { load as loadData } from '../../src/routes/data/+page.server';
import { parseChannels } from '../../src/lib/state/channels';
import { parseCompare } from '../../src/lib/state/compare';
import { parseData } from '../../src/lib/state/data';
import { adoptionParams, channelParams, channelsModel } from '../../src/lib/views/channels';
import { compareParams, compareView } from '../../src/lib/views/compare';
import { coverageParams } from '../../src/lib/views/data';

const json = (o: unknown) => JSON.stringify(o); // functions (formatters) drop out; the data stays

describe('prerendered views', () => {
	it('trends: the rows ship under the key the live query uses, and the page builds the same option', async () => {
		const { initial } = await loadTrends();
		const s = parseTrends(new URLSearchParams()).state;
		expect(initial.key).toBe(keyOf(trendParams(s)));
		const live = trendsModel({ s, rows: initial.rows, t: dict('zh'), width: 1100 });
		expect(optionSummary(live.option!).series).toHaveLength(5);
		expect(initial.svg).toContain('<svg');
		const again = trendsModel({ s, rows: structuredClone(initial.rows), t: dict('zh'), width: 1100 });
		expect(json(again.option)).toBe(json(live.option));
		expect(initial.defaultQuery).toMatch(/^ds=demo&ind=active\.total&towns=[^&]+&from=\d{4}&to=\d{4}$/);
		expect(initial.ctx.summary.reports).toBeGreaterThan(0);
	});

	it('rankings: the same, and every bar of the SVG is a bar of the live chart', async () => {
		const { initial } = await loadRankings();
		const s = parseRankings(new URLSearchParams()).state;
		expect(initial.key).toBe(keyOf(rankingParams(s)));
		const m = rankingsModel({ s, rows: initial.rows, t: dict('zh') });
		const { categories, series } = optionSummary(m.option!);
		expect(series[0].values.length).toBeGreaterThan(10);
		for (const town of categories) expect(initial.svg).toContain(`>${town}<`);
	});

	it('channels: the latest year is resolved from the context as the page does; both charts ship under their live keys', async () => {
		const { initial } = await loadChannels();
		const s = parseChannels(new URLSearchParams()).state;
		const latest = initial.ctx.years[initial.ctx.years.length - 1];
		// the page computes the key from the same (build-time) context: no second query, same year
		expect(initial.bars.key).toBe(keyOf(channelParams(s, initial.ctx)));
		expect(JSON.parse(initial.bars.key).year).toBe(latest);
		expect(initial.adoption.key).toBe(keyOf(adoptionParams(s)));
		expect(initial.defaultQuery).toBe(`ds=demo&year=${latest}&view=counts`);
		const m = channelsModel({ s, rows: initial.bars.rows, arows: initial.adoption.rows, ctx: initial.ctx, t: dict('zh'), width: 1100 });
		const bars = optionSummary(m.bars.option!);
		expect(bars.categories.length).toBeGreaterThan(5);
		for (const town of bars.categories) expect(initial.bars.svg).toContain(`>${town}<`);
		expect(optionSummary(m.adoption.option!).categories[0]).toBe(String(initial.ctx.years[0]));
		expect(initial.adoption.svg).toContain('<svg');
		expect(m.bars.caption?.title).toContain(`${latest} 年`);
		const again = channelsModel({ s, rows: structuredClone(initial.bars.rows), arows: structuredClone(initial.adoption.rows), ctx: structuredClone(initial.ctx), t: dict('zh'), width: 1100 });
		expect(json(again.bars.option)).toBe(json(m.bars.option));
		expect(json(again.adoption.option)).toBe(json(m.adoption.option));
	});

	it('compare: the default pair and year ship under the key of a link without towns; the grid is the same', async () => {
		const { initial } = await loadCompare();
		const s = parseCompare(new URLSearchParams()).state;
		expect(initial.key).toBe(keyOf(compareParams(s)));
		expect(initial.svg).toBeUndefined(); // the grid is HTML, rendered by the page from these rows
		const m = compareView({ s, data: initial.rows, ctx: initial.ctx, t: dict('zh') });
		expect(m.figure!.summary.series.map((x) => x.name)).toHaveLength(2);
		expect(m.figure!.summary.categories.length).toBeGreaterThan(10);
		expect(initial.defaultQuery).toBe(`ds=demo&towns=${m.towns.map((x) => x.key).join(',')}&year=${m.year}`);
		const again = compareView({ s, data: structuredClone(initial.rows), ctx: structuredClone(initial.ctx), t: dict('zh') });
		expect(json(again.figure!.summary)).toBe(json(m.figure!.summary));
		expect(json(again.table)).toBe(json(m.table));
	});

	it('data: the first coverage page ships under the key of the default tab', async () => {
		const { initial } = await loadData();
		const s = parseData(new URLSearchParams()).state;
		expect(initial.key).toBe(keyOf(coverageParams(s, 0)));
		expect(initial.rows.length).toBeGreaterThan(0);
		expect(initial.rows[0].towns).toBe(initial.ctx.summary.towns);
		expect(initial.defaultQuery).toBe('ds=demo');
	});

	it('overview: the latest year\'s rows ship under the live key; movers and coverage drawn from them', async () => {
		const { initial, coverage } = await loadOverview();
		const s = parseOverview(new URLSearchParams()).state;
		const p = overviewParams(s, initial.ctx.years);
		expect(p).toEqual({ ds: 'demo', region: '', year: initial.ctx.years.at(-1) });
		expect(initial.key).toBe(keyOf(p));
		expect(initial.defaultQuery).toBe(`ds=demo&year=${p?.year}`);
		expect(coverage.key).toBe(keyOf({ ds: 'demo', region: '' }));
		const m = overviewModel({ s, year: p?.year, firstYear: initial.ctx.years[0], rows: initial.rows, coverage: coverage.rows, t: dict('zh') });
		const movers = optionSummary(m.movers.option!);
		expect(movers.series[0].values).toHaveLength(10);
		for (const town of movers.categories) expect(initial.svg).toContain(`>${town}<`);
		expect(coverage.svg).toContain('<svg');
		expect(optionSummary(m.coverage.option!).categories).toEqual(initial.ctx.years.map(String));
		expect(initial.rows.headline.map((h) => h.indicator)).toEqual(['active.total', 'apply.received', 'review.total', 'litigation.total']);
	});
});

