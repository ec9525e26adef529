// One province of the national facts, in a worker thread (scale/facts.ts hands them out): its
// towns from the gazetteer, each town's reports from its own stream, written as the contract's
// three CSVs by the CLI's own writer, and the texts of the sampled towns beside them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { factRows } from '../generator/fact-rows';
import { townReports } from '../generator/index';
import { isTownship, nationalRegion, reportStream, uniqueNames } from '../generator/national';
import { RunOutputs } from '../lib/output';
import type { FileRows } from '../lib/pipeline';
import { textPath } from '../../src/lib/contract/texts';
import type { ProvinceDone, ProvinceJob } from './facts';

export async function provinceFacts(job: ProvinceJob): Promise<ProvinceDone> {
	const towns = nationalRegion({ seed: job.seed, from: job.from, to: job.to, provinces: [job.code] });
	// the sample: the first towns (by code) whose names a report text can speak for and the
	// extractor resolves without the county (uniqueNames)
	const unique = uniqueNames();
	const sampled = new Set(towns.filter((t) => isTownship(t.name.name) && unique.has(t.name.name)).slice(0, job.texts));
	const outputs = await RunOutputs.open(join(job.outDir, 'provinces', job.code));
	const done: ProvinceDone = { code: job.code, towns: towns.length, reports: 0, values: 0, warnings: 0, texts: 0 };
	await mkdir(join(job.outDir, 'texts'), { recursive: true });
	// rows go out a few hundred reports at a time: one write per report leaves the thread waiting on the disk
	let batch: FileRows[] = [];
	const flush = async () => {
		await outputs.append(batch.map((b) => b.report), batch.flatMap((b) => b.values), batch.flatMap((b) => b.warnings));
		batch = [];
	};
	for (const town of towns) {
		for (const item of townReports(town, job.from, job.to, reportStream(job.seed, town))) {
			const rows = factRows(item);
			batch.push(rows);
			done.reports++;
			done.values += rows.values.length;
			done.warnings += rows.warnings.length;
			if (sampled.has(town)) {
				await writeFile(join(job.outDir, textPath(String(rows.report.report_id))), item.report.text, 'utf8');
				done.texts++;
			}
		}
		if (batch.length >= 256) await flush();
	}
	await flush();
	await outputs.finish();
	return done;
}

parentPort?.on('message', async (job: ProvinceJob) => {
	try {
		parentPort!.postMessage(await provinceFacts(job));
	} catch (error) {
		parentPort!.postMessage({ code: job.code, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
