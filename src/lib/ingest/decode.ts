// Turns the bytes of a report file into text. Reports in the wild are UTF-8 (with or without BOM),
// UTF-16 (with a BOM, or without one when the text has ASCII characters: line breaks, digits), or
// GB18030/GBK from older Windows editors; anything else is treated as binary.

export type DecodeResult =
	| { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'; guessed: boolean }
	| { ok: false; reason: 'empty' | 'binary' };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes never occur in UTF-8 or GB18030 text; they mark images, archives, executables. */
function hasNul(bytes: Uint8Array): boolean {
	return bytes.indexOf(0) !== -1;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
	try {
		return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return null;
	}
}

/** Text made only of whitespace carries no report. */
function isBlank(text: string): boolean {
	return text.trim().length === 0;
}

/** Too many C0 control characters (other than tab/newline/CR/FF) means the bytes were not text. */
function looksBinary(text: string): boolean {
	let controls = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
	}
	return controls > Math.max(8, text.length / 100);
}

function result(text: string, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030', guessed: boolean): DecodeResult {
	if (isBlank(text)) return { ok: false, reason: 'empty' };
	if (looksBinary(text)) return { ok: false, reason: 'binary' };
	return { ok: true, text, encoding, guessed };
}

/** Characters a report is made of: ASCII text, CJK and its punctuation, full-width forms, general punctuation. */
function isTextUnit(c: number): boolean {
	return (
		(c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || c === 12 ||
		(c >= 0xa0 && c < 0x2c0) || (c >= 0x2000 && c < 0x2800) || (c >= 0x3000 && c < 0xa000) ||
		(c >= 0xd800 && c < 0xe000) || (c >= 0xfe30 && c < 0xfff0)
	);
}

/**
 * UTF-16 saved without a BOM. Such a file has NUL bytes (each ASCII character — line breaks,
 * digits — is a NUL and a byte), which UTF-8 and GB18030 text never has. Read both ways, the right
 * byte order gives a report's characters; binary gives control characters, private-use and
 * unpaired surrogates. When both orders look like text (swapped ASCII lands in the CJK block), the
 * right one is the order that reads ASCII as ASCII (units below U+0100), not as U+xx00.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
	if (bytes.length % 2 !== 0) return null;
	let best: { text: string; encoding: 'utf-16le' | 'utf-16be'; latin: number } | null = null;
	for (const encoding of ['utf-16le', 'utf-16be'] as const) {
		const text = tryDecode(encoding, bytes);
		if (text === null) continue;
		let textLike = 0;
		let latin = 0;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (isTextUnit(c)) textLike++;
			if (c < 0x100) latin++;
		}
		if (textLike >= text.length * 0.9 && (best === null || latin > best.latin)) best = { text, encoding, latin };
	}
	return best && { text: best.text, encoding: best.encoding };
}

const GB_LABELS = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/i;

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv), lower-cased, or ''. */
export function declaredCharset(bytes: Uint8Array): string {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/i.exec(head);
	return match ? match[1].toLowerCase() : '';
}

/** `declared`: a charset the file states itself (HTML); a GB family declaration makes GB18030 a reading, not a guess. */
export function decodeBytes(bytes: Uint8Array, declared = ''): DecodeResult {
	if (bytes.length === 0) return { ok: false, reason: 'empty' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		const text = tryDecode('utf-16le', bytes);
		return text === null ? { ok: false, reason: 'binary' } : result(text, 'utf-16le', false);
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const text = tryDecode('utf-16be', bytes);
		return text === null ? { ok: false, reason: 'binary' } : result(text, 'utf-16be', false);
	}
	if (hasNul(bytes)) {
		const utf16 = utf16WithoutBom(bytes);
		return utf16 ? result(utf16.text, utf16.encoding, true) : { ok: false, reason: 'binary' };
	}
	const utf8 = tryDecode('utf-8', bytes);
	if (utf8 !== null) return result(utf8, 'utf-8', false);
	if (startsWith(bytes, UTF8_BOM)) return { ok: false, reason: 'binary' };
	const gb = tryDecode('gb18030', bytes);
	if (gb === null) return { ok: false, reason: 'binary' };
	return result(gb, 'gb18030', !GB_LABELS.test(declared));
}
