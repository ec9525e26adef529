// The datasets the site can show. Ids are the only dataset names that ever form a URL path or a
// schema name. Shipped datasets live in static/data/<id>/; `local` is what this browser imported
// (IndexedDB, see $lib/local); `seeds,local` and `demo,local` are a shipped dataset and the local
// one merged (the comma reads as "and", and survives URLSearchParams as %2C, which links print as
// a comma; `+` would turn into a space). `scale` is the national dataset (`npm run data:scale`,
// docs/scale-layout.md): Parquet read in parts — summaries and towns first, a province's facts when
// the region filter picks it (load-scale.ts). It is not committed; a site without it says so.

export type ShippedId = 'seeds' | 'demo';
export type DatasetId = ShippedId | 'scale' | 'local' | 'seeds,local' | 'demo,local';

export interface Dataset {
	id: DatasetId;
	zh: string;
	en: string;
	/** Generated data, to be labelled 示例/synthetic wherever it is shown. */
	synthetic: boolean;
	/** the shipped dataset it holds (a merged one: the shipped part), if any */
	shipped?: ShippedId;
	/** holds this browser's imports */
	local: boolean;
	/** read in parts from static/data/scale/ (Parquet), a province at a time */
	scale?: true;
}

/** Datasets with files under static/data/<id>/ (prerendered report pages, build-time data). */
export const SHIPPED_DATASETS: readonly Dataset[] = [
	{ id: 'seeds', zh: '样本年报（5 份）', en: 'Sample reports (5)', synthetic: false, shipped: 'seeds', local: false },
	{ id: 'demo', zh: '示例县（合成数据）', en: 'Demo county (synthetic)', synthetic: true, shipped: 'demo', local: false }
];

/** Every dataset a view offers: the shipped ones, the local imports, and each shipped one merged with them. */
export const DATASETS: readonly Dataset[] = [
	...SHIPPED_DATASETS,
	{ id: 'scale', zh: '全国（合成，按省加载）', en: 'All of China (synthetic, by province)', synthetic: true, local: false, scale: true },
	{ id: 'local', zh: '本机导入', en: 'My imports (this browser)', synthetic: false, local: true },
	{ id: 'seeds,local', zh: '样本年报 + 本机导入', en: 'Sample reports + my imports', synthetic: false, shipped: 'seeds', local: true },
	{ id: 'demo,local', zh: '示例县（合成）+ 本机导入', en: 'Demo county (synthetic) + my imports', synthetic: true, shipped: 'demo', local: true }
];

/** The dataset a link without `ds=` shows. One constant, so switching to 'demo' is one line. */
export const DEFAULT_DATASET: DatasetId = 'demo';

export const isDatasetId = (s: string): s is DatasetId => DATASETS.some((d) => d.id === s);

export const isShippedDataset = (s: string): s is ShippedId => SHIPPED_DATASETS.some((d) => d.id === s);

export const datasetById = (id: DatasetId): Dataset => DATASETS.find((d) => d.id === id) as Dataset;

/** The datasets that hold this browser's imports (reloaded after an import or a deletion). */
export const LOCAL_DATASETS: readonly DatasetId[] = DATASETS.filter((d) => d.local).map((d) => d.id);

/** Whether `ds` is read in parts, a province at a time (the national dataset). */
export const isScaleDataset = (ds: DatasetId): boolean => datasetById(ds).scale === true;

/** The national dataset with no region chosen: views read its summaries and national files, not a province's facts. */
export const atCountryLevel = (s: { ds: DatasetId; region: string }): boolean => isScaleDataset(s.ds) && !s.region;
