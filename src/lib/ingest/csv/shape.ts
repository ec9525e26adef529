// Which kind of CSV a header announces: TownLens's own reports.csv / values.csv / warnings.csv
// (the contract, e.g. an export from another computer), or the simple wide table a person keeps by
// hand: one row per town and year, one column per indicator (`town,county,year,active.total,…`).

export type CsvShape = 'reports' | 'values' | 'warnings' | 'wide';

/** Column names a person may write for the wide table's place and year columns. */
export const WIDE_ALIASES: Record<string, 'town' | 'county' | 'city' | 'province' | 'year'> = {
	town: 'town', 乡镇: 'town', 镇: 'town', 乡镇名称: 'town', 乡镇街道: 'town',
	county: 'county', 县: 'county', 区县: 'county', '县（市、区）': 'county', '县(市、区)': 'county', 县区: 'county',
	city: 'city', 市: 'city', 地市: 'city',
	province: 'province', 省: 'province', 省份: 'province',
	year: 'year', 年度: 'year', 年份: 'year', 年: 'year'
};

export const headerKey = (name: string): string => name.replace(/^\uFEFF/, '').trim();

export function shapeOf(header: readonly string[]): CsvShape | null {
	const names = new Set(header.map(headerKey));
	if (names.has('report_id')) {
		if (names.has('indicator') && names.has('value')) return 'values';
		if (names.has('code') && names.has('message')) return 'warnings';
		if (names.has('status') || names.has('source')) return 'reports';
		return null;
	}
	const roles = new Set(header.map((h) => WIDE_ALIASES[headerKey(h).toLowerCase()] ?? WIDE_ALIASES[headerKey(h)]));
	return roles.has('town') || roles.has('year') ? 'wide' : null;
}
