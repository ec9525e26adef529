// The data view's SQL on real DuckDB (Node). Fixture (tests/fixtures/db-data): 东镇 (甲县) files
// 2018 and twice in 2019 (a19 with 3 values and 2 warnings, its copy a19b with 1); 西乡 (乙县)
// files 2019 with no values; 北镇 (乙县) files 2018 with 1 value and 1 warning; one unreadable file.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coverageQuery, valuesCountQuery, valuesPageQuery, type ValueFilters } from '../../../src/lib/db/queries/data';
import { runQuery } from '../../../src/lib/db/queries/run';
import { openDataset, type NodeDb } from '../../../src/lib/server/duckdb-node';

const DIR = fileURLToPath(new URL('../../fixtures/db-data/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../../fixtures/db/indicators.csv', import.meta.url));
let db: NodeDb;
beforeAll(async () => {
	db = await openDataset(DIR, CATALOG);
});
afterAll(() => db.close());

const NONE: ValueFilters = { region: '', towns: [], group: '', qualifier: '', origin: '' };

describe('coverageQuery', () => {
	it('gives one cell per town and year filed: the report with most values, the count of reports, values and warnings', async () => {
		const rows = await runQuery(db.run, coverageQuery({ region: '', limit: 100, offset: 0 }));
		expect(rows.map((r) => [r.town, r.year, r.report_id, r.reports, r.n_values, r.n_warnings])).toEqual([
			['东镇', 2018, 'a18', 1, 2, 0],
			['东镇', 2019, 'a19', 2, 3, 2],
			['北镇', 2018, 'c18', 1, 1, 1],
			['西乡', 2019, 'b19', 1, 0, 0]
		]);
		expect(new Set(rows.map((r) => r.towns))).toEqual(new Set([3]));
	});

	it('limits to a region and pages by town', async () => {
		const south = await runQuery(db.run, coverageQuery({ region: '990102', limit: 100, offset: 0 }));
		expect(south.map((r) => [r.town, r.year])).toEqual([['北镇', 2018], ['西乡', 2019]]);
		expect(south[0].towns).toBe(2);
		const second = await runQuery(db.run, coverageQuery({ region: '', limit: 1, offset: 1 }));
		expect(second.map((r) => [r.town, r.year, r.towns])).toEqual([['北镇', 2018, 3]]);
	});
});

describe('valuesPageQuery', () => {
	const page = (f: Partial<ValueFilters>, sort: Parameters<typeof valuesPageQuery>[1] = 'indicator', desc = false, limit = 100, offset = 0) =>
		runQuery(db.run, valuesPageQuery({ ...NONE, ...f }, sort, desc, limit, offset));

	it('lists every value with its town and year, in catalog order, the formula-safe quote restored', async () => {
		const rows = await page({});
		expect(rows.map((r) => [r.indicator, r.year, r.town, r.report_id, r.value])).toEqual([
			['active.total', 2018, '东镇', 'a18', 100],
			['active.total', 2018, '北镇', 'c18', 30],
			['active.total', 2019, '东镇', 'a19', 120],
			['active.total', 2019, '东镇', 'a19b', 120],
			['apply.received', 2018, '东镇', 'a18', 0],
			['apply.received', 2019, '东镇', 'a19', 5],
			['channel.website', 2019, '东镇', 'a19', 80]
		]);
		expect(await runQuery(db.run, valuesCountQuery(NONE))).toEqual([{ total: 7 }]);
		expect(await runQuery(db.run, valuesCountQuery({ ...NONE, group: 'apply', year: 2019 }))).toEqual([{ total: 1 }]);
		expect(rows.find((r) => r.indicator === 'channel.website')?.quote).toBe('=网站80条以上');
	});

	it('filters by group, qualifier, origin, year, region and towns', async () => {
		expect((await page({ group: 'apply' })).map((r) => r.report_id)).toEqual(['a18', 'a19']);
		expect((await page({ qualifier: 'approx' })).map((r) => [r.report_id, r.indicator])).toEqual([['a19', 'active.total']]);
		expect((await page({ origin: 'table' })).length).toBe(3);
		expect((await page({ year: 2018 })).length).toBe(3);
		expect((await page({ region: '990102' })).map((r) => r.report_id)).toEqual(['c18']);
		expect((await page({ towns: ['990101001'] })).length).toBe(6);
		expect((await page({ towns: ['990102002', '990102001'] })).map((r) => r.report_id)).toEqual(['c18']);
	});

	it('sorts by a whitelisted column either way and pages', async () => {
		expect((await page({}, 'value', true)).map((r) => r.value)).toEqual([120, 120, 100, 80, 30, 5, 0]);
		expect((await page({}, 'value', false)).map((r) => r.value)).toEqual([0, 5, 30, 80, 100, 120, 120]);
		const p2 = await page({}, 'value', true, 2, 2);
		expect(p2.map((r) => r.value)).toEqual([100, 80]);
	});
});
