// A sparkline as SVG path data: pure, so hundreds of them cost no chart instances and test as
// strings. Gaps stay gaps (the line restarts after a missing year); a value with no neighbour is a
// dot of its own, since a path cannot draw a single point.

export interface Spark {
	/** path data of the line ("M…L…"), one subpath per run of consecutive years */
	d: string;
	/** values with no stated neighbour year */
	lone: { x: number; y: number }[];
	/** the marked year's point (the compared year), if it has a value */
	dot: { x: number; y: number } | null;
	width: number;
	height: number;
}

const PAD = 2.5;
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * `values` one per year (null = gap) on a shared scale `lo`–`hi`, so the sparklines of one row
 * compare; `mark` is the index of the year to dot.
 */
export function sparkline(values: (number | null)[], lo: number, hi: number, mark: number, width = 84, height = 18): Spark {
	const n = values.length;
	const x = (i: number) => r1(n <= 1 ? width / 2 : PAD + (i * (width - 2 * PAD)) / (n - 1));
	const y = (v: number) => r1(hi === lo ? height - PAD : PAD + (height - 2 * PAD) * (1 - (v - lo) / (hi - lo)));
	const parts: string[] = [];
	const lone: Spark['lone'] = [];
	values.forEach((v, i) => {
		if (v === null) return;
		const start = i === 0 || values[i - 1] === null;
		if (start && (i === n - 1 || values[i + 1] === null)) lone.push({ x: x(i), y: y(v) });
		else parts.push(`${start ? 'M' : 'L'}${x(i)} ${y(v)}`);
	});
	const m = values[mark];
	return { d: parts.join(''), lone, dot: m === null || m === undefined ? null : { x: x(mark), y: y(m) }, width, height };
}
