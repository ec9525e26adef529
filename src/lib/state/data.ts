// URL state of the data view: /data?ds=demo&tab=values&region=…&towns=…&grp=apply&year=2019&qual=approx&origin=table&sort=-value
// and /data?tab=sql&sql=SELECT… — the query is shown in the editor, never run from a link.
import { ORIGINS, QUALIFIERS, type Origin, type Qualifier } from '$lib/contract/codes';
import type { DatasetId } from '$lib/db/datasets';
import { VALUE_SORTS, type ValueSort } from '$lib/db/queries/data';
import type { Lang } from '$lib/charts/format';
import { COMMON } from './common';
import { bad, ok, oneOf, type Parsed } from './parse';
import { parseState, type KeySpec, type Specs } from './spec';

export const DATA_TABS = ['coverage', 'values', 'sql'] as const;
export type DataTab = (typeof DATA_TABS)[number];

/** A link keeps a query up to this length; longer ones stay in the editor only (a URL is no file). */
export const MAX_SQL_IN_URL = 8_000;

export interface DataSort {
	by: ValueSort;
	desc: boolean;
}

export interface DataState {
	ds: DatasetId;
	lang: Lang;
	tab: DataTab;
	region: string;
	towns: string[];
	grp: string;
	year: number | undefined;
	qual: Qualifier | '';
	origin: Origin | '';
	sort: DataSort;
	sql: string;
}

const sortParse = (raw: string): Parsed<DataSort> => {
	const desc = raw.startsWith('-');
	const by = desc ? raw.slice(1) : raw;
	return (VALUE_SORTS as readonly string[]).includes(by) ? ok({ by: by as ValueSort, desc }) : bad(raw, `${VALUE_SORTS.join(' | ')}, - for descending`);
};

const sqlParse = (raw: string): Parsed<string> =>
	raw.length <= MAX_SQL_IN_URL ? ok(raw) : bad(raw, `≤ ${MAX_SQL_IN_URL.toLocaleString('en')} characters`);

const optional = <T extends string>(values: readonly T[]) =>
	({ parse: (raw: string) => (raw === '' ? ok('' as const) : oneOf(values)(raw)), fmt: (v: string) => v || undefined, default: '' }) as KeySpec<T | ''>;

export const DATA_SPECS: Specs<DataState> = {
	ds: COMMON.ds,
	tab: { parse: oneOf(DATA_TABS), fmt: (v) => v, default: 'coverage' } as KeySpec<DataTab>,
	region: COMMON.region,
	towns: COMMON.towns,
	grp: { parse: (raw) => (/^[a-z][a-z0-9_]{0,30}$/.test(raw) ? ok(raw) : bad(raw, 'an indicator group, e.g. apply')), fmt: (v) => v || undefined, default: '' },
	year: COMMON.year,
	qual: optional(QUALIFIERS),
	origin: optional(ORIGINS),
	sort: { parse: sortParse, fmt: (v) => `${v.desc ? '-' : ''}${v.by}`, default: { by: 'town', desc: false } },
	sql: { parse: sqlParse, fmt: (v) => v || undefined, default: '' },
	lang: COMMON.lang
};

export function parseData(q: URLSearchParams) {
	const p = parseState(DATA_SPECS, q);
	// a link with a query and no tab opens the console (where the query is shown)
	if (!p.given.has('tab') && p.given.has('sql')) p.state.tab = 'sql';
	return p;
}
