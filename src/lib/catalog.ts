// The indicator catalog as the app ships it (data/indicators.csv, turned into JSON at build time by
// the `virtual:catalog` plugins in vite.config.ts): names and units are known before DuckDB starts,
// so a chart's title never waits for the database. Definitions (long text) load when shown. Which
// indicators a dataset states still comes from DuckDB (dataset context).
import rows from 'virtual:catalog';

export interface IndicatorMeta {
	id: string;
	group: string;
	name_zh: string;
	/** once the English words have loaded (loadLang('en')); the Chinese name until then */
	readonly name_en: string;
	unit: string;
}

let english: Readonly<Record<string, string>> = {};

/** The English names, set by loadLang('en') with the other English words (a Chinese page never loads them). */
export function setCatalogEnglish(names: Readonly<Record<string, string>>): void {
	english = names;
}

export const CATALOG: readonly IndicatorMeta[] = rows.map((r) => ({
	...r,
	get name_en() {
		return english[r.id] ?? r.name_zh;
	}
}));

const byId = new Map(CATALOG.map((i) => [i.id, i]));

export const indicatorMeta = (id: string): IndicatorMeta | undefined => byId.get(id);

/** id → the catalog's definition, fetched the first time one is shown. */
export const loadDefinitions = (): Promise<Record<string, string>> => import('virtual:catalog-definitions').then((m) => m.default);
