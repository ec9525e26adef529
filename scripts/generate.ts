// CLI: npm run generate -- --towns N --years 2014-2025 --seed S --out DIR
//      npm run generate -- --national --out DIR [--provinces 11,36] [--texts K] [--jobs N] [--years …] [--seed …]
// The first writes a fictional county's report texts with their truth; --national generates the
// facts of every township-level unit of the gazetteer directly (the rows a perfect extraction of
// each report gives), one folder of CSVs per province, plus the texts of K towns per province.
import { generateCorpus } from './generator/index';
import { parseScaleArgs, SCALE_FLAGS } from './scale/args';
import { generateFacts } from './scale/facts';

const USAGE = `用法 / usage: npm run generate -- --towns 20 --years 2014-2025 --seed 42 --out data/demo
       npm run generate -- --national --out <dir> [flags]
${SCALE_FLAGS}`;

function parseArgs(argv: string[]): { towns: number; from: number; to: number; seed: number; outDir: string } {
	const get = (flag: string, fallback?: string) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : fallback;
	};
	const years = /^(\d{4})-(\d{4})$/.exec(get('--years', '2014-2025')!);
	const towns = Number(get('--towns', '20'));
	const seed = Number(get('--seed', '1'));
	const outDir = get('--out');
	if (!years || !Number.isInteger(towns) || towns < 1 || !Number.isInteger(seed) || !outDir) throw new UsageError();
	return { towns, from: +years[1], to: +years[2], seed, outDir };
}

class UsageError extends Error {}

async function national(args: string[]): Promise<number> {
	const parsed = parseScaleArgs(args);
	if (parsed.ok === 'help') return console.log(USAGE), 0;
	if (!parsed.ok) return console.error(`${parsed.error}\n\n${USAGE}`), 2;
	const { out, ...options } = parsed.options;
	const t0 = performance.now();
	const done = await generateFacts({ ...options, outDir: out });
	const reports = done.reduce((s, d) => s + d.reports, 0);
	const s = ((performance.now() - t0) / 1000).toFixed(1);
	console.log(`已生成 ${done.length} 个省级单位 ${reports} 份报告的事实数据 / generated the facts of ${reports} reports in ${done.length} provinces in ${s}s → ${out}/provinces/<code>/`);
	return 0;
}

async function main(): Promise<number> {
	const argv = process.argv.slice(2);
	if (argv.includes('--national')) return national(argv.filter((a) => a !== '--national'));
	let opts;
	try {
		opts = parseArgs(argv);
	} catch {
		console.error(USAGE);
		return 2;
	}
	const t0 = performance.now();
	try {
		const { reports } = await generateCorpus(opts);
		const s = ((performance.now() - t0) / 1000).toFixed(2);
		console.log(`已生成 ${reports} 份示例报告 / generated ${reports} synthetic reports in ${s}s → ${opts.outDir}`);
		return 0;
	} catch (e) {
		console.error(`生成失败 / generation failed: ${(e as Error).message}`);
		return 1;
	}
}

main().then((code) => process.exit(code));
