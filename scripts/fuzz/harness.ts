// The fuzz harness's contract and its two kinds of target:
//   fileTarget     — inputs are files run through the CLI pipeline exactly as `npm run extract`
//                    writes them (streaming CSVs, texts); checks every input has its one row in
//                    reports.csv, nothing crashed, no input took longer than the hang limit, and
//                    every quote is the text between its offsets;
//   functionTarget — inputs are values handed to a pure function (CSV parsing, URL-state parsers).
// A target is a module in scripts/fuzz/targets/ exporting `target`; the runner finds it there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rng } from '../generator/prng';
import { readCsv } from '../lib/csv';
import { loadExtractor } from '../lib/load-extractor';
import { RunOutputs } from '../lib/output';
import { runPipeline, type FileRows } from '../lib/pipeline';
import { textPath } from '../../src/lib/contract/texts';

export type FindingKind = 'crash' | 'hang' | 'unaccounted' | 'broken';

export interface Finding {
	kind: FindingKind;
	/** the input's name (a file name, or the case number) */
	input: string;
	detail: string;
}

export interface TargetResult {
	target: string;
	inputs: number;
	findings: Finding[];
	/** the slowest input, in CPU seconds */
	slowest: number;
	/** what became of the inputs (statuses, reasons), for the printed counts */
	outcomes: Record<string, number>;
}

export interface FuzzContext {
	rng: Rng;
	n: number;
	/** an empty folder of this target's own */
	workDir: string;
	/**
	 * an input costing more CPU time than this (seconds) is a hang. CPU time, not wall time: on a
	 * shared machine the wall clock measures the neighbours (an endless loop costs CPU all the same).
	 */
	hangSeconds: number;
}

export interface FuzzTarget {
	name: string;
	about: string;
	run(ctx: FuzzContext): Promise<TargetResult>;
}

export interface FuzzFile {
	/** a file name (no '/', no leading '.'; unique within the target) */
	name: string;
	bytes: Uint8Array | string;
}

/** CPU seconds (user + system) of this process since `since`. */
const cpuSince = (since: NodeJS.CpuUsage): number => {
	const { user, system } = process.cpuUsage(since);
	return (user + system) / 1e6;
};

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** The reason an unreadable row gives, shortened to a category for the counts. */
const reasonOf = (message: string) => message.split(/[（(:：/]/)[0].trim();

/** Messages that mean an exception nobody foresaw reached the pipeline's last guard or the extractor. */
const UNFORESEEN = /^读取时出错 \//;

export function fileTarget(name: string, about: string, make: (rng: Rng, i: number) => FuzzFile | Promise<FuzzFile>): FuzzTarget {
	return {
		name,
		about,
		async run(ctx) {
			const inDir = join(ctx.workDir, 'in');
			const outDir = join(ctx.workDir, 'out');
			mkdirSync(inDir, { recursive: true });
			const names: string[] = [];
			for (let i = 0; i < ctx.n; i++) {
				const file = await make(ctx.rng, i);
				writeFileSync(join(inDir, file.name), file.bytes);
				names.push(file.name);
			}
			const { extractor, gazetteer } = await loadExtractor();
			const outputs = await RunOutputs.open(outDir, { withTexts: true });
			const findings: Finding[] = [];
			let slowest = 0;
			let last = process.cpuUsage();
			// times each input from the end of the previous one: reading, decoding, extraction, writing
			const timed = {
				async add(rows: FileRows) {
					await outputs.add(rows);
					const seconds = cpuSince(last);
					slowest = Math.max(slowest, seconds);
					if (seconds > ctx.hangSeconds) findings.push({ kind: 'hang', input: String(rows.report.source), detail: `${seconds.toFixed(2)} s CPU` });
					last = process.cpuUsage();
				}
			};
			await runPipeline([inDir], { extractor, gazetteer }, timed);
			await outputs.finish();
			const outcomes = await accountFor(outDir, names, findings);
			return { target: name, inputs: ctx.n, findings, slowest, outcomes };
		}
	};
}

/** Reads the run's CSVs back: one row per input, unforeseen errors, quotes against their texts. */
async function accountFor(outDir: string, names: string[], findings: Finding[]): Promise<Record<string, number>> {
	const reports = (await readCsv(join(outDir, 'reports.csv'))).rows;
	const warnings = (await readCsv(join(outDir, 'warnings.csv'))).rows;
	const values = (await readCsv(join(outDir, 'values.csv'))).rows;
	const outcomes: Record<string, number> = {};
	const rowsBySource = new Map<string, number>();
	for (const r of reports) rowsBySource.set(r.source, (rowsBySource.get(r.source) ?? 0) + 1);
	for (const n of names) {
		const count = rowsBySource.get(n) ?? 0;
		if (count !== 1) findings.push({ kind: 'unaccounted', input: n, detail: `${count} rows in reports.csv` });
	}
	for (const source of rowsBySource.keys()) if (!names.includes(source)) findings.push({ kind: 'unaccounted', input: source, detail: 'a row for no input' });
	const sourceOf = new Map(reports.map((r) => [r.report_id, r.source]));
	for (const r of reports) bump(outcomes, r.status);
	for (const w of warnings) {
		if (w.code === 'unreadable') bump(outcomes, `unreadable: ${reasonOf(w.message)}`);
		if (w.code === 'extract_error' || UNFORESEEN.test(w.message)) findings.push({ kind: 'crash', input: sourceOf.get(w.report_id) ?? w.report_id, detail: w.message });
	}
	const texts = new Map<string, string>();
	for (const v of values) {
		if (!texts.has(v.report_id)) texts.set(v.report_id, await readFile(join(outDir, textPath(v.report_id)), 'utf8').catch(() => ''));
		const text = texts.get(v.report_id)!;
		if (text.slice(Number(v.start), Number(v.end)) !== v.quote) {
			findings.push({ kind: 'broken', input: sourceOf.get(v.report_id) ?? v.report_id, detail: `${v.indicator}: quote is not the text at ${v.start}–${v.end}` });
		}
	}
	return outcomes;
}

/** A pure function under fuzz: `check` throws (or returns a complaint) when an input breaks it. */
export function functionTarget<T>(
	name: string,
	about: string,
	make: (rng: Rng, i: number) => T,
	check: (input: T) => string | void | Promise<string | void>,
	describe: (input: T) => string = (input) => JSON.stringify(input).slice(0, 200)
): FuzzTarget {
	return {
		name,
		about,
		async run(ctx) {
			const findings: Finding[] = [];
			const outcomes: Record<string, number> = {};
			let slowest = 0;
			for (let i = 0; i < ctx.n; i++) {
				const input = make(ctx.rng, i);
				const t0 = process.cpuUsage();
				let complaint: string | void;
				try {
					complaint = await check(input);
				} catch (error) {
					findings.push({ kind: 'crash', input: `#${i} ${describe(input)}`, detail: error instanceof Error ? error.message : String(error) });
					continue;
				}
				const seconds = cpuSince(t0);
				slowest = Math.max(slowest, seconds);
				if (seconds > ctx.hangSeconds) findings.push({ kind: 'hang', input: `#${i} ${describe(input)}`, detail: `${seconds.toFixed(2)} s CPU` });
				if (complaint) findings.push({ kind: 'broken', input: `#${i} ${describe(input)}`, detail: complaint });
				bump(outcomes, complaint ? 'broken' : 'ok');
			}
			return { target: name, inputs: ctx.n, findings, slowest, outcomes };
		}
	};
}
