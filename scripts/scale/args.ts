// Flags of the national facts (`npm run generate -- --national`, `npm run data:scale`), checked
// before any work; a bad value is a usage error (exit 2) in both languages.
import { availableParallelism } from 'node:os';
import { parseJobs } from '../lib/cli-flags';
import { nationalProvinces } from '../generator/national';

export interface ScaleOptions {
	out: string;
	seed: number;
	from: number;
	to: number;
	/** 2-digit codes, largest province first (the order the threads take them) */
	provinces: string[];
	/** towns per province whose report texts ship */
	texts: number;
	jobs: number;
}

export const DEFAULTS = { seed: 20260101, from: 2014, to: 2025, texts: 2 };

export const SCALE_FLAGS = `  --seed S            随机种子（默认 ${DEFAULTS.seed}）/ random seed (default ${DEFAULTS.seed})
  --years 2014-2025   年份范围 / years
  --provinces 11,36   只生成这些省（代码前两位；默认全国）/ only these provinces (2-digit codes; default all)
  --texts K           每省附带 K 个乡镇的报告原文（默认 ${DEFAULTS.texts}）/ report texts of K towns per province (default ${DEFAULTS.texts})
  --jobs N            工作线程数（默认 CPU 核数）/ worker threads (default: the number of cores)`;

export type ScaleArgs = { ok: true; options: ScaleOptions } | { ok: false; error: string } | { ok: 'help' };

/** Parses the flags after the ones the caller takes out (`--national`); `out` is required unless a default is given. */
export function parseScaleArgs(args: string[], defaultOut?: string): ScaleArgs {
	const value = new Map<string, string>();
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return { ok: 'help' };
		if (arg === '--') continue;
		const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, args[++i]];
		if (!['--out', '--seed', '--years', '--provinces', '--texts', '--jobs'].includes(flag)) return { ok: false, error: `未知参数 “${arg}” / unknown flag “${arg}”` };
		if (inline === undefined || inline.startsWith('--')) return { ok: false, error: `${flag} 需要一个值 / ${flag} needs a value` };
		value.set(flag, inline);
	}
	const out = value.get('--out') ?? defaultOut;
	if (!out) return { ok: false, error: '缺少 --out 输出目录 / missing --out directory' };
	const seed = Number(value.get('--seed') ?? DEFAULTS.seed);
	if (!Number.isInteger(seed) || seed < 0) return { ok: false, error: `--seed 应为非负整数 / --seed must be a whole number ≥ 0` };
	const years = /^(\d{4})-(\d{4})$/.exec(value.get('--years') ?? `${DEFAULTS.from}-${DEFAULTS.to}`);
	const [from, to] = years ? [Number(years[1]), Number(years[2])] : [0, 0];
	if (!years || from > to || from < 2008 || to > 2030) return { ok: false, error: '--years 应为 2008–2030 间的 A-B / --years must be A-B within 2008–2030' };
	const texts = Number(value.get('--texts') ?? DEFAULTS.texts);
	if (!Number.isInteger(texts) || texts < 0) return { ok: false, error: '--texts 应为非负整数 / --texts must be a whole number ≥ 0' };
	const jobs = parseJobs(value.get('--jobs') ?? String(Math.min(availableParallelism(), 64)));
	if (!jobs.ok) return { ok: false, error: jobs.error };
	const all = nationalProvinces().map((p) => p.code);
	const asked = value.get('--provinces')?.split(',').map((c) => c.trim());
	const unknown = asked?.filter((c) => !all.includes(c));
	if (unknown?.length) return { ok: false, error: `--provinces 没有这些省级代码：${unknown.join(', ')} / --provinces: no such province codes: ${unknown.join(', ')}` };
	const provinces = asked ? all.filter((c) => asked.includes(c)) : all;
	return { ok: true, options: { out, seed, from, to, provinces, texts, jobs: jobs.value } };
}
