// The national `scale` dataset in the browser (docs/scale-layout.md). Its files are registered by
// URL, so DuckDB-WASM range-reads them from our own origin: the first view reads the manifest, the
// town list and the country and province summaries, never the facts; choosing a province reads that
// province's reports, values and warnings into a schema of its own (scale-sql.ts), where every view's
// SQL runs unchanged. A few provinces stay loaded; older ones are dropped to bound the tab's memory.
import { base } from '$app/paths';
import { indicatorMeta } from '$lib/catalog';
import { connection, database } from './duckdb';
import { DatasetError, loadCatalog } from './load';
import { dropProvinceSql, isProvinceKey, provinceSchema, scaleBaseSql, scaleProvinceSql } from './scale-sql';

interface FileRef {
	href: string;
	bytes: number;
}

export interface ScaleManifest {
	counts: { towns: number; reports: number; values: number };
	files: { towns: FileRef; summary: Record<'country' | 'province' | 'city' | 'county', FileRef>; town_values: Record<string, FileRef> };
	provinces: { key: string; name: string; towns: number; files: { reports: FileRef | null; values: FileRef | null; warnings: FileRef | null } }[];
}

/** A fact query at the country level: the views ask for a province first (a state, not a failure). */
export class ChooseProvince extends DatasetError {
	constructor() {
		super('全国数据按省加载：请先在“地区”中选择一个省份。', 'The national dataset loads one province at a time: choose a province in “Region” first.', true);
	}
}

const root = () => new URL(`${base}/data/scale/`, location.href).href;
let manifest: Promise<ScaleManifest> | undefined;

/** The manifest; a site built without `npm run data:scale` says so in both languages. */
export function scaleManifest(): Promise<ScaleManifest> {
	return (manifest ??= (async () => {
		const res = await fetch(`${root()}manifest.json`).catch(() => undefined);
		if (!res?.ok) {
			throw new DatasetError('全国数据集尚未构建：请运行 npm run data:scale', 'The national dataset is not built: run npm run data:scale');
		}
		return (await res.json()) as ScaleManifest;
	})().catch((e) => {
		manifest = undefined;
		throw e;
	}));
}

const registered = new Map<string, Promise<string>>();

/** Registers one file of the dataset under a plain name (`scale/<href>`), read by HTTP range requests. */
function register(ref: FileRef): Promise<string> {
	let name = registered.get(ref.href);
	if (!name) {
		name = (async () => {
			const [db, { DuckDBDataProtocol }] = await Promise.all([database(), import('@duckdb/duckdb-wasm')]);
			const file = `scale/${ref.href}`;
			await db.registerFileURL(file, root() + ref.href, DuckDBDataProtocol.HTTP, false);
			return file;
		})();
		name.catch(() => registered.delete(ref.href));
		registered.set(ref.href, name);
	}
	return name;
}

async function run(sqls: string[]): Promise<void> {
	const conn = await connection();
	for (const sql of sqls) await conn.query(sql);
}

/** The first view's tables in `schema`: towns, regions, summaries (and the shared catalog). */
export async function loadScale(schema: string): Promise<void> {
	const catalog = loadCatalog();
	const m = await scaleManifest();
	const [towns, ...summaries] = await Promise.all([m.files.towns, m.files.summary.country, m.files.summary.province].map(register));
	await run(scaleBaseSql(schema, { towns, summaries }));
	await catalog;
}

/** How many provinces' facts stay loaded (a large one holds about a million values). */
const PROVINCES_KEPT = 3;
const provinces = new Map<string, Promise<string>>();

/** Loads province `key`'s facts once (after loadScale); resolves to its schema. */
export function loadProvince(schema: string, key: string): Promise<string> {
	let p = provinces.get(key);
	if (p) {
		provinces.delete(key); // re-inserted below: most recently used last
	} else {
		p = (async () => {
			const m = await scaleManifest();
			const entry = isProvinceKey(key) ? m.provinces.find((x) => x.key === key) : undefined;
			if (!entry?.files.reports || !entry.files.values) {
				throw new DatasetError(`全国数据集中没有代码为 ${key} 的省份`, `The national dataset has no province with code ${key}`);
			}
			const [reports, values, warnings] = await Promise.all([entry.files.reports, entry.files.values, entry.files.warnings].map((f) => (f ? register(f) : null)));
			const target = provinceSchema(schema, key);
			performance.mark('townlens:province-start');
			await run(scaleProvinceSql(target, schema, entry.name, { reports: reports!, values: values!, warnings }));
			performance.measure('townlens:province', 'townlens:province-start');
			return target;
		})();
		p.catch(() => provinces.delete(key));
	}
	provinces.set(key, p);
	if (provinces.size > PROVINCES_KEPT) {
		const [oldest, dropped] = provinces.entries().next().value!;
		provinces.delete(oldest);
		dropped.then((s) => run([dropProvinceSql(s)]), () => undefined);
	}
	return p;
}

/** The registered file of one indicator's values for every town (the national ranking reads it). */
export async function townValuesFile(indicator: string): Promise<string | undefined> {
	if (!indicatorMeta(indicator)) return undefined; // only catalog ids name a file
	const ref = (await scaleManifest()).files.town_values[indicator];
	return ref ? register(ref) : undefined;
}
