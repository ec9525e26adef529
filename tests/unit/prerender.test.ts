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
