// `npm run generate -- --national`: the generator at the gazetteer's real size, written as facts —
// the rows a perfect extraction of each town-year's report gives (generator/fact-rows.ts) — not as
// texts, plus the texts of a few towns per province for the Report view:
//   <out>/provinces/<code>/{reports,values,warnings}.csv   the contract's CSVs, one folder per province
//   <out>/texts/<report_id>.txt                           the sampled towns' report texts
// Provinces are generated in worker threads, largest first; each is a function of the seed and its
// code alone (generator/national.ts), so the output does not depend on --jobs.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface ProvinceJob {
	code: string;
	seed: number;
	from: number;
	to: number;
	/** towns per province whose texts are written */
	texts: number;
	outDir: string;
}

export interface ProvinceDone {
	code: string;
	towns: number;
	reports: number;
	values: number;
	warnings: number;
	texts: number;
}

export interface FactsOptions extends Omit<ProvinceJob, 'code'> {
	provinces: readonly string[];
	jobs?: number;
	onProvince?: (done: ProvinceDone) => void;
}

const BOOT = new URL('../lib/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./province-worker.ts', import.meta.url).href;

/** Generates the provinces (in the order given: largest first keeps the threads even) in worker threads. */
export async function generateFacts(options: FactsOptions): Promise<ProvinceDone[]> {
	const { provinces, jobs = availableParallelism(), onProvince, ...job } = options;
	const queue = [...provinces];
	const results: ProvinceDone[] = [];
	const count = Math.max(1, Math.min(jobs, queue.length));
	const runOne = (worker: Worker): Promise<void> =>
		new Promise((resolve, reject) => {
			const code = queue.shift();
			if (code === undefined) return resolve();
			worker.once('message', (reply: ProvinceDone | { code: string; error: string }) => {
				if ('error' in reply) return reject(new Error(`省 ${reply.code} 生成失败 / province ${reply.code} failed: ${reply.error}`));
				results.push(reply);
				onProvince?.(reply);
				runOne(worker).then(resolve, reject);
			});
			worker.postMessage({ ...job, code } satisfies ProvinceJob);
		});
	const workers = Array.from({ length: count }, () => new Worker(BOOT, { workerData: { entry: ENTRY } }));
	try {
		await Promise.all(
			workers.map(
				(worker) =>
					new Promise<void>((resolve, reject) => {
						worker.once('error', reject);
						runOne(worker).then(resolve, reject);
					})
			)
		);
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
	return results.sort((a, b) => a.code.localeCompare(b.code));
}
