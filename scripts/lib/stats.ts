// Summary figures for benchmarks: medians and ranges of noisy timings, and paired ratios.
export const median = (xs: number[]): number => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export interface Spread {
	median: number;
	min: number;
	max: number;
	n: number;
}

export const spread = (xs: number[]): Spread => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });

/** a[i] / b[i] for each pair measured in the same round: machine drift cancels out. */
export const pairedRatios = (a: number[], b: number[]): number[] => a.map((x, i) => x / b[i]).filter(Number.isFinite);
