// heldWhile: a view model stays what it was while its rows are on their way, and is computed once when they land.
import { describe, expect, it } from 'vitest';
import { heldWhile } from './live.svelte';

describe('heldWhile', () => {
	it('keeps the last model while busy and computes the new one once when the rows land', () => {
		let busy = $state(false);
		let state = $state('a');
		let rows = $state(['a1']);
		const computed: string[] = [];
		const m = heldWhile(
			() => busy,
			() => {
				computed.push(`${state}:${rows.join()}`);
				return { state, rows };
			}
		);
		expect(m.current).toEqual({ state: 'a', rows: ['a1'] });
		// the state changes and its query leaves: the model does not pair 'b' with a's rows
		busy = true;
		state = 'b';
		expect(m.current).toEqual({ state: 'a', rows: ['a1'] });
		rows = ['b1'];
		busy = false;
		expect(m.current).toEqual({ state: 'b', rows: ['b1'] });
		expect(computed).toEqual(['a:a1', 'b:b1']);
	});

	it('computes at once when there is nothing to hold yet (a first load with no build-time rows)', () => {
		const m = heldWhile(
			() => true,
			() => 'loading state'
		);
		expect(m.current).toBe('loading state');
	});

	it('follows changes that need no query (not busy)', () => {
		let lang = $state('zh');
		const m = heldWhile(
			() => false,
			() => `model in ${lang}`
		);
		expect(m.current).toBe('model in zh');
		lang = 'en';
		expect(m.current).toBe('model in en');
	});
});
