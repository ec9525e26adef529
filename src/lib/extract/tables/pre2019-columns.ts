// Some pre-2019 tables carry two or three value columns (上年 / 本年, 上年度 / 本年度 / 增减).
// Their header cells tell which value cell of each row is the reporting year's; a table without
// such headers has one value column.

export type ValueColumnKind = 'previous' | 'current' | 'change';

export interface ValueColumns {
	/** index, among a row's value cells, of the reporting year's value */
	take: number;
	count: number;
}

export const ONE_COLUMN: ValueColumns = { take: 0, count: 1 };

const HEADER_CELLS: readonly { kind: ValueColumnKind; pattern: RegExp }[] = [
	{ kind: 'previous', pattern: /^(?:上一?年度?|去年)(?:数|数量|数据|同期)?$/ },
	{ kind: 'current', pattern: /^(?:本年度?|今年|当年)(?:数|数量|数据|统计数)?$/ },
	{ kind: 'change', pattern: /^(?:同比|比上年)?(?:增减|增[/／、]减|增长)(?:数|量|情况)?(?:[(（]%?[)）])?$/ }
];

export function headerCellKind(text: string): ValueColumnKind | null {
	return HEADER_CELLS.find((h) => h.pattern.test(text))?.kind ?? null;
}

/** The columns a run of header cells describes; null when it names no current-year column beside others. */
export function valueColumns(kinds: readonly ValueColumnKind[]): ValueColumns | null {
	const take = kinds.indexOf('current');
	return take >= 0 && kinds.length >= 2 ? { take, count: kinds.length } : null;
}
