// --shard i/n: a stable share of the inputs, so n machines (a Kubernetes Job array, Slurm, GNU
// parallel) together extract every input exactly once. Each input is keyed by the hash its
// report_id is cut from — the SHA-256 of its bytes as the reader reads them (the path's, for an
// input without content) — so the split does not depend on the order or the machine the files
// were listed on, and identical copies land in the same shard (where the duplicate check sees both).
import { extname } from 'node:path';
import type { Shard } from './cli-flags';
import { identityHash } from '../../src/lib/ingest/hash';
import { shardOfHash } from './identity';
import { readBytes } from './read';
import type { InputEntry } from './walk';

/** The identity hash of one input without extracting it (one file read). */
export async function inputHash(input: InputEntry): Promise<string> {
	if (input.error !== undefined) return (await identityHash(null, input.path)).hash;
	const bytes = await readBytes(input.path, extname(input.path).toLowerCase()).catch(() => null);
	return (await identityHash(bytes instanceof Uint8Array ? bytes : (bytes?.bytes ?? null), input.path)).hash;
}

/** The entries of this shard, in their original order. Reads every input once, one at a time. */
export async function selectShard(entries: InputEntry[], shard: Shard): Promise<InputEntry[]> {
	const mine: InputEntry[] = [];
	for (const entry of entries) if (shardOfHash(await inputHash(entry), shard.count) === shard.index) mine.push(entry);
	return mine;
}
