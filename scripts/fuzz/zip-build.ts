// Zip archives written byte by byte, for the fuzz harness and the zip-guard tests: a library would
// refuse to write what we need — declared sizes that lie, zip64 records, decompression bombs.
import { crc32, deflateRawSync, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
	name: string;
	/** the bytes as stored in the archive (already deflated when method is 8) */
	data: Uint8Array;
	method: 0 | 8;
	/** the uncompressed size the archive declares (may lie) */
	size: number;
	crc?: number;
	/** write the sizes as zip64 extra fields */
	zip64?: boolean;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
	const b = Buffer.alloc(4);
	b.writeUInt32LE(n >>> 0);
	return b;
};
const u64 = (n: number) => {
	const b = Buffer.alloc(8);
	b.writeBigUInt64LE(BigInt(n));
	return b;
};

export function buildZip(entries: ZipEntry[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name, 'utf8');
		const extra = e.zip64 ? Buffer.concat([u16(1), u16(16), u64(e.size), u64(e.data.length)]) : Buffer.alloc(0);
		const [size, compressed] = e.zip64 ? [0xffffffff, 0xffffffff] : [e.size, e.data.length];
		const crc = e.crc ?? 0;
		const common = [u16(20), u16(0x0800), u16(e.method), u16(0), u16(0x21), u32(crc), u32(compressed), u32(size), u16(name.length), u16(extra.length)];
		const local = Buffer.concat([u32(0x04034b50), ...common, name, extra, Buffer.from(e.data)]);
		centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name, extra]));
		locals.push(local);
		offset += local.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** A deflated entry with a true declared size and CRC. */
export function deflated(name: string, text: string | Uint8Array): ZipEntry {
	const raw = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
	return { name, data: deflateRawSync(raw), method: 8, size: raw.length, crc: crc32(raw) };
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The three parts mammoth needs; `documentXml` replaces the body when given (bombs, broken XML). */
export function docxEntries(lines: string[], documentXml?: string): ZipEntry[] {
	const body = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
	return [
		deflated(
			'[Content_Types].xml',
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
		),
		deflated(
			'_rels/.rels',
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
				'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
		),
		deflated(
			'word/document.xml',
			documentXml ??
				'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
					`<w:body>${body}</w:body></w:document>`
		)
	];
}

const zerosCache = new Map<number, Uint8Array>();

/** `mb` megabytes of spaces, deflated (about 1,000:1), streamed so the inflated bytes are never held. */
export async function deflatedSpaces(mb: number): Promise<Uint8Array> {
	const cached = zerosCache.get(mb);
	if (cached) return cached;
	const deflater = createDeflateRaw({ level: 9 });
	const chunks: Buffer[] = [];
	deflater.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise((resolve, reject) => deflater.on('end', resolve).on('error', reject));
	const block = Buffer.alloc(1024 * 1024, 0x20);
	for (let i = 0; i < mb; i++) if (!deflater.write(block)) await new Promise((r) => deflater.once('drain', r));
	deflater.end();
	await done;
	const data = new Uint8Array(Buffer.concat(chunks));
	zerosCache.set(mb, data);
	return data;
}

/**
 * A .docx whose document.xml inflates to `mb` MB (an XML prologue, then spaces). `declared`: the
 * uncompressed size the archive states — the truth, or a lie to get past a check of declared sizes.
 */
export async function docxBomb(mb: number, declared: 'truth' | 'lie' | 'zip64' = 'truth'): Promise<Uint8Array> {
	const [types, rels] = docxEntries([]);
	const data = await deflatedSpaces(mb);
	const size = declared === 'lie' ? 1000 : mb * 1024 * 1024;
	return buildZip([types, rels, { name: 'word/document.xml', data, method: 8, size, zip64: declared === 'zip64' }]);
}
