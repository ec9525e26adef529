// `npm run bench`: extraction throughput and worst-case time against the DESIGN.md §7 bars.
//   throughput: the seeds repeated ×200, in-process, one core, median of 7 runs (bar ≥ 1,000 reports/s)
//   garbage:    1 MB of random CJK, digits and punctuation (bar < 1 s per MB)
//   CLI:        wall time of `npm run extract` on the seeds (the pipeline's own bar: < 2 s)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExtractor } from './lib/load-extractor';
import { median } from './lib/stats';

const RUNS = 7;
const REPEAT = 200;


function timeRuns(run: () => void, runs = RUNS): number[] {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		run();
		times.push((performance.now() - t0) / 1000);
	}
	return times;
}

/** Deterministic garbage: a fixed-seed mix of the characters rules look at (digits, 年, 条, 件 …). */
function garbage(bytes: number): string {
	const alphabet = '0123456789０１２３年月日条件项次个余多约近超过以上未无没有收到申请公开政府信息镇乡，。、：；（）《》%-— \n\t表一二三四五六七八九十';
	let state = 20260101;
	let text = '';
	while (Buffer.byteLength(text) < bytes) {
		let chunk = '';
		for (let i = 0; i < 1000; i++) {
			state = (state * 1103515245 + 12345) >>> 0;
			chunk += alphabet[state % alphabet.length];
		}
		text += chunk;
	}
	return text;
}

const ratio = (value: number, bar: number, higherIsBetter: boolean): string => {
	const r = higherIsBetter ? value / bar : bar / value;
	return `${r.toFixed(2)}× the bar ${r >= 1 ? 'PASS' : 'FAIL'}`;
};

async function main(): Promise<void> {
	const { extractor, gazetteer } = await loadExtractor();
	const dir = 'data/reports/seeds';
	const texts = readdirSync(dir).sort().map((f) => ({ source: f, text: readFileSync(join(dir, f), 'utf8') }));
	const extractAll = () => {
		for (let r = 0; r < REPEAT; r++) for (const t of texts) extractor(t.text, { source: t.source, gazetteer });
	};
	extractAll(); // warm-up: JIT and lazily built tables
	const n = REPEAT * texts.length;
	const throughput = median(timeRuns(extractAll).map((s) => n / s));
	console.log(`抽取吞吐 throughput: ${Math.round(throughput)} reports/s (median of ${RUNS} × ${n} reports; bar ≥ 1000: ${ratio(throughput, 1000, true)})`);

	const MB = 1024 * 1024;
	const seedsJoined = texts.map((t) => t.text).join('\n');
	const inputs: [string, string][] = [
		['random CJK/digits', garbage(MB)],
		['one line, no breaks', garbage(MB).replace(/\n/g, '')],
		['digits only', '1234567890'.repeat(MB / 10)],
		['seeds concatenated', seedsJoined.repeat(Math.ceil(MB / Buffer.byteLength(seedsJoined))).slice(0, MB / 3)]
	];
	for (const [label, junk] of inputs) {
		const junkTime = median(timeRuns(() => extractor(junk, { source: 'garbage.txt', gazetteer }), 5));
		console.log(`1 MB 输入 input (${label}): ${junkTime.toFixed(3)} s (median of 5; bar < 1 s: ${ratio(junkTime, 1, false)})`);
	}

	const out = mkdtempSync(join(tmpdir(), 'townlens-bench-'));
	try {
		const cli = timeRuns(() => {
			const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', dir, '--out', out], { encoding: 'utf8' });
			if (run.status !== 0) throw new Error(`CLI exited ${run.status}: ${run.stderr}`);
		}, 5);
		console.log(`CLI 种子用时 seeds wall time: ${median(cli).toFixed(2)} s (median of 5; bar < 2 s: ${ratio(median(cli), 2, false)})`);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
});
