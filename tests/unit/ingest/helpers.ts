// A small import batch for the CSV and merge tests: the real catalog, a hand-made gazetteer with
// two 松山镇 (different counties) and one 蒙山镇.
import { CATALOG } from '$lib/catalog';
import { extract } from '$lib/extract';
import { createGazetteer } from '$lib/extract/gazetteer';
import type { GazetteerTown } from '$lib/extract/types';
import { ImportBatch, type BatchOptions } from '$lib/ingest/batch';
import { catalogOf } from '$lib/ingest/catalog';

export const TOWNS: GazetteerTown[] = [
	{ code: '220284100', name: '松山镇', county: '磐石市', city: '吉林市', province: '吉林省' },
	{ code: '420281105', name: '松山镇', county: '大冶市', city: '黄石市', province: '湖北省' },
	{ code: '360923108', name: '蒙山镇', county: '上高县', city: '宜春市', province: '江西省' }
];

export const gazetteer = createGazetteer(TOWNS, []);

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** A batch over named files (text or bytes), each picked on its own. */
export async function runBatch(files: Record<string, string | Uint8Array>, opts: Partial<BatchOptions> = {}): Promise<ImportBatch> {
	const batch = new ImportBatch({
		extractor: extract, gazetteer, catalog: catalogOf(CATALOG), known: { hashes: new Map(), ids: new Map() }, answers: [], ...opts
	});
	await batch.run(Object.entries(files).map(([path, content]) => ({ file: new Blob([(typeof content === 'string' ? utf8(content) : content) as BlobPart]), path, inFolder: false })));
	return batch;
}

/** The issues as `file:row:column:code` (the row and column a person is told). */
export const where = (b: ImportBatch) => b.issues.list.map((i) => `${i.file}:${i.row}:${i.column}:${i.code}`);

export const valueRows = (b: ImportBatch) =>
	b.out
		.tables()
		.values.replace(/^\uFEFF/, '')
		.split('\n')
		.slice(1)
		.filter(Boolean);
