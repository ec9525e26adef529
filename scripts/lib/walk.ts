// Expands the command-line inputs into a sorted list of files. A path that does not exist is kept
// (it becomes an `unreadable` row) so that nothing the user named disappears silently.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

// Inside a directory, these are the project's own data, notes and code next to the reports, never
// reports: they are skipped (and counted in the summary). Named on the command line, any file is read.
const NOT_REPORTS = new Set(['.csv', '.tsv', '.md', '.json', '.parquet', '.js', '.ts', '.py', '.sh', '.yml', '.yaml', '.log']);

const extensionOf = (name: string): string => {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export interface CollectedInputs {
	entries: InputEntry[];
	/** files inside walked directories that are clearly not reports */
	skipped: string[];
}

export interface InputEntry {
	path: string;
	/** false when the path named on the command line does not exist */
	exists: boolean;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function walkDirectory(dir: string, into: CollectedInputs): Promise<void> {
	const entries = await readdir(dir, { withFileTypes: true });
	entries.sort((a, b) => byCodePoint(a.name, b.name));
	for (const entry of entries) {
		// dot-files are editor and OS litter (.DS_Store, .~lock), never reports
		if (entry.name.startsWith('.')) continue;
		const path = join(dir, entry.name);
		if (entry.isDirectory()) await walkDirectory(path, into);
		else if (NOT_REPORTS.has(extensionOf(entry.name))) into.skipped.push(path);
		else if (entry.isFile() || entry.isSymbolicLink()) into.entries.push({ path, exists: true });
	}
}

export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
	const found: CollectedInputs = { entries: [], skipped: [] };
	for (const path of paths) {
		let isDirectory: boolean;
		try {
			isDirectory = (await stat(path)).isDirectory();
		} catch {
			found.entries.push({ path, exists: false });
			continue;
		}
		if (isDirectory) await walkDirectory(path, found);
		else found.entries.push({ path, exists: true });
	}
	return found;
}
