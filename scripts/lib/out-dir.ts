// `--out` is checked before any work (DESIGN.md §3: a usage error, exit 2): a run of 20,000 files
// must not end by failing to write. The folder is created if missing and proven writable.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './fs-errors';

export type OutDirCheck = { ok: true } | { ok: false; error: string };

export async function checkOutDir(out: string): Promise<OutDirCheck> {
	const fail = (zh: string, en: string, why?: string): OutDirCheck => ({
		ok: false,
		error: `--out ${zh}：${out}${why ? `（${why}）` : ''} / --out ${en}: ${out}`
	});
	try {
		if (!(await stat(out)).isDirectory()) return fail('是一个文件，不是目录', 'is a file, not a folder');
	} catch {
		try {
			await mkdir(out, { recursive: true });
		} catch (error) {
			return fail('无法创建输出目录', 'cannot create the output folder', describeFsError(error));
		}
	}
	// access(W_OK) says yes to root on a read-only mount and ignores ACLs; writing a file does not lie
	const probe = join(out, `.townlens-write-test-${randomBytes(6).toString('hex')}`);
	try {
		await writeFile(probe, '');
	} catch (error) {
		return fail('无法写入', 'cannot be written to', describeFsError(error));
	} finally {
		await rm(probe, { force: true }).catch(() => undefined);
	}
	return { ok: true };
}
