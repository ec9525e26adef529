// Issue 16, row "decompression bomb": a .docx that would expand beyond the limit gets an
// `unreadable` row within a second, whether its declared sizes tell the truth or lie; the rest of
// the run is unaffected.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildZip, deflated, deflatedSpaces, docxBomb, docxEntries } from '../../scripts/fuzz/zip-build';
import { extractFiles } from '../../scripts/lib/pipeline';
import { loadExtractor } from '../../scripts/lib/load-extractor';
import { readInput } from '../../scripts/lib/read';
import { checkZip, MAX_EXPANDED_MB, TOO_LARGE, TOO_MANY_TAGS } from '../../src/lib/ingest/zip-guard';
import { makeDocx } from '../fixtures/cli/docx';

const SEED = readFileSync('data/reports/seeds/000_32b32ec86887132c.txt', 'utf8').replace(/^\uFEFF/, '');
const OVER = MAX_EXPANDED_MB + 14;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-zip-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const writeTemp = (name: string, bytes: Uint8Array): string => {
	writeFileSync(join(dir, name), bytes);
	return join(dir, name);
};

/**
 * Wall-clock guards, not speed claims (timed assertions flake on a shared machine): an unguarded
 * bomb takes ~100 s and GBs, the guard milliseconds; 10 s tells them apart under any load.
 */
const RUNAWAY_S = 10;

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
	const t0 = performance.now();
	const value = await run();
	return [value, (performance.now() - t0) / 1000];
};

describe('checkZip', () => {
	it('passes real .docx files (JSZip-made and hand-made)', async () => {
		expect(await checkZip(await makeDocx(['一行', '两行']))).toEqual({ ok: true });
		expect(await checkZip(buildZip(docxEntries(['主动公开信息 12 条'])))).toEqual({ ok: true });
	});

	it.each(['truth', 'lie', 'zip64'] as const)('refuses a bomb whose declared size is the %s, without inflating it', async (declared) => {
		const bomb = await docxBomb(OVER, declared);
		expect(bomb.length).toBeLessThan(200_000);
		const [result, seconds] = await timed(() => checkZip(bomb));
		expect(result).toEqual({ ok: false, message: TOO_LARGE });
		expect(seconds).toBeLessThan(RUNAWAY_S);
	});

	it('counts every part: many parts each under the limit, together over it, with lying sizes', async () => {
		const part = await deflatedSpaces(20);
		const parts = [0, 1, 2].map((i) => ({ name: `word/media/p${i}.xml`, data: part, method: 8 as const, size: 10 }));
		expect(await checkZip(buildZip([...docxEntries(['x']), ...parts]))).toEqual({ ok: false, message: TOO_LARGE });
	});

	it('refuses a tag bomb (4 MB of empty paragraphs, 7 KB zipped) before mammoth spends seconds and a GB on it', async () => {
		const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
		const bomb = buildZip(docxEntries([], `<w:document ${W}><w:body>${'<w:p/>'.repeat(700_000)}</w:body></w:document>`));
		expect(bomb.length).toBeLessThan(10_000);
		const [result, seconds] = await timed(() => checkZip(bomb));
		expect(result).toEqual({ ok: false, message: TOO_MANY_TAGS });
		expect(seconds).toBeLessThan(RUNAWAY_S);
		// a long report in ordinary markup (2,000 paragraphs of 40 characters) is far below the limit
		expect(await checkZip(buildZip(docxEntries(Array.from({ length: 2000 }, () => '主动公开政府信息120条，其中网站发布80条。'.repeat(2)))))).toEqual({ ok: true });
	});

	describe('pictures do not count as markup (mammoth never parses them for text)', () => {
		const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
		const rels = (...relations: [string, string][]) =>
			deflated('word/_rels/document.xml.rels', `<Relationships>${relations.map(([type, target], i) => `<Relationship Id="r${i}" Type="${R}/${type}" Target="${target}"/>`).join('')}</Relationships>`);
		// 300,000 '<' bytes: as many as the JPEGs of a long photo report may hold by chance
		const picture = (name: string) => deflated(name, '<'.repeat(300_000));

		it('a picture part full of "<" is not counted', async () => {
			expect(await checkZip(buildZip([...docxEntries(['正文']), rels(['image', 'media/image1.jpeg']), picture('word/media/image1.jpeg')]))).toEqual({ ok: true });
		});

		it('but is when anything else points at it, or it is named .xml, or nothing names it', async () => {
			const tooMany = { ok: false, message: TOO_MANY_TAGS };
			expect(await checkZip(buildZip([...docxEntries(['x']), rels(['image', 'media/a.jpeg'], ['styles', 'media/a.jpeg']), picture('word/media/a.jpeg')]))).toEqual(tooMany);
			expect(await checkZip(buildZip([...docxEntries(['x']), rels(['image', 'media/a.xml']), picture('word/media/a.xml')]))).toEqual(tooMany);
			expect(await checkZip(buildZip([...docxEntries(['x']), picture('word/media/orphan.jpeg')]))).toEqual(tooMany);
		});

		it('and mammoth indeed reads a picture-typed tag bomb in milliseconds', async () => {
			const bomb = buildZip([...docxEntries(['正文']), rels(['image', 'media/image1.png']), deflated('word/media/image1.png', '<w:p/>'.repeat(700_000))]);
			expect(await checkZip(bomb)).toEqual({ ok: true });
			const t0 = performance.now();
			expect(await readInput(writeTemp('picture-bomb.docx', bomb))).toMatchObject({ ok: true, text: expect.stringContaining('正文') });
			expect((performance.now() - t0) / 1000).toBeLessThan(RUNAWAY_S);
		});
	});

	it('says what is wrong with files that are not zips or are cut short, without throwing', async () => {
		const good = buildZip(docxEntries([SEED]));
		expect(await checkZip(new TextEncoder().encode('not a zip at all, just text'))).toMatchObject({ ok: false, message: expect.stringMatching(/不是有效的 Word 文档.*\/ not a valid \.docx/) });
		expect(await checkZip(good.subarray(0, good.length - 30))).toMatchObject({ ok: false });
		expect(await checkZip(good.subarray(0, 40))).toMatchObject({ ok: false });
		const lyingOffset = new Uint8Array(good);
		lyingOffset.set([0xff, 0xff, 0xff, 0x7f], good.length - 6);
		expect(await checkZip(lyingOffset)).toMatchObject({ ok: false, message: expect.stringMatching(/损坏.*broken/) });
	});
});

describe('a bomb among the inputs', () => {
	it('gets an unreadable row ("expands beyond N MB") and leaves the other files alone', async () => {
		mkdirSync(join(dir, 'run'));
		writeFileSync(join(dir, 'run', 'bomb.docx'), await docxBomb(OVER, 'lie'));
		writeFileSync(join(dir, 'run', 'honest-bomb.docx'), await docxBomb(OVER, 'truth'));
		writeFileSync(join(dir, 'run', 'report.docx'), buildZip(docxEntries(SEED.split('\n'))));
		writeFileSync(join(dir, 'run', 'report.txt'), SEED);
		const { extractor, gazetteer } = await loadExtractor();
		const t0 = performance.now();
		const run = await extractFiles([join(dir, 'run')], { extractor, gazetteer });
		expect((performance.now() - t0) / 1000).toBeLessThan(3 * RUNAWAY_S);
		const status = Object.fromEntries(run.reports.map((r) => [r.source, r.status]));
		expect(status).toEqual({ 'bomb.docx': 'unreadable', 'honest-bomb.docx': 'unreadable', 'report.docx': 'ok', 'report.txt': 'ok' });
		const bombId = run.reports.find((r) => r.source === 'bomb.docx')!.report_id;
		const [warning] = run.warnings.filter((w) => w.report_id === bombId);
		expect(warning).toMatchObject({ code: 'unreadable', message: `解压后超过 ${MAX_EXPANDED_MB} MB（疑似压缩炸弹）/ expands beyond ${MAX_EXPANDED_MB} MB (a decompression bomb?)` });
	});

	it('reads a .docx whose parts are stored, not deflated', async () => {
		const stored = docxEntries(['主动公开政府信息 35 条']).map((e) => {
			const raw = new Uint8Array(inflateRawSync(e.data));
			return { ...e, data: raw, method: 0 as const, size: raw.length };
		});
		writeFileSync(join(dir, 'stored.docx'), buildZip(stored));
		const outcome = await readInput(join(dir, 'stored.docx'));
		expect(outcome).toMatchObject({ ok: true, text: expect.stringContaining('主动公开政府信息 35 条') });
	});
});
