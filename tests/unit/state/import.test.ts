// The import view's URL state, and the dataset key every view shares now that it names local and
// merged datasets: only the whitelisted ids parse; a merged id survives its own link.
import { describe, expect, it } from 'vitest';
import { IMPORT_SPECS, parseImport } from '../../../src/lib/state/import';
import { queryOf } from '../../../src/lib/state/spec';
import { HOSTILE } from './hostile';

const parse = (q: string) => parseImport(new URLSearchParams(q));

describe('parseImport', () => {
	it('reads the local and merged datasets, and the link writes the comma readably', () => {
		for (const ds of ['local', 'seeds,local', 'demo,local']) {
			const p = parse(new URLSearchParams({ ds }).toString());
			expect(p.notices).toEqual([]);
			expect(p.state.ds).toBe(ds);
			expect(parse(queryOf(IMPORT_SPECS, p.state, 'link')).state.ds).toBe(ds);
		}
		expect(queryOf(IMPORT_SPECS, { ds: 'seeds,local' as const, lang: 'en' as const }, 'link')).toBe('ds=seeds,local&lang=en');
	});

	it('refuses other spellings and hostile values with a notice (a + in a link is a space)', () => {
		for (const raw of ['seeds+local', 'seeds local', 'local,seeds', 'seeds,demo', 'local,local', 'LOCAL', ...HOSTILE]) {
			const p = parse(new URLSearchParams({ ds: raw }).toString());
			expect(p.state.ds).toBe('demo');
			expect(p.notices.map((n) => n.param)).toEqual(['ds']);
		}
	});
});
