// What the town picker asks the dataset: towns (and counties) matching typed text within a region,
// and every town of a county. One pair per view and dataset.
import type { TownSearch } from '$lib/components/filters/TownPicker.svelte';
import { MAX_TOWNS } from '$lib/state/parse';
import { query } from './dataset';
import type { DatasetId } from './datasets';
import { countySearchQuery, townSearchQuery, townsInRegionQuery } from './queries/lists';
import type { TownRow } from './types';

export interface TownSources {
	search: (text: string, exclude: string[]) => Promise<TownSearch>;
	expand: (countyKey: string) => Promise<TownRow[]>;
}

export const townSources = (ds: DatasetId, region: string): TownSources => ({
	search: async (text, exclude) => ({
		towns: await query(ds, townSearchQuery(text, region, exclude)),
		counties: await query(ds, countySearchQuery(text))
	}),
	expand: (key) => query(ds, townsInRegionQuery(key, MAX_TOWNS))
});
