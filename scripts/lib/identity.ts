// A report's identity: report_id is the first 16 hex digits of a SHA-256, and --shard assigns each
// input by the same hash, so the shards of a run and the report ids agree on what "one input" is.
import { createHash } from 'node:crypto';

export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/**
 * The hash a report_id is cut from: the content's SHA-256, or — without content — the path's, the
 * only stable identity left (empty files all share one content hash).
 */
export function identityHash(bytes: Uint8Array | null, path: string): { hash: string; content: boolean } {
	return bytes && bytes.length > 0 ? { hash: sha256(bytes), content: true } : { hash: sha256(`unreadable:${path}`), content: false };
}

/** The shard (1…count) a hash belongs to: its first 32 bits modulo the count, uniform for SHA-256. */
export const shardOfHash = (hash: string, count: number): number => (parseInt(hash.slice(0, 8), 16) % count) + 1;
