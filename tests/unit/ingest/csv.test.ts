// CSV import: the wide table (town,county,year,<indicator>…) to the contract's long rows, and every
// validation rule with its file, row and column; TownLens's own CSVs round-trip unchanged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../../../scripts/fuzz/gb18030';
import { previewOf } from '$lib/ingest/preview';
import { runBatch, utf8, valueRows, where } from './helpers';

describe('wide → long', () => {
	it('one report per town and year, one value per filled cell; empty is not zero; marks become qualifiers', async () => {
		const b = await runBatch({
			'towns.csv': 'town,county,year,active.total,apply.received,uses.wechat\n蒙山镇,上高县,2019,120,,1\n蒙山镇人民政府,上高县,2020,≈400,0,\n松山镇,磐石市,2020,≥30,5,0\n'
		});
		expect(where(b)).toEqual([]);
		const reports = b.out.reports;
		expect(reports.map((r) => [r.town, r.county, r.province, r.year, r.town_id, r.n_values, r.status, r.level])).toEqual([
			['蒙山镇', '上高县', '江西省', 2019, '360923108', 2, 'ok', 'township'],
			['蒙山镇', '上高县', '江西省', 2020, '360923108', 2, 'ok', 'township'],
			['松山镇', '磐石市', '吉林省', 2020, '220284100', 3, 'ok', 'township']
		]);
		// ids: 8 hex digits of the file's SHA-256, then the row number
		expect(reports.map((r) => String(r.report_id).slice(8))).toEqual(['00000002', '00000003', '00000004']);
		expect(new Set(reports.map((r) => String(r.report_id).slice(0, 8))).size).toBe(1);
		expect(reports[0].source).toBe('towns.csv#2');
		const id = (i: number) => reports[i].report_id;
		expect(valueRows(b)).toEqual([
			`${id(0)},active.total,120,exact,table,,,`,
			`${id(0)},uses.wechat,1,exact,table,,,`,
			`${id(1)},active.total,400,approx,table,,,`,
			`${id(1)},apply.received,0,zero_stated,table,,,`,
			`${id(2)},active.total,30,at_least,table,,,`,
			`${id(2)},apply.received,5,exact,table,,,`,
			`${id(2)},uses.wechat,0,zero_stated,table,,,`
		]);
	});

	it('rows of one town and year fill one report; Chinese headers and names work too', async () => {
		const b = await runBatch({ 'a.csv': '乡镇,县,年度,主动公开政府信息数\n蒙山镇,上高县,2019年,120\n', 'b.csv': 'town,county,year,apply.received\n蒙山镇,上高县,2019,7\n' });
		expect(where(b)).toEqual([]);
		expect(b.out.reports).toHaveLength(1);
		expect(b.out.reports[0].n_values).toBe(2);
		expect(valueRows(b).map((r) => r.split(',')[1])).toEqual(['active.total', 'apply.received']);
	});

	it('a town the gazetteer lacks keeps its own names (name-path key) with a warning; markup and formulas stay text', async () => {
		const b = await runBatch({ 'x.csv': 'town,county,province,year,active.total\n<b>花溪镇</b>,楸川县,楸川省,2019,3\n"=HYPERLINK(""http://x"",""y"")",某县,,2019,4\n' });
		expect(b.out.reports.map((r) => [r.town, r.town_id])).toEqual([
			['<b>花溪镇</b>', '楸川省/楸川县/<b>花溪镇</b>'],
			['=HYPERLINK("http://x","y")', '/某县/=HYPERLINK("http://x","y")']
		]);
		expect(b.out.warnings.map((w) => w.code)).toEqual(['town_unknown', 'town_unknown']);
		// written formula-safe: a spreadsheet opening the export shows text, never runs it
		expect(b.out.tables().reports).toContain(`'=HYPERLINK(""http://x"",""y"")`);
	});
});

describe('validation: every problem with file, row and column; the good rows stay importable', () => {
	it('unknown indicator, not a number, negative, not a flag, missing town, missing or bad year, duplicate', async () => {
		const b = await runBatch({
			'w.csv': [
				'town,county,year,active.total,no.such,uses.wechat',
				'蒙山镇,上高县,2019,12x,5,1',
				',上高县,2019,1,,',
				'蒙山镇,上高县,,1,,',
				'蒙山镇,上高县,1999,1,,',
				'蒙山镇,上高县,2019,-3,,2',
				'蒙山镇,上高县,2019,,,1',
				'蒙山镇,上高县,2020,"1,234",,'
			].join('\r\n')
		});
		expect(where(b)).toEqual([
			'w.csv:1:no.such:unknown_indicator',
			'w.csv:2:active.total:not_a_number',
			'w.csv:3:town:missing_town',
			'w.csv:4:year:missing_year',
			'w.csv:5:year:bad_year',
			'w.csv:6:active.total:negative',
			'w.csv:6:uses.wechat:not_a_flag',
			'w.csv:7:uses.wechat:duplicate'
		]);
		expect(b.issues.list.every((i) => i.zh && i.en && i.severity === 'error')).toBe(true);
		expect(b.issues.list[7].en).toBe('the same town, year and indicator is already given at w.csv#2; this value is not imported');
		expect(valueRows(b).map((r) => r.split(',').slice(1, 3).join('='))).toEqual(['uses.wechat=1', 'active.total=1234']);
	});

	it('encodings: GB18030 read with a notice; undecodable bytes, binary, empty and oversized files refused', async () => {
		const gb = await runBatch({ 'gb.csv': encodeGb18030('town,county,year,active.total\n蒙山镇,上高县,2019,5\n') });
		expect(gb.issues.list.map((i) => [i.code, i.severity])).toEqual([['encoding_guessed', 'notice']]);
		expect(gb.out.reports[0].town).toBe('蒙山镇');
		const bad = await runBatch({
			'bin.csv': new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 9, 1, 2]),
			'empty.csv': '',
			'big.csv': 'town,year\n' + 'x,2019\n'.repeat(100),
			'odd.csv': 'name,age\nx,1\n'
		}, { maxCsvBytes: 500 });
		expect(where(bad)).toEqual(['big.csv:0::too_large', 'bin.csv:0::binary', 'empty.csv:0::empty', 'odd.csv:0::unknown_shape']);
		expect(bad.lines.map((l) => l.status)).toEqual(['refused', 'refused', 'refused', 'refused']);
		expect(bad.out.reports).toHaveLength(0);
	});

	it('a character split across two chunks of the stream stays whole', async () => {
		const bytes = utf8('town,county,year,active.total\n' + '蒙山镇,上高县,2019,5\n'.repeat(50));
		const parts: Uint8Array<ArrayBuffer>[] = [];
		for (let i = 0; i < bytes.length; i += 7) parts.push(bytes.slice(i, i + 7));
		const b = await runBatch({ 'split.csv': new Uint8Array(await new Blob(parts).arrayBuffer()) });
		expect(b.out.reports).toHaveLength(1);
		expect(where(b).filter((w) => !w.endsWith(':duplicate'))).toEqual([]);
	});

	it('a quote that never closes stops the file with the row where it opened', async () => {
		const b = await runBatch({ 'q.csv': 'town,county,year,active.total\n蒙山镇,上高县,2019,"5\n' + 'x,y,2019,1\n'.repeat(120_000) });
		expect(where(b)).toEqual(['q.csv:2::unclosed_quote']);
	});

	it('the same file again is recognised by its hash and not imported twice', async () => {
		const text = 'town,county,year,active.total\n蒙山镇,上高县,2019,5\n';
		const first = await runBatch({ 'a.csv': text });
		const again = await runBatch({ 'renamed.csv': text }, { known: { hashes: new Map([[first.hashes[0], '2026-03-01T08:00:00Z']]), ids: new Map() } });
		expect(again.lines[0]).toMatchObject({ status: 'already', message: expect.stringContaining('2026-03-01') });
		expect(again.out.reports).toHaveLength(0);
	});
});

describe("TownLens's own CSVs", () => {
	const seeds = (t: string) => readFileSync(`static/data/seeds/${t}.csv`, 'utf8');

	it('the shipped seeds CSVs import unchanged, byte for byte', async () => {
		const b = await runBatch({ 'values.csv': seeds('values'), 'warnings.csv': seeds('warnings'), 'reports.csv': seeds('reports') });
		expect(where(b)).toEqual([]);
		const t = b.out.tables();
		expect([t.reports, t.values, t.warnings]).toEqual([seeds('reports'), seeds('values'), seeds('warnings')]);
	});

	it('values without their reports.csv are refused; bad cells and unknown report ids are named', async () => {
		expect(where(await runBatch({ 'values.csv': seeds('values') }))).toEqual(['values.csv:0::needs_reports']);
		const reports = seeds('reports').split('\n').slice(0, 2).join('\n') + '\n';
		const id = reports.split('\n')[1].split(',')[0];
		const b = await runBatch({
			'reports.csv': reports,
			'values.csv': `report_id,indicator,value,qualifier,origin,quote,start,end\n${id},active.total,x,exact,prose,q,1,2\n${id},active.total,3,roughly,prose,q,1,2\nffffffffffffffff,active.total,3,exact,prose,q,1,2\n${id},no.such,3,exact,prose,q,1,2\n`
		});
		expect(where(b)).toEqual(['values.csv:2:value:not_a_number', 'values.csv:3:qualifier:bad_value', 'values.csv:4:report_id:unknown_report', 'values.csv:5:indicator:unknown_indicator']);
	});
});

describe('towns that resolve ambiguously', () => {
	it('ask for the county; the answer applies to every report of that name and is remembered', async () => {
		const csv = 'town,year,active.total\n松山镇,2019,5\n松山镇,2020,6\n';
		const b = await runBatch({ 's.csv': csv });
		const [q] = previewOf(b).ambiguous;
		expect(q).toMatchObject({ town: '松山镇', reports: 2, chosen: '', remembered: false });
		expect(q.candidates.map((c) => c.county)).toEqual(['磐石市', '大冶市']);
		expect(b.out.reports.map((r) => r.town_id)).toEqual(['//松山镇', '//松山镇']);
		b.choose(q.candidates[1]);
		expect(b.out.reports.map((r) => [r.town_id, r.county, r.province])).toEqual([['420281105', '大冶市', '湖北省'], ['420281105', '大冶市', '湖北省']]);
		expect(String(b.out.warnings[0].message)).toContain('chosen on import: 湖北省 黄石市 大冶市');
		const later = await runBatch({ 'later.csv': 'town,year,active.total\n松山镇,2021,9\n' }, { answers: [q.candidates[1]] });
		expect(previewOf(later).ambiguous[0]).toMatchObject({ chosen: '420281105', remembered: true });
		expect(later.out.reports[0].town_id).toBe('420281105');
	});
});
