// A data hook: re-runs `q` whenever its parameters change; only the latest call's result lands.
export function live<P, R>(q: (p: P) => Promise<R>, params: () => P) {
	let data = $state<R>();
	let error = $state<unknown>();
	let loading = $state(true);
	let n = 0;
	$effect(() => {
		const p = params();
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
			}
		);
	});
	return {
		get data() { return data; },
		get error() { return error; },
		get loading() { return loading; }
	};
}
