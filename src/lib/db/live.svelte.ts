// A data hook: re-runs `q` whenever its parameters change; only the latest call's result lands.
// Parameters that serialise the same do not re-run the query (a state re-derived to equal values
// must not cost a second round trip). `initial` is data computed at build time for one parameter
// key: it is shown at once (and during hydration), and the live query still runs and takes over.
export interface Initial<R> {
	key: string;
	data: R;
}

export const keyOf = (p: unknown): string => JSON.stringify(p);

export function live<P, R>(q: (p: P) => Promise<R>, params: () => P | undefined, initial?: Initial<R>) {
	const p0 = params();
	const hit = initial !== undefined && p0 !== undefined && keyOf(p0) === initial.key;
	let data = $state<R | undefined>(hit ? initial.data : undefined);
	let error = $state<unknown>();
	let loading = $state(!hit);
	/** true once the data shown came from the live query, not from the build */
	let fresh = $state(false);
	let n = 0;
	let last: string | undefined;
	// before the DOM update: the query leaves for the worker first, and `loading` is already true
	// when the page re-renders (a model held while loading is not recomputed from the old rows)
	$effect.pre(() => {
		const p = params();
		if (p === undefined) return;
		const key = keyOf(p);
		if (key === last) return;
		last = key;
		const id = ++n;
		loading = data === undefined || key !== initial?.key || fresh;
		q(p).then(
			(r) => {
				if (id !== n) return;
				data = r;
				error = undefined;
				loading = false;
				fresh = true;
			},
			(e) => {
				if (id !== n) return;
				error = e;
				loading = false;
				last = undefined; // the same parameters may be retried
			}
		);
	});
	return {
		get data() { return data; },
		get error() { return error; },
		get loading() { return loading; },
		get fresh() { return fresh; }
	};
}

/**
 * A view model that waits for its rows: while `busy()` (rows for a new state are on their way) it
 * stays what it last was, so a chart, its caption and its table never pair the new state's labels
 * with the old state's numbers, and a model that the arriving rows replace at once is neither
 * computed nor drawn. Reading `busy` first means nothing else is read (or tracked) while held.
 */
export function heldWhile<T>(busy: () => boolean, compute: () => T): { readonly current: T } {
	let last: { v: T } | undefined;
	const value = $derived.by(() => {
		if (busy() && last) return last.v;
		last = { v: compute() };
		return last.v;
	});
	return {
		get current() {
			return value;
		}
	};
}
