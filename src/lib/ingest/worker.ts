// The import worker: reads, extracts and checks the files off the page's thread (a 500-file batch or
// a large CSV never freezes the page), keeps the batch until the person confirms, then writes it
// to IndexedDB in one transaction. It fetches only our own gazetteer.json; nothing leaves the machine.
import { CATALOG } from '$lib/catalog';
import { extract } from '$lib/extract';
import { fromCompact, type CompactGazetteer } from '$lib/extract/gazetteer';
import type { Gazetteer } from '$lib/extract/types';
import { LocalStore, StorageError } from '$lib/local/store';
import { ImportBatch } from './batch';
import { catalogOf } from './catalog';
import { exportZip } from './export';
import { importParts, issuesCsv, previewOf } from './preview';
import type { Message, Reply, Request } from './protocol';

const catalog = catalogOf(CATALOG);
let gazetteer: Promise<{ g: Gazetteer; ms: number }> | undefined;
let batch: ImportBatch | undefined;

function loadGazetteer(url: string) {
	return (gazetteer ??= (async () => {
		const t0 = performance.now();
		const res = await fetch(url);
		if (!res.ok) throw new StorageError(`无法读取区划库 ${url}（${res.status}）`, `Could not fetch the gazetteer ${url} (${res.status})`);
		const g = fromCompact((await res.json()) as CompactGazetteer);
		return { g, ms: performance.now() - t0 };
	})().catch((e) => {
		gazetteer = undefined;
		throw e;
	}));
}

async function withStore<T>(use: (s: LocalStore) => Promise<T>): Promise<T> {
	const store = await LocalStore.open();
	try {
		return await use(store);
	} finally {
		store.close();
	}
}

const post = (m: Message) => (self as unknown as Worker).postMessage(m);

async function handle(req: Request): Promise<Reply> {
	switch (req.type) {
		case 'scan': {
			const [{ g, ms }, known] = await Promise.all([loadGazetteer(req.gazetteerUrl), withStore(async (s) => ({ keys: await s.keys(), answers: await s.answers() }))]);
			const hashes = new Map<string, string>();
			const ids = new Map<string, string>();
			for (const r of known.keys) {
				for (const h of r.sha256) hashes.set(h, r.created);
				for (const id of r.report_ids) ids.set(id, r.created);
			}
			let extractMs = 0;
			const timed: typeof extract = (text, opts) => {
				const t = performance.now();
				try {
					return extract(text, opts);
				} finally {
					extractMs += performance.now() - t;
				}
			};
			batch = new ImportBatch({
				extractor: timed, gazetteer: g, catalog, known: { hashes, ids }, answers: known.answers,
				onProgress: (progress) => post({ id: -1, progress })
			});
			const t0 = performance.now();
			await batch.run(req.entries);
			const runMs = performance.now() - t0;
			const reportFiles = batch.lines.filter((l) => l.kind === 'report').length;
			return { type: 'preview', preview: previewOf(batch), timing: { gazetteerMs: ms, runMs, extractMs, reportFiles } };
		}
		case 'choose': {
			if (!batch) throw new Error('no import in progress');
			batch.choose(req.answer);
			await withStore((s) => s.putAnswer(req.answer));
			return { type: 'preview', preview: previewOf(batch) };
		}
		case 'commit': {
			if (!batch) throw new Error('no import in progress');
			const { record, keys, tables, texts } = importParts(batch);
			await withStore((s) => s.add(record, keys, tables, texts));
			batch = undefined;
			return { type: 'committed', record };
		}
		case 'issues':
			return { type: 'issues', csv: issuesCsv(batch?.issues.list ?? []) };
		case 'export': {
			const { zip, reports } = await withStore(exportZip);
			return { type: 'exported', zip, reports };
		}
		case 'discard':
			batch = undefined;
			return { type: 'discarded' };
	}
}

self.onmessage = async (e: MessageEvent<{ id: number; req: Request }>) => {
	const { id, req } = e.data;
	try {
		post({ id, ok: true, reply: await handle(req) });
	} catch (error) {
		if (error instanceof StorageError) post({ id, ok: false, zh: error.zh, en: error.en, kind: error.kind });
		else {
			const why = error instanceof Error ? error.message : String(error);
			post({ id, ok: false, zh: `导入出错：${why}`, en: `The import failed: ${why}` });
		}
	}
};
