// The browser import and the CLI give the same rows for the same files: report ids, statuses,
// values with their quotes and offsets, warnings, metadata, town ids, texts, duplicate handling.
// The browser side runs the import worker's own code (ImportBatch) with the compact gazetteer it
// fetches (static/data/gazetteer.json); the CLI side is extractFiles with the national gazetteer.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '$lib/catalog';
import { csvLines, toCsv } from '$lib/contract/csv-text';
import { REPORT_COLUMNS, VALUE_COLUMNS, WARNING_COLUMNS } from '$lib/contract/tables';
import { extract } from '$lib/extract';
import { fromCompact } from '$lib/extract/gazetteer';
import { ImportBatch } from '$lib/ingest/batch';
import { catalogOf } from '$lib/ingest/catalog';
import { encodeGb18030 } from '../../../scripts/fuzz/gb18030';
import { extractFiles } from '../../../scripts/lib/pipeline';
import { loadExtractor } from '../../../scripts/lib/load-extractor';
import { makeDocx } from '../../fixtures/cli/docx';

const SEEDS = 'data/reports/seeds';
const browserGazetteer = fromCompact(JSON.parse(readFileSync('static/data/gazetteer.json', 'utf8')));

async function browserRun(dir: string, names: string[], inFolder: boolean) {
	const batch = new ImportBatch({
		extractor: extract, gazetteer: browserGazetteer, catalog: catalogOf(CATALOG),
		known: { hashes: new Map(), ids: new Map() }, answers: []
	});
	await batch.run(names.map((n) => ({ file: new Blob([readFileSync(join(dir, n))]), path: inFolder ? `picked/${n}` : n, inFolder })));
	return batch;
}

let dir: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-parity-'));
	const seed = readFileSync(join(SEEDS, '001_9f9339e134f92e4c.txt'), 'utf8');
	const html = `<html><head><meta charset="gbk"><title>t</title><script>alert(1)</script></head><body><p>${seed.split('\n').join('</p><p>')}</p></body></html>`;
	writeFileSync(join(dir, 'a.html'), encodeGb18030(html));
	writeFileSync(join(dir, 'b.docx'), await makeDocx(seed.split('\n')));
	const utf16 = Buffer.from('\ufeff' + seed, 'utf16le');
	writeFileSync(join(dir, 'c-utf16.txt'), utf16);
	writeFileSync(join(dir, 'd-gb.txt'), encodeGb18030(seed));
	writeFileSync(join(dir, 'e-copy.txt'), seed); // the same content as f: a duplicate
	writeFileSync(join(dir, 'f.txt'), seed);
	writeFileSync(join(dir, 'g-empty.txt'), '');
	writeFileSync(join(dir, 'h.bin'), new Uint8Array([0, 1, 2, 3, 255, 0, 7]));
	writeFileSync(join(dir, 'i-news.txt'), '县长调研春耕生产\n3月5日，县长一行来到田间地头，查看小麦长势。');
	mkdirSync(join(dir, 'sub'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectSameRows(cli: Awaited<ReturnType<typeof extractFiles>>, batch: ImportBatch) {
	const t = batch.out.tables();
	expect(t.reports).toBe(toCsv(REPORT_COLUMNS, cli.reports));
	expect(t.values).toBe(toCsv(VALUE_COLUMNS, []) + csvLines(VALUE_COLUMNS, cli.values));
	expect(t.warnings).toBe(toCsv(WARNING_COLUMNS, cli.warnings));
}

describe('browser import = CLI', () => {
	it('on the five seed files (the shipped seeds dataset, byte for byte, texts included)', async () => {
		const names = readdirSync(SEEDS).sort();
		const batch = await browserRun(SEEDS, names, true);
		const t = batch.out.tables();
		for (const [table, text] of Object.entries({ reports: t.reports, values: t.values, warnings: t.warnings })) {
			expect(text, table).toBe(readFileSync(`static/data/seeds/${table}.csv`, 'utf8'));
		}
		expect(batch.out.texts.size).toBe(5);
		for (const [id, text] of batch.out.texts) expect(text).toBe(readFileSync(`static/data/seeds/texts/${id}.txt`, 'utf8'));
		const { extractor, gazetteer } = await loadExtractor();
		expectSameRows(await extractFiles([SEEDS], { extractor, gazetteer }), batch);
	});

	it('on HTML (GBK, with a script), .docx, UTF-16, GB18030, a duplicate, an empty, a binary and a news file', async () => {
		const names = readdirSync(dir).filter((n) => n !== 'sub').sort();
		const { extractor, gazetteer } = await loadExtractor();
		const cli = await extractFiles(names.map((n) => join(dir, n)), { extractor, gazetteer });
		const batch = await browserRun(dir, names, false);
		// a file read without content (empty, or a type never read) has no hash: its id hashes the
		// path each side sees (the CLI's full path, the browser's name), the only difference allowed
		for (const r of cli.reports.filter((x) => x.sha256 === '')) {
			const id = batch.out.reports.find((b) => b.source === r.source)!.report_id;
			for (const w of cli.warnings) if (w.report_id === r.report_id) w.report_id = id;
			r.report_id = id;
		}
		expectSameRows(cli, batch);
		const status = Object.fromEntries(batch.out.reports.map((r) => [r.source, r.status]));
		expect(status).toMatchObject({ 'a.html': 'ok', 'b.docx': 'ok', 'c-utf16.txt': 'ok', 'd-gb.txt': 'ok', 'e-copy.txt': 'ok', 'f.txt': 'ok', 'g-empty.txt': 'unreadable', 'h.bin': 'unreadable', 'i-news.txt': 'unrecognized' });
		expect(batch.out.warnings.filter((w) => w.code === 'duplicate').map((w) => w.message)).toEqual(['与 e-copy.txt 内容相同 / same content as e-copy.txt']);
		expect(batch.out.texts.get(String(batch.out.reports.find((r) => r.source === 'a.html')!.report_id))).not.toContain('alert');
	});
});

describe('status lines', () => {
	it('say why a readable file is no town: a county report, a report without a town', async () => {
		const county = '某县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年，全县主动公开政府信息1200条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请45件。';
		const batch = new ImportBatch({ extractor: extract, gazetteer: browserGazetteer, catalog: catalogOf(CATALOG), known: { hashes: new Map(), ids: new Map() }, answers: [] });
		await batch.run([{ file: new Blob([county]), path: 'county.txt', inFolder: false }]);
		const [line] = batch.lines;
		expect(batch.out.reports[0].level).not.toBe('township');
		expect(batch.out.reports[0].town).toBe('');
		expect(line.message).toMatch(/不是乡镇报告 \/ a county or district/);
		// a page whose town cannot be told is kept, but as no town
		const nameless = new ImportBatch({ extractor: extract, gazetteer: browserGazetteer, catalog: catalogOf(CATALOG), known: { hashes: new Map(), ids: new Map() }, answers: [] });
		await nameless.run([{ file: new Blob(['2019年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息120条，其中通过政府网站公开80条。\n二、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请3件。']), path: 'x.txt', inFolder: false }]);
		expect(nameless.out.reports[0].town).toBe('');
		expect(nameless.out.reports[0].status).toBe('partial');
		expect(nameless.lines[0].message).toMatch(/counted as no town$/);
	});
});
