// `npm run fuzz -- [--n 1000] [--seed 1] [--target text] [--keep DIR]`: every target of
// scripts/fuzz/targets on n inputs; exit 1 when anything crashed, hung (> 1 s), went unaccounted
// in reports.csv or broke an invariant. The tests run the same harness, bounded (tests/unit/fuzz.test.ts).
import { formatFindings, runFuzz } from './fuzz/run';

const USAGE = `用法 / usage: npm run fuzz -- [--n 1000] [--seed 1] [--target <name>]... [--keep <dir>]`;

function parse(args: string[]): { n: number; seed: number; only: string[]; keep?: string } | string {
	const options = { n: 200, seed: 1, only: [] as string[], keep: undefined as string | undefined };
	for (let i = 0; i < args.length; i++) {
		const [flag, value] = [args[i], args[i + 1]];
		if (flag === '--') continue;
		if (value === undefined) return `${flag} 需要一个值 / ${flag} needs a value`;
		i++;
		if (flag === '--n' || flag === '--seed') {
			const number = Number(value);
			if (!Number.isInteger(number) || number < (flag === '--n' ? 1 : 0)) return `${flag} 须为整数 / ${flag} must be an integer: ${value}`;
			options[flag === '--n' ? 'n' : 'seed'] = number;
		} else if (flag === '--target') options.only.push(value);
		else if (flag === '--keep') options.keep = value;
		else return `未知参数 “${flag}” / unknown flag “${flag}”`;
	}
	return options;
}

async function main(): Promise<number> {
	const options = parse(process.argv.slice(2));
	if (typeof options === 'string') {
		console.error(`${options}\n${USAGE}`);
		return 2;
	}
	console.log(`模糊测试 fuzz: n = ${options.n} per target, seed ${options.seed}`);
	const t0 = performance.now();
	const results = await runFuzz({ ...options, log: (line) => console.log(line) });
	const findings = results.reduce((sum, r) => sum + r.findings.length, 0);
	const inputs = results.reduce((sum, r) => sum + r.inputs, 0);
	console.log(`合计 total: ${inputs} inputs, ${findings} findings, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	if (findings) console.log(formatFindings(results));
	return findings ? 1 : 0;
}

main().then(
	(code) => (process.exitCode = code),
	(error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 3;
	}
);
