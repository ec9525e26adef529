// A shipped dataset merged with this browser's imports (`seeds,local`), loaded with the browser's
// own SQL on DuckDB in Node: the same town from both sides is one town (its reports line up over
// the years), different towns never share a key (a second 松山镇, an unknown town), and a shipped
// report imported again is not counted twice.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCompact } from '$lib/extract/gazetteer';
import { openDataset, type NodeDb } from '$lib/server/duckdb-node';
import { runBatch } from './helpers';

const SEEDS = 'data/reports/seeds';
let dir: string;
let db: NodeDb;

beforeAll(async () => {
	const gazetteer = fromCompact(JSON.parse(readFileSync('static/data/gazetteer.json', 'utf8')));
	const files: Record<string, string | Uint8Array> = Object.fromEntries(readdirSync(SEEDS).map((n) => [n, readFileSync(join(SEEDS, n))]));
	files['mine.csv'] = 'town,county,year,active.total\n蒙山镇,上高县,2019,140\n松山镇,容县,2020,33\n花溪镇,楸川县,2020,8\n';
	const batch = await runBatch(files, { gazetteer });
	dir = mkdtempSync(join(tmpdir(), 'townlens-merge-'));
	const t = batch.out.tables();
	writeFileSync(join(dir, 'reports.csv'), t.reports);
	writeFileSync(join(dir, 'values.csv'), t.values);
	writeFileSync(join(dir, 'warnings.csv'), t.warnings);
	db = await openDataset('static/data/seeds', 'static/data/indicators.csv', 'seeds,local', dir);
});
afterAll(() => {
	db?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('seeds,local', () => {
	it('holds each report once: the five seed files imported again are the shipped ones', async () => {
		const [n] = await db.run(`SELECT count(*) AS reports, count(DISTINCT report_id) AS ids, (SELECT count(*) FROM vals) AS "values" FROM reports`, []);
		expect(n).toEqual({ reports: 8, ids: 8, values: 126 + 3 });
	});

	it('the same town is one key with reports from both sides; a second 松山镇 and an unknown town get keys of their own', async () => {
		const towns = await db.run(`SELECT town_key, town, county, reports, name_shared FROM towns ORDER BY town_key`, []);
		expect(towns).toHaveLength(7);
		expect(towns.find((t) => t.town === '蒙山镇')).toMatchObject({ town_key: '360923108', reports: 2 });
		expect(towns.filter((t) => t.town === '松山镇').map((t) => [t.town_key, t.county, t.name_shared])).toEqual([
			['220284108', '磐石市', true],
			['450921109', '容县', true]
		]);
		expect(towns.find((t) => t.town === '花溪镇')).toMatchObject({ town_key: '/楸川县/花溪镇' });
		// no key names two places
		const clashes = await db.run(`SELECT town_key FROM town_reports GROUP BY town_key HAVING count(DISTINCT coalesce(province, '') || '|' || coalesce(county, '')) > 1`, []);
		expect(clashes).toEqual([]);
	});
});
