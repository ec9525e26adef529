// Refuses a .docx that would expand beyond a limit before mammoth (through JSZip) inflates it:
// a 1 MB decompression bomb once took a run down at 4.7 GB. Two checks, because the sizes a zip
// declares are written by whoever made it:
//   1. the uncompressed sizes declared in the central directory, summed (free, catches honest bombs);
//   2. every entry actually inflated with a cap on its output (catches bombs that lie).
// Entries are located the way JSZip locates them (end-of-central-directory record searched from the
// end, compressed sizes from the central directory), so the bytes checked are the bytes it inflates.
// A third limit is on markup, not bytes (docx-markup.ts): a tag bomb is small even inflated.
// Inflating uses the web-standard DecompressionStream, which Node (≥ 20) and browsers both have, so
// the CLI and the browser import run this one guard.
import { isRelsPart, markupTags, type PartTags } from './docx-markup';

export const MAX_EXPANDED_MB = 50;
const MAX_EXPANDED = MAX_EXPANDED_MB * 1024 * 1024;
/** a docx has a few dozen parts; a million tiny entries is a bomb of another shape */
const MAX_ENTRIES = 10_000;
/**
 * about half a second of mammoth (DESIGN.md §7: any 1 MB input under 1 s): some 60 pages of
 * ordinary Word markup, where a township report runs 5–30
 */
export const MAX_TAGS = 100_000;
/** relationship parts are a few KB; only this much of one is read for its targets */
const MAX_RELS_TEXT = 1024 * 1024;

export const TOO_LARGE = `解压后超过 ${MAX_EXPANDED_MB} MB（疑似压缩炸弹）/ expands beyond ${MAX_EXPANDED_MB} MB (a decompression bomb?)`;
const NOT_A_ZIP = '不是有效的 Word 文档（不是 zip 压缩包）/ not a valid .docx (not a zip archive)';
const BROKEN = '压缩包已损坏 / the zip archive is broken';
const TOO_MANY = `压缩包内文件超过 ${MAX_ENTRIES} 个 / the archive holds more than ${MAX_ENTRIES} parts`;
export const TOO_MANY_TAGS = `文档标记超过 ${MAX_TAGS} 个，无法安全读取 / the document holds more than ${MAX_TAGS} XML tags, too many to read safely`;

export type ZipCheck = { ok: true } | { ok: false; message: string };

interface Entry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

class Broken extends Error {}

function reader(bytes: Uint8Array) {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const check = (at: number, length: number) => {
		if (at < 0 || at + length > bytes.length) throw new Broken();
	};
	return {
		bytes: (at: number, length: number) => (check(at, length), bytes.subarray(at, at + length)),
		u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
		u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
		// 2^53 is far beyond any file we read; Number keeps the arithmetic simple
		u64: (at: number) => (check(at, 8), Number(view.getBigUint64(at, true)))
	};
}

type Reader = ReturnType<typeof reader>;

function findEndRecord(bytes: Uint8Array, r: Reader): number {
	const lowest = Math.max(0, bytes.length - 22 - 0xffff);
	for (let at = bytes.length - 22; at >= lowest; at--) if (r.u32(at) === EOCD) return at;
	return -1;
}

/** Where the central directory starts and how many entries it has (zip64 when the 32-bit fields overflow). */
function directoryOf(end: number, r: Reader): { offset: number; count: number } {
	const count = r.u16(end + 10);
	const offset = r.u32(end + 16);
	if (count !== 0xffff && offset !== U32_MAX) return { offset, count };
	if (end < 20 || r.u32(end - 20) !== ZIP64_LOCATOR) throw new Broken();
	const record = r.u64(end - 20 + 8);
	if (r.u32(record) !== ZIP64_EOCD) throw new Broken();
	return { offset: r.u64(record + 48), count: r.u64(record + 32) };
}

/** Sizes and offset from one central-directory header, with zip64 extra fields where flagged. */
function readEntry(at: number, r: Reader): { entry: Entry; next: number } {
	if (r.u32(at) !== CENTRAL) throw new Broken();
	const nameLength = r.u16(at + 28);
	const name = new TextDecoder().decode(r.bytes(at + 46, nameLength));
	const entry: Entry = { name, method: r.u16(at + 10), compressedSize: r.u32(at + 20), size: r.u32(at + 24), localOffset: r.u32(at + 42) };
	const extraLength = r.u16(at + 30);
	const commentLength = r.u16(at + 32);
	const extraEnd = at + 46 + nameLength + extraLength;
	for (let p = at + 46 + nameLength; p + 4 <= extraEnd; p += 4 + r.u16(p + 2)) {
		if (r.u16(p) !== 0x0001) continue;
		let field = p + 4;
		for (const key of ['size', 'compressedSize', 'localOffset'] as const) {
			if (entry[key] !== U32_MAX) continue;
			entry[key] = r.u64(field);
			field += 8;
		}
	}
	return { entry, next: extraEnd + commentLength };
}

/**
 * Inflates raw deflate data, stopping as soon as the output passes `cap` bytes (TOO_LARGE). Corrupt
 * data gives an empty part: mammoth fails on it only if it needs that part, so it decides.
 */
async function inflateCapped(data: Uint8Array, cap: number): Promise<Uint8Array | typeof TOO_LARGE> {
	const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			total += value.length;
			if (total > cap) {
				await reader.cancel().catch(() => undefined);
				return TOO_LARGE;
			}
			chunks.push(value);
		}
	} catch {
		return new Uint8Array();
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

function countTags(data: Uint8Array): number {
	let tags = 0;
	for (let at = data.indexOf(0x3c); at !== -1; at = data.indexOf(0x3c, at + 1)) tags++;
	return tags;
}

/**
 * Inflates each entry with a cap on the output still allowed (TOO_LARGE when passed), and counts
 * each part's tags, keeping the text of relationship parts.
 */
async function inflateWithinCap(bytes: Uint8Array, entries: Entry[], r: Reader): Promise<PartTags[] | typeof TOO_LARGE> {
	let budget = MAX_EXPANDED;
	const parts: PartTags[] = [];
	for (const e of entries) {
		const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
		if (r.u32(e.localOffset) !== LOCAL || start + e.compressedSize > bytes.length) throw new Broken();
		let data: Uint8Array = bytes.subarray(start, start + e.compressedSize);
		if (e.method === 8) {
			const inflated = await inflateCapped(data, budget);
			if (inflated === TOO_LARGE) return TOO_LARGE;
			data = inflated;
		}
		budget -= data.length;
		if (budget < 0) return TOO_LARGE;
		const rels = isRelsPart(e.name) ? new TextDecoder().decode(data.subarray(0, MAX_RELS_TEXT)) : undefined;
		parts.push({ name: e.name, tags: countTags(data), ...(rels === undefined ? {} : { rels }) });
	}
	return parts;
}

export async function checkZip(bytes: Uint8Array): Promise<ZipCheck> {
	const r = reader(bytes);
	try {
		const end = bytes.length >= 22 ? findEndRecord(bytes, r) : -1;
		if (end < 0) return { ok: false, message: NOT_A_ZIP };
		const { offset, count } = directoryOf(end, r);
		if (count > MAX_ENTRIES) return { ok: false, message: TOO_MANY };
		const entries: Entry[] = [];
		let declared = 0;
		for (let i = 0, at = offset; i < count; i++) {
			const { entry, next } = readEntry(at, r);
			entries.push(entry);
			declared += entry.size;
			at = next;
		}
		if (declared > MAX_EXPANDED) return { ok: false, message: TOO_LARGE };
		const parts = await inflateWithinCap(bytes, entries, r);
		if (parts === TOO_LARGE) return { ok: false, message: TOO_LARGE };
		return markupTags(parts) > MAX_TAGS ? { ok: false, message: TOO_MANY_TAGS } : { ok: true };
	} catch (error) {
		if (error instanceof Broken) return { ok: false, message: BROKEN };
		throw error;
	}
}
