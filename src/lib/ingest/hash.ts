// SHA-256 through WebCrypto, which Node (≥ 20) and browsers (workers included) share: the report id
// of a file is the first 16 hex digits of the SHA-256 of its bytes, wherever it was read.

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
	const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
	return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** report ids are 16 hex digits */
export const idOf = (hash: string): string => hash.slice(0, 16);

/**
 * The hash a report_id is cut from: the SHA-256 of the bytes, or — without content — of the path,
 * the only stable identity left (empty files all share one content hash). The CLI's --shard keys
 * each input by it too, so the shards and the report ids agree on what one input is.
 */
export async function identityHash(bytes: Uint8Array | null, path: string): Promise<{ hash: string; content: boolean }> {
	return bytes && bytes.length > 0 ? { hash: await sha256Hex(bytes), content: true } : { hash: await sha256Hex(`unreadable:${path}`), content: false };
}
