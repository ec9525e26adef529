// Expands the command-line inputs into a sorted list of files. Nothing the user named disappears:
// a path that does not exist, a folder that cannot be listed, a symbolic-link loop each become an
// entry with the reason, which the pipeline turns into an `unreadable` row.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { extensionOf, NOT_REPORTS } from '../../src/lib/ingest/read';
import { describeFsError, errorCode, SYMLINK_LOOP } from './fs-errors';

export interface CollectedInputs {
	entries: InputEntry[];
	/** files inside walked directories that are clearly not reports */
	skipped: string[];
}

export interface InputEntry {
	/** where to read it */
	path: string;
	/**
	 * reports.csv `source`: the path relative to the input argument ('/'-separated), the basename of
	 * a file named explicitly, the path as typed when the argument itself cannot be reached.
	 */
	source: string;
	/** why the path cannot be read (bilingual); the entry still gets its row */
	error?: string;
}

const BROKEN_LINK = '符号链接指向的文件不存在 / the symbolic link points to nothing';
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const posix = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));

interface Walk {
	into: CollectedInputs;
	/** real paths of the directories above this one: a link back to one of them is a loop */
	ancestors: Set<string>;
}

async function walkDirectory(dir: string, rel: string, walk: Walk): Promise<void> {
	let entries;
	try {
		entries = await readdir(dir, { withFileTypes: true });
	} catch (error) {
		walk.into.entries.push({ path: dir, source: rel ? `${rel}/` : dir, error: describeFsError(error) });
		return;
	}
	entries.sort((a, b) => byCodePoint(a.name, b.name));
	for (const entry of entries) {
		// dot-files are editor and OS litter (.DS_Store, .~lock) and our own unfinished outputs, never reports
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		const source = rel ? `${rel}/${entry.name}` : entry.name;
		let isDirectory = entry.isDirectory();
		if (entry.isSymbolicLink()) {
			try {
				isDirectory = (await stat(path)).isDirectory();
			} catch (error) {
				const reason = errorCode(error) === 'ENOENT' ? BROKEN_LINK : describeFsError(error);
				walk.into.entries.push({ path, source, error: reason });
				continue;
			}
		}
		if (isDirectory) await enterDirectory(path, source, walk);
		else if (NOT_REPORTS.has(extensionOf(entry.name))) walk.into.skipped.push(path);
		// FIFOs, sockets and devices are entries too: the reader refuses them with a reason
		else walk.into.entries.push({ path, source });
	}
}

async function enterDirectory(path: string, source: string, walk: Walk): Promise<void> {
	let real: string;
	try {
		real = await realpath(path);
	} catch (error) {
		walk.into.entries.push({ path, source: `${source}/`, error: describeFsError(error) });
		return;
	}
	if (walk.ancestors.has(real)) {
		walk.into.entries.push({ path, source: `${source}/`, error: SYMLINK_LOOP });
		return;
	}
	walk.ancestors.add(real);
	await walkDirectory(path, source, walk);
	walk.ancestors.delete(real);
}

/** Two different files with the same relative source (from two arguments) are named by their full paths. */
function disambiguate(entries: InputEntry[]): void {
	const pathsBySource = new Map<string, Set<string>>();
	for (const e of entries) pathsBySource.set(e.source, (pathsBySource.get(e.source) ?? new Set()).add(e.path));
	for (const e of entries) if (pathsBySource.get(e.source)!.size > 1) e.source = posix(e.path);
}

export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
	const found: CollectedInputs = { entries: [], skipped: [] };
	for (const path of paths) {
		let isDirectory: boolean;
		try {
			isDirectory = (await stat(path)).isDirectory();
		} catch (error) {
			found.entries.push({ path, source: path, error: describeFsError(error) });
			continue;
		}
		if (isDirectory) await walkDirectory(path, '', { into: found, ancestors: new Set([await realpath(path).catch(() => path)]) });
		else found.entries.push({ path, source: basename(path) });
	}
	disambiguate(found.entries);
	return found;
}
