// Some pre-2019 tables carry two or three value columns (上年 / 本年, 上年度 / 本年度 / 增减).
// Their header cells tell which value cell of each row is the reporting year's; a table without
// such headers has one value column.
import { anyOf } from './match-any';

/** a column headed by a year ("2015年") is that year's; the latest of them is the current one */
export type ValueColumnKind = 'previous' | 'current' | 'change' | number;

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

const YEAR_CELL = /^((?:19|20)\d\d)年度?(?:数|统计数)?$/;

/** Any header cell at all, in one regex run: nearly every cell the reader sees is none. */
const ANY_HEADER_CELL = anyOf([YEAR_CELL, ...HEADER_CELLS.map((h) => h.pattern)]);

export function headerCellKind(text: string): ValueColumnKind | null {
	if (!ANY_HEADER_CELL.test(text)) return null;
	const year = YEAR_CELL.exec(text);
	if (year) return Number(year[1]);
	return HEADER_CELLS.find((h) => h.pattern.test(text))?.kind ?? null;
}

function currentColumn(kinds: readonly ValueColumnKind[]): number {
	const named = kinds.indexOf('current');
	if (named >= 0) return named;
	const years = kinds.filter((k) => typeof k === 'number');
	return years.length >= 2 ? kinds.indexOf(Math.max(...years)) : -1;
}

/** The columns a run of header cells describes; null when it names no current-year column beside others. */
export function valueColumns(kinds: readonly ValueColumnKind[]): ValueColumns | null {
	const take = currentColumn(kinds);
	return take >= 0 && kinds.length >= 2 ? { take, count: kinds.length } : null;
}
