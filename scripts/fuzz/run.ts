// Finds the targets (every module in scripts/fuzz/targets/ exporting `target`), runs each on n
// inputs from one seed, and formats the counts. Used by `npm run fuzz` and, bounded, by the tests.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRng } from '../generator/prng';
import type { FuzzTarget, TargetResult } from './harness';

const TARGETS_DIR = fileURLToPath(new URL('./targets/', import.meta.url));

export async function loadTargets(): Promise<FuzzTarget[]> {
	const files = readdirSync(TARGETS_DIR).filter((f) => /\.ts$/.test(f) && !f.endsWith('.test.ts')).sort();
	const targets: FuzzTarget[] = [];
	for (const file of files) {
		const module = (await import(pathToFileURL(join(TARGETS_DIR, file)).href)) as { target?: FuzzTarget };
		if (module.target) targets.push(module.target);
	}
	return targets;
}

export interface FuzzOptions {
	n: number;
	seed: number;
	/** run only these targets (all when empty) */
	only?: string[];
	/** keep the inputs and outputs here instead of a temporary folder */
	keep?: string;
	hangSeconds?: number;
	log?: (line: string) => void;
}

export async function runFuzz(options: FuzzOptions): Promise<TargetResult[]> {
	const all = await loadTargets();
	const unknown = (options.only ?? []).filter((name) => !all.some((t) => t.name === name));
	if (unknown.length) throw new Error(`未知目标 / unknown target: ${unknown.join(', ')} (${all.map((t) => t.name).join(', ')})`);
	const targets = options.only?.length ? all.filter((t) => options.only!.includes(t.name)) : all;
	const root = options.keep ?? mkdtempSync(join(tmpdir(), 'townlens-fuzz-'));
	const results: TargetResult[] = [];
	try {
		for (const target of targets) {
			const t0 = performance.now();
			const workDir = join(root, target.name);
			rmSync(workDir, { recursive: true, force: true });
			const rng = createRng(options.seed >>> 0).fork(target.name);
			const result = await target.run({ rng, n: options.n, workDir, hangSeconds: options.hangSeconds ?? 1 });
			results.push(result);
			options.log?.(`${formatResult(result)}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
		}
	} finally {
		if (!options.keep) rmSync(root, { recursive: true, force: true });
	}
	return results;
}

const count = (r: TargetResult, kind: string) => r.findings.filter((f) => f.kind === kind).length;

export function formatResult(r: TargetResult): string {
	const outcomes = Object.entries(r.outcomes).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(', ');
	return (
		`${r.target.padEnd(6)} 输入 inputs ${r.inputs} · 崩溃 crashes ${count(r, 'crash')} · 超时 hangs ${count(r, 'hang')} · ` +
		`未记录 unaccounted ${count(r, 'unaccounted')} · 损坏 broken ${count(r, 'broken')} · 最慢 slowest ${r.slowest.toFixed(2)} s CPU\n        ${outcomes}`
	);
}

export function formatFindings(results: TargetResult[], limit = 20): string {
	const findings = results.flatMap((r) => r.findings.map((f) => `  ${r.target} ${f.kind}: ${JSON.stringify(f.input)} — ${f.detail}`));
	return findings.length <= limit ? findings.join('\n') : `${findings.slice(0, limit).join('\n')}\n  … ${findings.length - limit} more`;
}
