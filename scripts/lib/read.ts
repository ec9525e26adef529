// Reads one input file from disk; what its bytes say is decided by the shared reader
// (src/lib/ingest/read.ts), which the browser import uses too. Only the file system lives here.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extensionOf, fail, precheck, readContent, type ReadOutcome } from '../../src/lib/ingest/read';
import { describeFsError } from './fs-errors';

export { MAX_BYTES, SUPPORTED_EXTENSIONS, type ReadOutcome } from '../../src/lib/ingest/read';

/**
 * The file's bytes, or why not. Reads through one handle so the size checked is the size read.
 * Exported for sharding, which keys each input by the hash of exactly these bytes.
 */
export async function readBytes(path: string, extension: string): Promise<Uint8Array | ReadOutcome> {
	// synchronous calls: a report is read in a few small system calls, which cost less CPU done
	// directly than as four thread-pool round trips (the CLI reads one file at a time per thread)
	let fd: number;
	try {
		// non-blocking: opening a FIFO for reading would otherwise wait for a writer forever
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return fail(describeFsError(error));
	}
	try {
		const info = fstatSync(fd);
		if (info.isDirectory()) return fail('这是一个目录 / this is a directory');
		// a FIFO or a device would block or never end
		if (!info.isFile()) return fail('不是普通文件（管道、设备或套接字）/ not a regular file (a pipe, device or socket)');
		const refused = precheck(extension, info.size);
		if (refused) return refused;
		const bytes = new Uint8Array(info.size);
		let filled = 0;
		while (filled < bytes.length) {
			const read = readSync(fd, bytes, filled, bytes.length - filled, filled);
			if (read === 0) break; // the file shrank while we read it
			filled += read;
		}
		return bytes.subarray(0, filled);
	} catch (error) {
		return fail(describeFsError(error));
	} finally {
		closeSync(fd);
	}
}

export async function readInput(path: string): Promise<ReadOutcome> {
	const extension = extensionOf(path);
	const bytes = await readBytes(path, extension);
	if (!(bytes instanceof Uint8Array)) return bytes;
	return readContent(extension, bytes);
}
