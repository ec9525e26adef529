// The values of the scale flags (--partition, --shard, --jobs), checked before any work: a bad
// value is a usage error (exit 2) with a message in both languages, never a run that half happens.

/** Columns of reports.csv an output may be partitioned by, in Hive style (`province=…/year=…/`). */
export const PARTITION_KEYS = ['province', 'year'] as const;
export type PartitionKey = (typeof PARTITION_KEYS)[number];

/** Shard `index` of `count` (1-based, like "part 2 of 4"); 1/1 is the whole input. */
export interface Shard {
	index: number;
	count: number;
}

export const WHOLE: Shard = { index: 1, count: 1 };

/** Upper bounds that catch typos (--jobs 80 meant 8) without limiting real clusters. */
export const MAX_JOBS = 64;
export const MAX_SHARDS = 100_000;

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

const POSITIVE = /^[1-9][0-9]*$/;

export function parsePartition(text: string): Parsed<PartitionKey[]> {
	const keys = text.split(',').map((k) => k.trim());
	const allowed = PARTITION_KEYS.join(', ');
	for (const key of keys) {
		if (!(PARTITION_KEYS as readonly string[]).includes(key)) {
			return bad(`--partition 不支持 “${key}”（可用 ${allowed}，逗号分隔）/ --partition cannot use “${key}” (use ${allowed}, comma-separated)`);
		}
	}
	if (new Set(keys).size !== keys.length) return bad(`--partition 列重复：${text} / --partition names a column twice: ${text}`);
	return { ok: true, value: keys as PartitionKey[] };
}

export function parseShard(text: string): Parsed<Shard> {
	const match = /^([0-9]+)\/([0-9]+)$/.exec(text.trim());
	const usage = `--shard 应为 i/n，1 ≤ i ≤ n ≤ ${MAX_SHARDS}（如 2/4）/ --shard must be i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/4)`;
	if (!match || !POSITIVE.test(match[1]) || !POSITIVE.test(match[2])) return bad(`${usage}：“${text}”`);
	const index = Number(match[1]);
	const count = Number(match[2]);
	if (count > MAX_SHARDS || index > count) return bad(`${usage}：“${text}”`);
	return { ok: true, value: { index, count } };
}

export function parseJobs(text: string): Parsed<number> {
	const jobs = Number(text);
	if (!POSITIVE.test(text.trim()) || jobs > MAX_JOBS) {
		return bad(`--jobs 应为 1 到 ${MAX_JOBS} 的整数：“${text}” / --jobs must be a whole number from 1 to ${MAX_JOBS}: “${text}”`);
	}
	return { ok: true, value: jobs };
}

/** "part-2-of-4": names this shard's output files, so the shards of one run can share a folder. */
export const shardTag = (shard: Shard): string => `part-${shard.index}-of-${shard.count}`;
