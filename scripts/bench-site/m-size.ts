// The M-size dataset for redraw timings: the generator's 2,000-town county (12 years) extracted by
// the CLI into a site copy's data/demo, so the built app loads it under the demo's name.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../generator/index';

export async function buildM(outDir: string): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'townlens-gen-'));
	try {
		const t0 = performance.now();
		const { reports } = await generateCorpus({ towns: 2000, from: 2014, to: 2025, seed: 7, outDir: dir });
		execFileSync('npx', ['tsx', 'scripts/extract.ts', join(dir, 'reports'), '--out', outDir, '--gazetteer-extra', join(dir, 'gazetteer-extra.csv')], {
			stdio: 'ignore'
		});
		console.log(`M dataset: ${reports} reports generated and extracted in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
