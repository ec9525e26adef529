// The contract's twin spellings (TypeScript for the CLI, SQL for the browser's tables) agree.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { restoreCell, restoreCellSql, safeCell } from '../../src/lib/contract/csv-cell';
import { TOWN_KEY_SQL, townId, type TownKeyParts } from '../../src/lib/contract/town-key';

let conn: DuckDBConnection;
beforeAll(async () => {
	conn = await (await DuckDBInstance.create(':memory:')).connect();
});

async function sqlValue(sql: string, params: string[]): Promise<unknown> {
	const stmt = await conn.prepare(sql);
	stmt.bind(params);
	return (await stmt.runAndReadAll()).getRows()[0][0];
}

describe('safeCell / restoreCell', () => {
	const cases: [string, string][] = [
		['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
		['+86 0791', `'+86 0791`],
		['-2 件', `'-2 件`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tcmd', `'\tcmd`],
		['\rcmd', `'\rcmd`],
		["'=already", `''=already`],
		['-2', '-2'],
		['+3.5', '+3.5'],
		['1e5', '1e5'],
		['主动公开信息 756 条', '主动公开信息 756 条'],
		["it's", "it's"],
		["'plain", "'plain"],
		['', '']
	];
	it.each(cases)('%j → %j and back', (raw, safe) => {
		expect(safeCell(raw)).toBe(safe);
		expect(restoreCell(safe)).toBe(raw);
	});
	it.each(cases)('the SQL restore of %j agrees with restoreCell', async (raw) => {
		const safe = safeCell(raw);
		expect(await sqlValue(`SELECT ${restoreCellSql('c')} FROM (SELECT ?::VARCHAR AS c)`, [safe])).toBe(raw);
	});
});

describe('town key', () => {
	const cases: TownKeyParts[] = [
		{ town: '松山镇', county: '磐石市', province: '吉林省', town_code: '220284108' },
		{ town: '青石镇人民政府', county: '某 县', province: '某省', town_code: '' },
		{ town: '城关街道办事处', county: '', province: '', town_code: '' },
		{ town: '', county: '某县', province: '某省', town_code: '' },
		{ town: '东乡政府', county: '西县', province: '南省', town_code: '' }
	];
	it('TypeScript: code when resolved, else the normalised name path, empty without a town', () => {
		expect(cases.map(townId)).toEqual(['220284108', '某省/某县/青石镇', '//城关街道', '', '南省/西县/东乡']);
	});
	it.each(cases)('SQL over a row without town_id gives the same key as the CLI (%j)', async (c) => {
		const sql = `SELECT ${TOWN_KEY_SQL} FROM (SELECT ?::VARCHAR AS town_id, ?::VARCHAR AS town, ?::VARCHAR AS county, ?::VARCHAR AS province)`;
		const key = await sqlValue(sql, [c.town_code, c.town, c.county, c.province]);
		expect(key ?? '').toBe(townId(c));
	});
});
