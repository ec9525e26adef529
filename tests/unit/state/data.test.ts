// The data view's URL state with hostile values: every bad key named, the rest kept; a query is text.
import { describe, expect, it } from 'vitest';
import { DATA_SPECS, MAX_SQL_IN_URL, parseData } from '../../../src/lib/state/data';
import { queryOf } from '../../../src/lib/state/spec';

const parse = (q: string) => parseData(new URLSearchParams(q));

describe('parseData', () => {
	it('reads filters, sort and the query', () => {
		const p = parse('ds=seeds&tab=values&grp=apply&year=2019&qual=approx&origin=table&sort=-value&towns=990101001');
		expect(p.notices).toEqual([]);
		expect(p.state).toMatchObject({ ds: 'seeds', tab: 'values', grp: 'apply', year: 2019, qual: 'approx', origin: 'table', sort: { by: 'value', desc: true }, towns: ['990101001'] });
	});
	it('opens the console for a link with a query and no tab, and keeps the query as text', () => {
		const sql = "SELECT * FROM vals WHERE quote LIKE '%;DROP%' -- & # ?";
		const p = parse(new URLSearchParams({ sql }).toString());
		expect(p.state.tab).toBe('sql');
		expect(p.state.sql).toBe(sql);
		expect(new URLSearchParams(queryOf(DATA_SPECS, p.state)).get('sql')).toBe(sql);
	});
	it('names bad values and falls back', () => {
		const p = parse(`tab=drop&sort=value;--&qual=%3Cb%3E&origin=x&grp=DROP%20TABLE&sql=${'x'.repeat(MAX_SQL_IN_URL + 1)}`);
		expect(p.notices.map((n) => n.param).sort()).toEqual(['grp', 'origin', 'qual', 'sort', 'sql', 'tab']);
		expect(p.state).toMatchObject({ tab: 'coverage', sort: { by: 'town', desc: false }, qual: '', origin: '', grp: '', sql: '' });
		expect(p.notices.find((n) => n.param === 'sql')?.raw.length).toBeLessThan(120);
	});
	it('writes only what differs from the defaults, the sort as -column for descending', () => {
		const s = parse('ds=demo&tab=values&sort=-year').state;
		expect(queryOf(DATA_SPECS, s)).toBe('ds=demo&tab=values&sort=-year');
	});
});
