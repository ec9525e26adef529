// The datasets the site can show. Ids are the only dataset names that ever form a URL path.

export type DatasetId = 'seeds' | 'demo';

export interface Dataset {
	id: DatasetId;
	zh: string;
	en: string;
	/** Generated data, to be labelled 示例/synthetic wherever it is shown. */
	synthetic: boolean;
}

export const DATASETS: readonly Dataset[] = [
	{ id: 'seeds', zh: '样本年报（5 份）', en: 'Sample reports (5)', synthetic: false },
	{ id: 'demo', zh: '示例县（合成数据）', en: 'Demo county (synthetic)', synthetic: true }
];

/** The dataset a link without `ds=` shows. One constant, so switching to 'demo' is one line. */
export const DEFAULT_DATASET: DatasetId = 'demo';

export const isDatasetId = (s: string): s is DatasetId => DATASETS.some((d) => d.id === s);

export const datasetById = (id: DatasetId): Dataset => DATASETS.find((d) => d.id === id) as Dataset;
