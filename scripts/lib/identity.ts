// Hashes of the CLI's Node side. A report's identity (what report_id is cut from) is
// identityHash in src/lib/ingest/hash.ts; --shard assigns each input by that same hash.
import { createHash } from 'node:crypto';

/** Synchronous SHA-256 (hex), for code that is not async (the generator's fact rows). */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** The shard (1…count) a hash belongs to: its first 32 bits modulo the count, uniform for SHA-256. */
export const shardOfHash = (hash: string, count: number): number => (parseInt(hash.slice(0, 8), 16) % count) + 1;
