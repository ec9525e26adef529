// The national dataset reads at most MAX_PROVINCES provinces at once: more is a choice the page
// explains in both languages (a state, not a failure), said before anything is downloaded.
import { describe, expect, it } from 'vitest';
import { loadProvinces, TooManyProvinces } from '../../src/lib/db/load-scale';
import { MAX_PROVINCES } from '../../src/lib/db/scale-sql';

describe('loadProvinces', () => {
	it('refuses more provinces than a view reads at once, in both languages, as a choice', async () => {
		const keys = ['11', '12', '13', '14', '15', '21', '22'];
		expect(keys.length).toBe(MAX_PROVINCES + 1);
		const e = await loadProvinces('scale', keys, false).catch((x: unknown) => x);
		expect(e).toBeInstanceOf(TooManyProvinces);
		expect((e as TooManyProvinces).choice).toBe(true);
		expect((e as TooManyProvinces).zh).toContain('7 个省份');
		expect((e as TooManyProvinces).en).toContain('7 provinces');
	});
});
