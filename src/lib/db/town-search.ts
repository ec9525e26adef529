// What a town picker asks the dataset: towns (and counties) matching typed text, and every town of
// a county. One pair of closures for every view with a picker.
import { MAX_TOWNS } from '$lib/state/parse';
import { query } from './dataset';
import type { DatasetId } from './datasets';
import { countySearchQuery, townSearchQuery, townsInRegionQuery } from './queries/lists';

export const townSearch = (ds: DatasetId, region: string) => async (text: string, exclude: string[]) => ({
	towns: await query(ds, townSearchQuery(text, region, exclude)),
	counties: await query(ds, countySearchQuery(text))
});

export const townExpand = (ds: DatasetId) => (countyKey: string) => query(ds, townsInRegionQuery(countyKey, MAX_TOWNS));
