// The national `scale` dataset in the browser (docs/scale-layout.md). DuckDB-WASM 1.32 cannot read
// Parquet without downloading an extension from the internet (autoloading is off, so it would only
// fail), so the browser reads the DuckDB database files made from the Parquet (server/scale-files.ts),
// registered by URL on our own origin and attached: the first view copies the town list, regions and
// summaries into memory, choosing a province attaches that province's facts (its detail file only
// when the Data or Report view asks), and the national ranking attaches one indicator's file.
import { base } from '$app/paths';
import { connection, database } from './duckdb';
import { DatasetError, loadCatalog } from './load';
import {
	attachSql,
	BROWSER_FILES,
	detachSql,
	firstViewSql,
	isProvinceKey,
	detailAlias,
	MAX_PROVINCES,
	provinceAlias,
	provincePath,
	townValuesAlias,
	unionAlias,
	unionPath,
	unionViewsSql,
	type BrowserIndex
} from './scale-sql';

/** Which statements read a province's detail file (dataset.ts decides what to attach by it). */
export { DETAIL_TABLE } from './scale-sql';

/** A fact query at the country level: the views ask for a province first (a state, not a failure). */
export class ChooseProvince extends DatasetError {
	constructor() {
		super(
			'全国数据按省加载：请先在“省”中选择一个省份。',
			'The national dataset loads one province at a time: choose a province in “Province” first.',
			true
		);
	}
}

const root = () => new URL(`${base}/data/scale/`, location.href).href;

async function json<T>(path: string, missing: DatasetError): Promise<T> {
	const res = await fetch(root() + path).catch(() => undefined);
	if (!res?.ok) throw missing;
	return (await res.json()) as T;
}

let index: Promise<BrowserIndex> | undefined;

/** The dataset's manifest and browser index; a site built without them says so in both languages. */
export function scaleIndex(): Promise<BrowserIndex> {
	return (index ??= (async () => {
		const [, idx] = await Promise.all([
			json('manifest.json', new DatasetError('全国数据集尚未构建：请运行 npm run data:scale', 'The national dataset is not built: run npm run data:scale')),
			json<BrowserIndex>(
				BROWSER_FILES.index,
				new DatasetError('全国数据集缺少浏览器文件：请运行 npm run data:scale:browser', 'The national dataset has no browser files: run npm run data:scale:browser')
			)
		]);
		return idx;
	})().catch((e) => {
		index = undefined;
		throw e;
	}));
}

/** Registers one browser file by URL (read by HTTP range requests) and attaches it read-only. */
async function attach(alias: string, path: string): Promise<void> {
	const [db, { DuckDBDataProtocol }] = await Promise.all([database(), import('@duckdb/duckdb-wasm')]);
	await db.registerFileURL(path, root() + path, DuckDBDataProtocol.HTTP, false);
	await (await connection()).query(attachSql(alias, path));
}

async function run(sqls: string[]): Promise<void> {
	const conn = await connection();
	for (const sql of sqls) await conn.query(sql);
}

/** The first view's tables in `schema` (and the shared catalog). */
export async function loadScale(schema: string): Promise<void> {
	const catalog = loadCatalog();
	await scaleIndex();
	const alias = `${schema}_first`;
	await attach(alias, BROWSER_FILES.first);
	await run([...firstViewSql(schema, alias), detachSql(alias)]);
	await catalog;
}

/** How many provinces stay attached (a large one is tens of megabytes in memory). */
const PROVINCES_KEPT = 3;
const provinces = new Map<string, { facts: Promise<void>; detail?: Promise<void> }>();

async function checkProvince(key: string): Promise<void> {
	const idx = await scaleIndex();
	if (!isProvinceKey(key) || !idx.provinces[key]) {
		throw new DatasetError(`全国数据集中没有代码为 ${key} 的省份`, `The national dataset has no province with code ${key}`);
	}
}

/** Views of several provinces already made, by their schema (dropped with any of their provinces). */
const unions = new Map<string, { keys: readonly string[]; made: Promise<void> }>();

function evict(schema: string, keep: readonly string[]): void {
	for (const [oldest, dropped] of provinces) {
		if (provinces.size <= Math.max(PROVINCES_KEPT, keep.length)) return;
		if (keep.includes(oldest)) continue;
		provinces.delete(oldest);
		for (const [alias, u] of unions) if (u.keys.includes(oldest)) unions.delete(alias);
		Promise.allSettled([dropped.facts, dropped.detail]).then(() => run([detachSql(provinceAlias(schema, oldest)), detachSql(detailAlias(schema, oldest))]));
	}
}

/** Attaches province `key`'s facts once (after loadScale), and its detail file when `detail`; keeps `keep` attached. */
async function attachProvince(schema: string, key: string, detail: boolean, keep: readonly string[]): Promise<void> {
	let p = provinces.get(key);
	if (p) provinces.delete(key); // re-inserted below: most recently used last
	else {
		p = {
			facts: (async () => {
				await checkProvince(key);
				performance.mark('townlens:province-start');
				await attach(provinceAlias(schema, key), BROWSER_FILES.province(key));
				performance.measure('townlens:province', 'townlens:province-start');
			})()
		};
		p.facts.catch(() => provinces.delete(key));
	}
	provinces.set(key, p);
	evict(schema, keep);
	await p.facts;
	if (detail) {
		const entry = p;
		entry.detail ??= attach(detailAlias(schema, key), BROWSER_FILES.detail(key)).catch((e) => {
			entry.detail = undefined;
			throw e;
		});
		await entry.detail;
	}
}

/** Towns chosen across more provinces than a view reads at once: a state the page explains. */
export class TooManyProvinces extends DatasetError {
	constructor(n: number) {
		super(
			`所选乡镇分布在 ${n} 个省份，一次最多读取 ${MAX_PROVINCES} 个省份的数据：请减少乡镇或在“省”中选择一个省份。`,
			`The chosen towns lie in ${n} provinces; a view reads at most ${MAX_PROVINCES} at once: choose fewer towns or a province in “Province”.`,
			true
		);
	}
}

/**
 * Attaches the facts of provinces `keys` (sorted, distinct), and their detail files when `detail`;
 * resolves to the search path their statements run with: one province's files, or views uniting several.
 */
export async function loadProvinces(schema: string, keys: readonly string[], detail: boolean): Promise<string> {
	if (keys.length > MAX_PROVINCES) throw new TooManyProvinces(keys.length);
	await Promise.all(keys.map((k) => attachProvince(schema, k, detail, keys)));
	if (keys.length === 1) return provincePath(schema, keys[0], detail);
	const alias = unionAlias(schema, keys, detail);
	let u = unions.get(alias);
	if (!u) {
		u = { keys, made: run(unionViewsSql(schema, keys, detail)) };
		u.made.catch(() => unions.delete(alias));
		unions.set(alias, u);
	}
	await u.made;
	return unionPath(schema, keys, detail);
}

const attached = new Map<string, Promise<void>>();

/**
 * Attaches one indicator's values for every town in `year` and the year before (the national
 * ranking), each file once; resolves to whether the year before has a file.
 */
function attachYear(indicator: string, y: number): Promise<void> {
	const alias = townValuesAlias(indicator, y);
	let p = attached.get(alias);
	if (!p) {
		p = attach(alias, BROWSER_FILES.townValues(indicator, y));
		p.catch(() => attached.delete(alias));
		attached.set(alias, p);
	}
	return p;
}

export async function attachIndicator(indicator: string, year: number): Promise<boolean> {
	const years = (await scaleIndex()).town_values[indicator];
	if (!years?.[year]) throw new DatasetError(`全国数据集中没有指标 ${indicator} 的 ${year} 年数据`, `The national dataset has no ${indicator} values for ${year}`);
	const prev = Boolean(years[year - 1]);
	await Promise.all(prev ? [attachYear(indicator, year), attachYear(indicator, year - 1)] : [attachYear(indicator, year)]);
	return prev;
}

/**
 * Attaches one indicator's national files of the years in [from, to] (each file once: under a
 * megabyte each at full size); resolves to those years, ascending ([] when it has none).
 */
export async function attachIndicatorYears(indicator: string, from?: number, to?: number): Promise<number[]> {
	const years = Object.keys((await scaleIndex()).town_values[indicator] ?? {})
		.map(Number)
		.filter((y) => (from === undefined || y >= from) && (to === undefined || y <= to))
		.sort((a, b) => a - b);
	await Promise.all(years.map((y) => attachYear(indicator, y)));
	return years;
}
