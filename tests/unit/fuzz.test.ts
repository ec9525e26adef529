// The fuzz harness, bounded (`npm run fuzz -- --n 1000` is the full size): every target in
// scripts/fuzz/targets on a few dozen inputs — zero crashes, zero inputs over 1 s of CPU, every
// input with its one row in reports.csv, every quote the text between its offsets.
import { describe, expect, it } from 'vitest';
import { formatFindings, formatResult, loadTargets, runFuzz } from '../../scripts/fuzz/run';

const N = 24;

describe('fuzz harness (bounded)', () => {
	it('finds the targets in scripts/fuzz/targets', async () => {
		expect((await loadTargets()).map((t) => t.name)).toEqual(expect.arrayContaining(['csv', 'docx', 'html', 'text']));
	});

	it(`runs ${N} inputs per target with nothing crashing, hanging or unaccounted`, async () => {
		const results = await runFuzz({ n: N, seed: 20260116 });
		console.log(results.map(formatResult).join('\n'));
		expect(formatFindings(results)).toBe('');
		for (const r of results) expect(r.inputs).toBe(N);
		// the docx cases include a decompression bomb and a tag bomb at any n ≥ 18
		const docx = results.find((r) => r.target === 'docx')!;
		expect(Object.keys(docx.outcomes).some((k) => k.includes('解压后超过'))).toBe(true);
		expect(Object.keys(docx.outcomes).some((k) => k.includes('文档标记超过'))).toBe(true);
	});
});
