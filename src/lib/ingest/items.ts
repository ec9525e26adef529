// The files of one browser import, as the CLI would see them: a file picked on its own is named by
// its file name and always read; the files of a picked or dropped folder are named by their path
// inside it (`2019/report.txt`), and dot-files and data or notes files in it are skipped. Two
// inputs that would share a name keep their whole path. CSVs picked on their own are data imports.
import { extensionOf, NOT_REPORTS } from './read';

export interface ImportEntry {
	file: Blob;
	/** the file name, or the path from the picked folder down (`seeds/2019/report.txt`) */
	path: string;
	/** found inside a picked or dropped folder */
	inFolder: boolean;
}

export type ItemKind = 'report' | 'csv' | 'skipped';

export interface Item {
	entry: ImportEntry;
	kind: ItemKind;
	/** reports.csv `source` */
	source: string;
	/** why a skipped file is skipped (bilingual) */
	reason?: string;
}

export const CSV_EXTENSIONS: ReadonlySet<string> = new Set(['.csv', '.tsv']);

const SKIPPED_DOT = '隐藏文件，已跳过 / a hidden file; skipped';
const SKIPPED_DATA = '文件夹中的数据或说明文件，已跳过（CSV 请单独选择导入）/ a data or notes file inside a folder; skipped (pick CSVs on their own to import them)';

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function kindOf(e: ImportEntry): { kind: ItemKind; reason?: string } {
	const ext = extensionOf(e.path);
	if (e.inFolder) {
		if (e.path.split('/').some((part) => part.startsWith('.'))) return { kind: 'skipped', reason: SKIPPED_DOT };
		if (NOT_REPORTS.has(ext)) return { kind: 'skipped', reason: SKIPPED_DATA };
		return { kind: 'report' };
	}
	return { kind: CSV_EXTENSIONS.has(ext) ? 'csv' : 'report' };
}

/** The entries as items, in the order the CLI reads a folder (code-point order of their paths). */
export function importItems(entries: readonly ImportEntry[]): Item[] {
	const items: Item[] = [...entries]
		.sort((a, b) => byCodePoint(a.path, b.path))
		.map((entry) => {
			const source = entry.inFolder ? entry.path.split('/').slice(1).join('/') || entry.path : entry.path.split('/').pop()!;
			return { entry, source, ...kindOf(entry) };
		});
	const count = new Map<string, number>();
	for (const i of items) count.set(i.source, (count.get(i.source) ?? 0) + 1);
	for (const i of items) if (count.get(i.source)! > 1) i.source = i.entry.path;
	return items;
}
