// Issue 16: every input accounted for, and no input that can take the run down. One describe per
// row of the table (the decompression bomb is in zip-guard.test.ts, formulas and the BOM in
// csv-output.test.ts, UTF-16 without a BOM in decode.test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCsv } from '../../scripts/lib/csv';
import { textPath } from '../../src/lib/contract/texts';
import { checkOutDir } from '../../scripts/lib/out-dir';
import { RunOutputs, writeOutputs } from '../../scripts/lib/output';
import { extractFiles, runPipeline, type RunResult } from '../../scripts/lib/pipeline';
import { recordingExtractor } from '../fixtures/cli/extractor';
import { cli } from '../fixtures/cli/spawn';

// Root reads any folder and writes anywhere, so chmod cannot make these failures for the test run
// as root (CI containers): the file system answers EACCES for paths marked "locked" instead.
vi.mock('node:fs/promises', async (importOriginal) => {
	const real = await importOriginal<typeof import('node:fs/promises')>();
	const denied = (path: unknown) => String(path).includes('locked');
	const eacces = (call: string, path: unknown) => Object.assign(new Error(`EACCES: permission denied, ${call} '${path}'`), { code: 'EACCES' });
	const readdir = ((path: string, options: never) => (denied(path) ? Promise.reject(eacces('scandir', path)) : real.readdir(path, options))) as typeof real.readdir;
	const writeFile = ((path: string, data: string, options?: never) => (denied(path) ? Promise.reject(eacces('open', path)) : real.writeFile(path, data, options))) as typeof real.writeFile;
	return { ...real, readdir, writeFile, default: { ...real, readdir, writeFile } };
});

const SEED = readFileSync('data/reports/seeds/000_32b32ec86887132c.txt', 'utf8').replace(/^\uFEFF/, '');
const LONG_NAME = `${'长'.repeat(100)}.txt`; // 300 bytes: longer than a file name may be (255)
let dir: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'townlens-hard-'));
	mkdirSync(join(dir, 'in', 'locked-folder'), { recursive: true });
	writeFileSync(join(dir, 'in', 'locked-folder', 'hidden.txt'), SEED);
	writeFileSync(join(dir, 'in', 'report.txt'), SEED);
	mkdirSync(join(dir, 'in', 'sub'));
	writeFileSync(join(dir, 'in', 'sub', 'report.txt'), `${SEED}\n`);
	symlinkSync('loop-b', join(dir, 'in', 'loop-a.txt'));
	symlinkSync('loop-a.txt', join(dir, 'in', 'loop-b'));
	symlinkSync('..', join(dir, 'in', 'sub', 'up'));
	symlinkSync('nowhere.txt', join(dir, 'in', 'dangling.txt'));
	execFileSync('mkfifo', [join(dir, 'in', 'pipe.txt')]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowsBySource = (run: RunResult) =>
	Object.fromEntries(run.reports.map((r) => [r.source, [r.status, run.warnings.find((w) => w.report_id === r.report_id)?.message ?? '']]));

describe('a folder the user cannot read, or a path longer than the OS allows, among the inputs', () => {
	it('gives that folder or path an unreadable row with the reason and extracts every other input', async () => {
		const tooLong = join(dir, LONG_NAME);
		const run = await extractFiles([join(dir, 'in'), tooLong], { extractor: recordingExtractor(new Map()) });
		const rows = rowsBySource(run);
		expect(rows['locked-folder/']).toEqual(['unreadable', '没有访问权限 / permission denied']);
		expect(rows[tooLong]).toEqual(['unreadable', '路径超过系统允许的长度 / the path is longer than the system allows']);
		expect(rows['report.txt'][0]).toBe('partial');
		expect(rows['sub/report.txt'][0]).toBe('partial');
	});

	it.skipIf(process.getuid?.() === 0)('(as a user, a real chmod 000 folder)', async () => {
		const real = join(dir, 'chmod-000');
		mkdirSync(real);
		execFileSync('chmod', ['000', real]);
		const run = await extractFiles([real], { extractor: recordingExtractor(new Map()) });
		expect(rowsBySource(run)[real]).toEqual(['unreadable', '没有访问权限 / permission denied']);
	});

	it('exits 1 from the command line with a row for each, not 3', async () => {
		const out = join(dir, 'out-long');
		const run = cli(join(dir, 'in', 'report.txt'), join(dir, LONG_NAME), join(dir, 'in', 'loop-a.txt'), '--out', out);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(1);
		const { rows } = await readCsv(join(out, 'reports.csv'));
		expect(rows.map((r) => [r.source, r.status])).toEqual([
			['report.txt', 'ok'], [join(dir, LONG_NAME), 'unreadable'], [join(dir, 'in', 'loop-a.txt'), 'unreadable']
		]);
	});
});

describe('a symlink loop', () => {
	it('is reported as "symbolic link loop", whether a file link or a folder link back up', async () => {
		const run = await extractFiles([join(dir, 'in')], { extractor: recordingExtractor(new Map()) });
		const rows = rowsBySource(run);
		expect(rows['loop-a.txt']).toEqual(['unreadable', '符号链接循环 / symbolic link loop']);
		expect(rows['loop-b']).toEqual(['unreadable', '符号链接循环 / symbolic link loop']);
		expect(rows['sub/up/']).toEqual(['unreadable', '符号链接循环 / symbolic link loop']);
		expect(rows['dangling.txt']).toEqual(['unreadable', '符号链接指向的文件不存在 / the symbolic link points to nothing']);
	});

	it('named on the command line, too', async () => {
		const run = await extractFiles([join(dir, 'in', 'loop-b')], { extractor: recordingExtractor(new Map()) });
		expect(rowsBySource(run)[join(dir, 'in', 'loop-b')]).toEqual(['unreadable', '符号链接循环 / symbolic link loop']);
	});
});

describe('a named pipe among the inputs (opening it would wait for a writer forever)', () => {
	it('gets a row instead of hanging the run', async () => {
		const run = await extractFiles([join(dir, 'in', 'pipe.txt')], { extractor: recordingExtractor(new Map()) });
		expect(run.reports[0]).toMatchObject({ source: 'pipe.txt', status: 'unreadable' });
		expect(run.warnings[0].message).toMatch(/不是普通文件.*\/ not a regular file/);
	});
});

describe('two inputs with the same file name in different folders', () => {
	it('source is the path relative to the input argument', async () => {
		const run = await extractFiles([join(dir, 'in')], { extractor: recordingExtractor(new Map()) });
		expect(run.reports.map((r) => r.source)).toContain('report.txt');
		expect(run.reports.map((r) => r.source)).toContain('sub/report.txt');
	});

	it('two arguments giving the same relative source are told apart by their paths; a single file keeps its basename', async () => {
		const twoFolders = await extractFiles([join(dir, 'in', 'sub'), join(dir, 'in')], { extractor: recordingExtractor(new Map()) });
		const sources = twoFolders.reports.map((r) => r.source);
		expect(sources).toContain(join(dir, 'in', 'sub', 'report.txt'));
		expect(sources).toContain(join(dir, 'in', 'report.txt'));
		expect(new Set(sources).size).toBe(sources.length);
		const one = await extractFiles([join(dir, 'in', 'sub', 'report.txt')], { extractor: recordingExtractor(new Map()) });
		expect(one.reports[0].source).toBe('report.txt');
	});

	it('their texts are shipped as texts/<report_id>.txt and cannot collide', async () => {
		const out = join(dir, 'dataset');
		const outputs = await RunOutputs.open(out, { withTexts: true });
		await runPipeline([join(dir, 'in', 'report.txt'), join(dir, 'in', 'sub', 'report.txt')], { extractor: recordingExtractor(new Map()) }, outputs);
		await outputs.finish();
		const { rows } = await readCsv(join(out, 'reports.csv'));
		expect(readdirSync(join(out, 'texts')).sort()).toEqual(rows.map((r) => `${r.report_id}.txt`).sort());
		// both named explicitly as report.txt: their sources are their paths
		for (const r of rows) expect(readFileSync(join(out, 'texts', `${r.report_id}.txt`), 'utf8')).toBe(readFileSync(r.source, 'utf8'));
	});

	it('textPath (the browser imports it) names only report ids, never a path out of texts/', () => {
		expect(textPath('0123456789abcdef')).toBe('texts/0123456789abcdef.txt');
		for (const bad of ['../../etc/passwd', 'report.txt', '0123456789ABCDEF', '']) expect(() => textPath(bad)).toThrow();
	});
});

describe('--out is a file, or a folder the user cannot write', () => {
	it('is refused before any work: exit 2 with a bilingual message', () => {
		writeFileSync(join(dir, 'out-file.csv'), 'x');
		const run = cli(join(dir, 'in'), '--out', join(dir, 'out-file.csv'));
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/--out 是一个文件，不是目录：.*\/ --out is a file, not a folder: /);
		expect(run.stdout).toBe('');
	});

	it('a folder under a file cannot be created', async () => {
		expect(await checkOutDir(join(dir, 'out-file.csv', 'sub'))).toEqual({
			ok: false,
			error: `--out 无法创建输出目录：${join(dir, 'out-file.csv', 'sub')}（路径中有一段不是目录 / a part of the path is not a directory） / --out cannot create the output folder: ${join(dir, 'out-file.csv', 'sub')}`
		});
	});

	it('a folder that cannot be written to', async () => {
		mkdirSync(join(dir, 'locked-out'));
		expect(await checkOutDir(join(dir, 'locked-out'))).toMatchObject({ ok: false, error: expect.stringMatching(/--out 无法写入：.*没有访问权限.*\/ --out cannot be written to: /) });
	});

	it('a new folder is created and left with no probe file in it', async () => {
		expect(await checkOutDir(join(dir, 'fresh', 'out'))).toEqual({ ok: true });
		expect(readdirSync(join(dir, 'fresh', 'out'))).toEqual([]);
	});
});

describe('the same --out reused without --format parquet', () => {
	const rows = (n: number) => ({ reports: [], values: [], warnings: Array.from({ length: n }, (_, i) => ({ report_id: `r${i}`, code: 'conflict', indicator: '', message: '' })) });

	it('holds the outputs of one run only: old .parquet removed, the user\'s own files kept', async () => {
		const out = join(dir, 'reused');
		await writeOutputs(out, rows(2), { parquet: true });
		expect(existsSync(join(out, 'warnings.parquet'))).toBe(true);
		writeFileSync(join(out, 'my-notes.txt'), 'mine');
		await writeOutputs(out, rows(1));
		expect(readdirSync(out).sort()).toEqual(['my-notes.txt', 'reports.csv', 'values.csv', 'warnings.csv']);
		expect((await readCsv(join(out, 'warnings.csv'))).rows).toHaveLength(1);
	});

	it('an interrupted run leaves the previous outputs as they were', async () => {
		const out = join(dir, 'interrupted');
		await writeOutputs(out, rows(3));
		const outputs = await RunOutputs.open(out);
		await outputs.append([], [], rows(1).warnings);
		await outputs.abort();
		expect(readdirSync(out).sort()).toEqual(['reports.csv', 'values.csv', 'warnings.csv']);
		expect((await readCsv(join(out, 'warnings.csv'))).rows).toHaveLength(3);
	});
});
