// The indicator catalog as the app ships it (data/indicators.csv, bundled at build time): names,
// units and definitions are known before DuckDB starts, so a chart's title never waits for the
// database. Which indicators a dataset states still comes from DuckDB (dataset context).
import Papa from 'papaparse';
import raw from '../../data/indicators.csv?raw';

export interface IndicatorMeta {
	id: string;
	group: string;
	name_zh: string;
	name_en: string;
	unit: string;
	definition: string;
}

export const CATALOG: readonly IndicatorMeta[] = Papa.parse<IndicatorMeta>(raw.replace(/^\uFEFF/, ''), {
	header: true,
	skipEmptyLines: true
}).data.map((r) => ({ id: r.id, group: r.group, name_zh: r.name_zh, name_en: r.name_en, unit: r.unit, definition: r.definition ?? '' }));

const byId = new Map(CATALOG.map((i) => [i.id, i]));

export const indicatorMeta = (id: string): IndicatorMeta | undefined => byId.get(id);
