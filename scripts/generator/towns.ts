// The fictional region and its towns: who they are, how big and diligent, when they adopt each
// channel, which years they skip or file late, and which town is merged into which.
import type { Rng } from './prng';
import { makePlace, stemPool, type NameBlocklist, type PlaceName, type TownKind } from './names';

export interface County {
	/** the gazetteer code of a real county (the national dataset) */
	code?: string;
	name: PlaceName;
	city: PlaceName;
	province: PlaceName;
	/** short form used in document numbers, e.g. 岚 in 岚政办发〔2018〕12号 */
	abbr: string;
}

export interface Town {
	index: number;
	/** the gazetteer code of a real town (the national dataset); fictional towns have none */
	code?: string;
	name: PlaceName;
	kind: TownKind;
	county: County;
	/** relative size (population, workload); ~1 on average */
	size: number;
	/** 0.2–1: how much the town publishes and how carefully it reports */
	diligence: number;
	villages: number;
	wechatFrom: number;
	/** Weibo accounts opened early and went quiet later; 0 = never had one */
	weiboFrom: number;
	weiboTo: number;
	/** gazette distribution ends this year (0 = never distributed) */
	gazetteTo: number;
	platformFrom: number;
	newMediaFrom: number;
	/** probability that a pre-2019 report carries the statistical annex table */
	tableHabit: number;
	skipYears: Set<number>;
	lateYears: Set<number>;
	/** set on the absorbed town: from this year on it no longer exists */
	mergedInto?: { year: number; town: Town };
	/** set on the absorbing town */
	absorbed?: { year: number; town: Town };
}

export interface RegionOptions {
	towns: number;
	from: number;
	to: number;
}

const TOWNS_PER_COUNTY = 24;

function makeCounties(stems: [string, string][], count: number): County[] {
	const province = makePlace(stems.shift()!, '省');
	const city = makePlace(stems.shift()!, '市');
	const counties: County[] = [];
	for (let i = 0; i < count; i++) {
		const name = makePlace(stems.shift()!, '县');
		counties.push({ name, city, province, abbr: name.stem[0] });
	}
	return counties;
}

function kindFor(rng: Rng, indexInCounty: number): TownKind {
	// the county seat is usually split into streets (街道), the rest are towns and townships
	if (indexInCounty < 2 && rng.chance(0.7)) return '街道';
	return rng.weighted([['镇', 0.62], ['乡', 0.3], ['街道', 0.08]] as const);
}

function adoptionYears(rng: Rng, diligence: number) {
	const early = 1 - diligence; // diligent towns adopt sooner
	const weiboFrom = rng.chance(0.25 + 0.4 * diligence) ? rng.int(2011, 2015) : 0;
	return {
		wechatFrom: Math.min(2020, 2014 + rng.int(0, 2) + Math.round(early * rng.int(0, 6))),
		weiboFrom,
		weiboTo: weiboFrom ? rng.int(Math.max(weiboFrom + 1, 2016), 2021) : 0,
		gazetteTo: rng.chance(0.25) ? rng.int(2013, 2019) : 0,
		platformFrom: rng.chance(0.8) ? 2017 + Math.round(early * rng.int(0, 3)) : 9999,
		newMediaFrom: rng.chance(0.45 + 0.3 * diligence) ? rng.int(2019, 2023) : 9999
	};
}

function makeTown(rng: Rng, index: number, stem: [string, string], county: County, inCounty: number): Town {
	const kind = kindFor(rng, inCounty);
	return townOf(rng, index, makePlace(stem, kind), kind, county);
}

/** A town's character and habits, drawn from its own stream (the national dataset names real towns here). */
export function townOf(rng: Rng, index: number, name: PlaceName, kind: TownKind, county: County): Town {
	const diligence = Math.min(1, Math.max(0.2, rng.normal(0.6, 0.22)));
	const size = Math.exp(rng.normal(kind === '街道' ? 0.3 : 0, 0.45));
	return {
		index, kind, county, size, diligence,
		name,
		villages: kind === '街道' ? rng.int(3, 12) : rng.int(6, 28),
		...adoptionYears(rng, diligence),
		tableHabit: Math.min(0.9, 0.15 + 0.6 * diligence * rng.next() + 0.2 * rng.next()),
		skipYears: new Set(),
		lateYears: new Set()
	};
}

/** A few towns miss a year or file late, more often the less diligent ones (never the year of a merger). */
export function planLapses(rng: Rng, towns: Town[], from: number, to: number): void {
	for (const t of towns) {
		for (let y = from; y <= to; y++) {
			if (t.absorbed?.year === y) continue;
			if (rng.chance(0.035 * (1.3 - t.diligence))) t.skipYears.add(y);
			else if (rng.chance(0.06 * (1.3 - t.diligence))) t.lateYears.add(y);
		}
	}
	// small corpora must still show both lapses, so the UI has something to mark
	const sloppy = towns.filter((t) => !t.mergedInto && !t.absorbed).sort((a, b) => a.diligence - b.diligence);
	if (sloppy.length < 2 || to - from < 2) return;
	if (!towns.some((t) => !t.mergedInto && t.skipYears.size)) sloppy[0].skipYears.add(rng.int(from + 1, to - 1));
	if (!towns.some((t) => t.lateYears.size)) sloppy[1].lateYears.add(rng.int(from, to));
}

/** In each county, one small township is absorbed by a neighbour in some middle year. */
export function planMerges(rng: Rng, towns: Town[], from: number, to: number): void {
	if (to - from < 2 || towns.length < 3) return;
	const byCounty = new Map<County, Town[]>();
	for (const t of towns) byCounty.set(t.county, [...(byCounty.get(t.county) ?? []), t]);
	for (const list of byCounty.values()) {
		if (list.length < 3) continue;
		const small = list.filter((t) => t.kind !== '街道').sort((a, b) => a.size - b.size)[0] ?? list[0];
		const others = list.filter((t) => t !== small && t.kind !== '街道');
		const into = others.length ? rng.pick(others) : list.find((t) => t !== small)!;
		const year = rng.int(from + 1, to - 1);
		small.mergedInto = { year, town: into };
		into.absorbed = { year, town: small };
	}
}

export function buildRegion(rng: Rng, blocked: NameBlocklist, opts: RegionOptions): Town[] {
	const countyCount = Math.max(1, Math.ceil(opts.towns / TOWNS_PER_COUNTY));
	const stems = stemPool(rng.fork('names'), blocked) as [string, string][];
	if (stems.length < opts.towns + countyCount + 2) {
		throw new Error(`镇名不足：最多可生成 ${stems.length - countyCount - 2} 个乡镇 / not enough fictional names for ${opts.towns} towns`);
	}
	const counties = makeCounties(stems, countyCount);
	const towns: Town[] = [];
	for (let i = 0; i < opts.towns; i++) {
		const county = counties[Math.floor((i * countyCount) / opts.towns)];
		const inCounty = i - Math.ceil((counties.indexOf(county) * opts.towns) / countyCount);
		towns.push(makeTown(rng.fork(`town${i}`), i, stems.shift()!, county, inCounty));
	}
	planMerges(rng.fork('merges'), towns, opts.from, opts.to);
	planLapses(rng.fork('lapses'), towns, opts.from, opts.to);
	return towns;
}

/** Does the town write a report for this year? (not after its merger, not in a skipped year) */
export function reportsIn(town: Town, year: number): boolean {
	if (town.mergedInto && year >= town.mergedInto.year) return false;
	return !town.skipYears.has(year);
}
