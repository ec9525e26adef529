// A data hook: re-runs `q` whenever its parameters change; only the latest call's result lands.
// Parameters that serialise the same do not re-run the query (a state re-derived to equal values
// must not cost a second round trip).
export function live<P, R>(q: (p: P) => Promise<R>, params: () => P | undefined) {
	let data = $state<R>();
	let error = $state<unknown>();
	let loading = $state(true);
	let n = 0;
	let last: string | undefined;
	$effect(() => {
		const p = params();
		if (p === undefined) return;
		const key = JSON.stringify(p);
		if (key === last) return;
		last = key;
		const id = ++n;
		loading = true;
		q(p).then(
			(r) => {
				if (id !== n) return;
				data = r;
				error = undefined;
				loading = false;
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
		get loading() { return loading; }
	};
}
