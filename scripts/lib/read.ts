// Reads one input file into text, or says in both languages why it cannot be read.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { declaredCharset, decodeBytes } from './decode';
import { describeFsError } from './fs-errors';
import { htmlToText } from './html';
import { checkZip } from './zip-guard';

export const MAX_BYTES = 20 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.docx'] as const;

export type ReadOutcome =
	| { ok: true; text: string; bytes: Uint8Array; encodingGuessed: boolean; encoding: string }
	| { ok: false; message: string; bytes: Uint8Array | null };

const fail = (message: string, bytes: Uint8Array | null = null): ReadOutcome => ({ ok: false, message, bytes });

async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
	const zip = checkZip(bytes);
	if (!zip.ok) return fail(zip.message, bytes);
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

/** The file's bytes, or why not. Reads through one handle so the size checked is the size read. */
async function readBytes(path: string, extension: string): Promise<Uint8Array | ReadOutcome> {
	let handle;
	try {
		// non-blocking: opening a FIFO for reading would otherwise wait for a writer forever
		handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return fail(describeFsError(error));
	}
	try {
		const info = await handle.stat();
		if (info.isDirectory()) return fail('这是一个目录 / this is a directory');
		// a FIFO or a device would block or never end
		if (!info.isFile()) return fail('不是普通文件（管道、设备或套接字）/ not a regular file (a pipe, device or socket)');
		if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
			return fail(`不支持的文件类型 “${extension || '（无扩展名）'}”，支持 .txt .html .htm .docx / unsupported file type “${extension || '(none)'}”; supported: .txt .html .htm .docx`);
		}
		if (info.size > MAX_BYTES) {
			return fail(`文件超过 20 MB（${(info.size / 1048576).toFixed(1)} MB）/ the file is larger than 20 MB (${(info.size / 1048576).toFixed(1)} MB)`);
		}
		if (info.size === 0) return fail('文件为空 / the file is empty', new Uint8Array());
		const bytes = new Uint8Array(info.size);
		let filled = 0;
		while (filled < bytes.length) {
			const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
			if (bytesRead === 0) break; // the file shrank while we read it
			filled += bytesRead;
		}
		return bytes.subarray(0, filled);
	} catch (error) {
		return fail(describeFsError(error));
	} finally {
		await handle.close();
	}
}

export async function readInput(path: string): Promise<ReadOutcome> {
	const extension = extname(path).toLowerCase();
	const bytes = await readBytes(path, extension);
	if (!(bytes instanceof Uint8Array)) return bytes;
	if (bytes.length === 0) return fail('文件为空 / the file is empty', bytes);
	if (extension === '.docx') return readDocx(bytes);
	return readText(bytes, extension === '.html' || extension === '.htm');
}
