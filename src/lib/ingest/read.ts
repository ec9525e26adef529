// One report file's bytes → its text, or why not, in both languages. The CLI (after it has opened
// the file on disk) and the browser import (after File.arrayBuffer()) both call this, so a file
// reads the same everywhere: the same limits, decoding, HTML-to-text and .docx guard.
import { declaredCharset, decodeBytes } from './decode';
import { htmlToText } from './html';
import { checkZip } from './zip-guard';

export const MAX_BYTES = 20 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

/**
 * Inside a folder, these are data, notes and code next to the reports, never reports: skipped (and
 * counted). Named on their own (the CLI's arguments, files picked in the browser), any file is read.
 */
export const NOT_REPORTS: ReadonlySet<string> = new Set(['.csv', '.tsv', '.md', '.json', '.parquet', '.js', '.ts', '.py', '.sh', '.yml', '.yaml', '.log']);

export type ReadOutcome =
	| { ok: true; text: string; bytes: Uint8Array; encodingGuessed: boolean; encoding: string }
	| { ok: false; message: string; bytes: Uint8Array | null };

export const fail = (message: string, bytes: Uint8Array | null = null): ReadOutcome => ({ ok: false, message, bytes });

/** `.docx` for `a/b/Report.DOCX`; '' without one (a leading dot is a hidden file's name, not an extension). */
export function extensionOf(name: string): string {
	const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const EMPTY = '文件为空 / the file is empty';

/**
 * What can be said before reading a byte: the type and the size. null = go on and read it.
 * (The browser calls this before File.arrayBuffer(), so a 2 GB file is never read into memory.)
 */
export function precheck(extension: string, size: number): ReadOutcome | null {
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
		return fail(`不支持的文件类型 “${extension || '（无扩展名）'}”，支持 .txt .html .htm .docx / unsupported file type “${extension || '(none)'}”; supported: .txt .html .htm .docx`);
	}
	if (size > MAX_BYTES) {
		return fail(`文件超过 20 MB（${(size / 1048576).toFixed(1)} MB）/ the file is larger than 20 MB (${(size / 1048576).toFixed(1)} MB)`);
	}
	if (size === 0) return fail(EMPTY, new Uint8Array());
	return null;
}

async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
	const zip = await checkZip(bytes);
	if (!zip.ok) return fail(zip.message, bytes);
	// loaded on the first .docx: mammoth and its dependencies take ~0.1 s of CPU to load, which
	// every CLI worker thread (and the browser's import worker) paid even for a corpus of .txt
	const { default: mammoth } = await import('mammoth');
	try {
		// Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both hand the bytes to JSZip
		const input = { buffer: bytes, arrayBuffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0];
		const { value } = await mammoth.extractRawText(input);
		if (value.trim() === '') return fail('文档没有文字 / the document contains no text', bytes);
		return { ok: true, text: value, bytes, encodingGuessed: false, encoding: 'docx' };
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return fail(`无法读取 Word 文档 / cannot read the .docx file: ${why}`, bytes);
	}
}

function readText(bytes: Uint8Array, isHtml: boolean): ReadOutcome {
	const decoded = decodeBytes(bytes, isHtml ? declaredCharset(bytes) : '');
	if (!decoded.ok) {
		return decoded.reason === 'empty'
			? fail(EMPTY, bytes)
			: fail('文件不是文本（二进制或无法解码）/ the file is not text (binary or undecodable)', bytes);
	}
	const text = isHtml ? htmlToText(decoded.text) : decoded.text;
	if (text.trim() === '') return fail('网页没有正文文字 / the page has no text', bytes);
	return { ok: true, text, bytes, encodingGuessed: decoded.guessed, encoding: decoded.encoding };
}

/** The text of a file's bytes (`extension` already passed precheck). */
export async function readContent(extension: string, bytes: Uint8Array): Promise<ReadOutcome> {
	if (bytes.length === 0) return fail(EMPTY, bytes);
	if (extension === '.docx') return readDocx(bytes);
	return readText(bytes, extension === '.html' || extension === '.htm');
}
