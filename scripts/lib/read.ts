// Reads one input file into text, or says in both languages why it cannot be read.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { declaredCharset, decodeBytes } from './decode';
import { htmlToText } from './html';

export const MAX_BYTES = 20 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

export type ReadOutcome =
	| { ok: true; text: string; bytes: Uint8Array; encodingGuessed: boolean; encoding: string }
	| { ok: false; message: string; bytes: Uint8Array | null };

const fail = (message: string, bytes: Uint8Array | null = null): ReadOutcome => ({ ok: false, message, bytes });

async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
	try {
		const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
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
			? fail('文件为空 / the file is empty', bytes)
			: fail('文件不是文本（二进制或无法解码）/ the file is not text (binary or undecodable)', bytes);
	}
	const text = isHtml ? htmlToText(decoded.text) : decoded.text;
	if (text.trim() === '') return fail('网页没有正文文字 / the page has no text', bytes);
	return { ok: true, text, bytes, encodingGuessed: decoded.guessed, encoding: decoded.encoding };
}

export async function readInput(path: string): Promise<ReadOutcome> {
	const extension = extname(path).toLowerCase();
	let size: number;
	try {
		const info = await stat(path);
		if (info.isDirectory()) return fail('这是一个目录 / this is a directory');
		size = info.size;
	} catch {
		return fail('文件或目录不存在 / no such file or directory');
	}
	if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
		return fail(`不支持的文件类型 “${extension || '（无扩展名）'}”，支持 .txt .html .htm .docx / unsupported file type “${extension || '(none)'}”; supported: .txt .html .htm .docx`);
	}
	if (size > MAX_BYTES) {
		return fail(`文件超过 20 MB（${(size / 1048576).toFixed(1)} MB）/ the file is larger than 20 MB (${(size / 1048576).toFixed(1)} MB)`);
	}
	if (size === 0) return fail('文件为空 / the file is empty', new Uint8Array());
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await readFile(path));
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		return fail(`无法读取文件 / cannot read the file: ${why}`);
	}
	if (extension === '.docx') return readDocx(bytes);
	return readText(bytes, extension === '.html' || extension === '.htm');
}
