// Small numeric helpers shared by the fact model.
import type { Town } from './towns';

/** Split n into integer parts proportional to weights (largest remainder, deterministic). */
export function apportion<K extends string>(n: number, weights: Record<K, number>): Record<K, number> {
	const keys = Object.keys(weights) as K[];
	const total = keys.reduce((s, k) => s + weights[k], 0) || 1;
	const raw = keys.map((k) => (n * weights[k]) / total);
	const out = Object.fromEntries(keys.map((k, i) => [k, Math.floor(raw[i])])) as Record<K, number>;
	let left = n - keys.reduce((s, k) => s + out[k], 0);
	const order = keys.map((k, i) => [k, raw[i] - Math.floor(raw[i])] as const).sort((a, b) => b[1] - a[1]);
	for (const [k] of order) if (left-- > 0) out[k]++;
	return out;
}

export function townSize(town: Town, year: number): number {
	const grown = town.absorbed && year >= town.absorbed.year ? town.absorbed.town.size : 0;
	return town.size + grown;
}

