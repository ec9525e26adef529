// CLI: npm run generate -- --towns N --years 2014-2025 --seed S --out DIR
import { generateCorpus } from './generator/index';

const USAGE = '用法 / usage: npm run generate -- --towns 20 --years 2014-2025 --seed 42 --out data/demo';

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

async function main(): Promise<number> {
	let opts;
	try {
		opts = parseArgs(process.argv.slice(2));
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
