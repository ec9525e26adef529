// SHA-256 through WebCrypto, which Node (≥ 20) and browsers (workers included) share: the report id
// of a file is the first 16 hex digits of the SHA-256 of its bytes, wherever it was read.

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of some bytes as 64 hex digits. */
export type Sha256 = (bytes: Uint8Array) => string | Promise<string>;

let digest: Sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

/**
 * Another implementation of the same function: the CLI installs Node's synchronous hash, since
 * WebCrypto's asynchronous digest costs more per small file than hashing it does.
 */
export function useSha256(implementation: Sha256): void {
	digest = implementation;
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
	return digest(typeof data === 'string' ? new TextEncoder().encode(data) : data);
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
