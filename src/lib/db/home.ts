// Everything the home (ranking) page needs, fetched in one go after the dataset is loaded.
import { checkIndicator, type HomeState } from '$lib/state/home';
import type { Notice } from '$lib/state/parse';
import { browserRunner } from './duckdb';
import { loadDataset } from './load';
import { indicatorsQuery, rankingQuery, runQuery, statedIndicatorsQuery, summaryQuery, yearsQuery } from './queries';
import type { DatasetSummary, IndicatorRow, RankingRow } from './types';

export interface HomeData {
	/** The indicator actually shown (the default when the URL's one is not in the catalog). */
	indicator: IndicatorRow;
	/** Indicators with at least one value, plus the shown one: the selector's options. */
	choices: IndicatorRow[];
	years: number[];
	rows: RankingRow[];
	summary: DatasetSummary;
	notice?: Notice;
}

export async function fetchHome(s: HomeState, base: string): Promise<HomeData> {
	await loadDataset(s.ds, base);
	const run = browserRunner;
	const catalog = await runQuery(run, indicatorsQuery());
	const checked = checkIndicator(s, catalog.map((i) => i.id));
	const ind = checked.state.ind;
	// One connection: queries go one after another rather than interleaving on the worker.
	const stated = await runQuery(run, statedIndicatorsQuery());
	const years = await runQuery(run, yearsQuery());
	const rows = await runQuery(run, rankingQuery({ indicator: ind, year: checked.state.year }));
	const [summary] = await runQuery(run, summaryQuery());
	const indicator = catalog.find((i) => i.id === ind) ?? { id: ind, group: '', name_zh: ind, name_en: ind, unit: '' };
	const choices = stated.some((i) => i.id === ind) ? stated : [indicator, ...stated];
	return { indicator, choices, years: years.map((y) => y.year), rows, summary, notice: checked.notice };
}
