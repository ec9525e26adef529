// Expands the command-line inputs into a sorted list of files. A path that does not exist is kept
// (it becomes an `unreadable` row) so that nothing the user named disappears silently.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface InputEntry {
	path: string;
	/** false when the path named on the command line does not exist */
	exists: boolean;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walkDirectory(dir: string, into: InputEntry[]): Promise<void> {
	const entries = await readdir(dir, { withFileTypes: true });
	entries.sort((a, b) => byCodePoint(a.name, b.name));
	for (const entry of entries) {
		// dot-files are editor and OS litter (.DS_Store, .~lock), never reports
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) await walkDirectory(path, into);
		else if (entry.isFile() || entry.isSymbolicLink()) into.push({ path, exists: true });
	}
}

export async function collectInputs(paths: string[]): Promise<InputEntry[]> {
	const found: InputEntry[] = [];
	for (const path of paths) {
		let isDirectory: boolean;
		try {
			isDirectory = (await stat(path)).isDirectory();
		} catch {
			found.push({ path, exists: false });
			continue;
		}
		if (isDirectory) await walkDirectory(path, found);
		else found.push({ path, exists: true });
	}
	return found;
}
