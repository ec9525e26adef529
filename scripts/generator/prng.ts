// Deterministic randomness: every choice of the generator flows from one seed, so the same seed
// gives byte-identical corpora (the demo dataset and the accuracy measure depend on that).

export interface Rng {
	/** uniform in [0, 1) */
	next(): number;
	/** integer in [lo, hi] */
	int(lo: number, hi: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** pick by weight; weights need not sum to 1 */
	weighted<T>(items: readonly (readonly [T, number])[]): T;
	normal(mean: number, sd: number): number;
	poisson(lambda: number): number;
	/** an independent stream derived from this one and a label (stable under unrelated changes) */
	fork(label: string): Rng;
	shuffle<T>(items: readonly T[]): T[];
}

export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a: turns labels into seeds for forked streams. */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export function createRng(seed: number): Rng {
	const next = mulberry32(seed);
	const rng: Rng = {
		next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted: (items) => {
			const total = items.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [item, w] of items) if ((r -= w) < 0) return item;
			return items[items.length - 1][0];
		},
		normal: (mean, sd) => {
			const u = Math.max(next(), 1e-12);
			return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		poisson: (lambda) => {
			const limit = Math.exp(-lambda);
			let k = 0;
			for (let p = next(); p > limit; p *= next()) k++;
			return k;
		},
		fork: (label) => createRng(hashString(`${seed}:${label}`)),
		shuffle: (items) => {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		}
	};
	return rng;
}
