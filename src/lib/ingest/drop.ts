// Files the person gave the page — picked files, a picked folder, or files and folders dropped —
// as import entries with the path the CLI would see. Browser only.
import type { ImportEntry } from './items';

/** Picked with <input type=file>: a folder pick gives each file its path from the folder down. */
export function entriesOfInput(files: FileList | null): ImportEntry[] {
	return [...(files ?? [])].map((file) => {
		const rel = file.webkitRelativePath;
		return { file, path: rel || file.name, inFolder: rel !== '' };
	});
}

const readBatch = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
	new Promise((resolve, reject) => reader.readEntries(resolve, reject));

const fileOf = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

/** Every file under a dropped folder (readEntries answers in batches of up to 100: read until empty). */
async function walk(entry: FileSystemEntry, out: ImportEntry[], inFolder: boolean): Promise<void> {
	if (entry.isFile) {
		out.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\//, ''), inFolder });
		return;
	}
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
		for (const child of batch) await walk(child, out, true);
	}
}

/** Dropped items: files as they are, folders walked (where the browser offers entries). */
export async function entriesOfDrop(data: DataTransfer): Promise<ImportEntry[]> {
	const items = [...data.items].filter((i) => i.kind === 'file');
	const entries = items.map((i) => i.webkitGetAsEntry?.() ?? null);
	if (entries.some((e) => e === null)) return entriesOfInput(data.files);
	const out: ImportEntry[] = [];
	for (const e of entries as FileSystemEntry[]) await walk(e, out, false);
	return out;
}
