// manifest.json of the scale dataset: what was built from what, the counts, and the exact path,
// URL-encoded href and size of every file, so a browser finds a province's files without listing
// directories (static hosting cannot list them).
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hiveValue, PARTITIONED_TABLES } from '../lib/partition';
import type { ProvinceDone } from './facts';
import { FACTS_TAG, LEVELS } from './layout';
import { nationalRegions } from './regions';
import type { ScaleOptions } from './args';

interface FileRef {
	path: string;
	href: string;
	bytes: number;
}

async function ref(out: string, path: string): Promise<FileRef> {
	return { path, href: path.split('/').map(encodeURIComponent).join('/'), bytes: (await stat(join(out, path))).size };
}

export async function writeManifest(out: string, options: ScaleOptions, done: ProvinceDone[]): Promise<{ bytes: number }> {
	const names = new Map(nationalRegions().filter((r) => r.level === 'province').map((r) => [r.key, r.name]));
	const sum = (k: keyof Omit<ProvinceDone, 'code'>) => done.reduce((s, d) => s + d[k], 0);
	const provinces = [];
	for (const d of done) {
		const name = names.get(d.code) ?? d.code;
		// null: the province has no rows in that table (no warnings, say), so no file
		const files: Record<string, FileRef | null> = {};
		for (const table of PARTITIONED_TABLES) files[table] = await ref(out, `${table}/province=${hiveValue(name)}/${FACTS_TAG}.parquet`).catch(() => null);
		provinces.push({ key: d.code, name, towns: d.towns, reports: d.reports, values: d.values, warnings: d.warnings, texts: d.texts, files });
	}
	const summary: Record<string, FileRef> = {};
	for (const level of LEVELS) summary[level] = await ref(out, `summary/${level}.parquet`);
	const townValues: Record<string, FileRef> = {};
	for (const dir of (await readdir(join(out, 'town_values'))).sort()) {
		townValues[dir.replace(/^indicator=/, '')] = await ref(out, `town_values/${dir}/${FACTS_TAG}.parquet`);
	}
	const texts = (await readdir(join(out, 'texts')).catch(() => [])).length;
	const manifest = {
		dataset: 'scale',
		synthetic: true,
		layout: 'docs/scale-layout.md',
		built_with: { command: 'npm run data:scale', seed: options.seed, years: [options.from, options.to], provinces: options.provinces.length, texts_per_province: options.texts },
		counts: { towns: sum('towns'), reports: sum('reports'), values: sum('values'), warnings: sum('warnings'), texts },
		files: { towns: await ref(out, 'towns.parquet'), summary, town_values: townValues, texts: 'texts/<report_id>.txt' },
		provinces
	};
	const all = [manifest.files.towns, ...Object.values(summary), ...Object.values(townValues), ...provinces.flatMap((p) => Object.values(p.files).filter((f) => f !== null))];
	await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return { bytes: all.reduce((s, f) => s + f.bytes, 0) };
}
