// The page's side of the import worker: one request at a time as a promise, progress as events.
// Cancelling a scan ends the worker outright (a long extraction stops at once); the next request
// starts a fresh one. Browser only.
import type { TownAnswer, ImportRecord } from '$lib/local/store';
import type { Progress } from './batch';
import type { ImportEntry } from './items';
import type { Preview } from './preview';
import type { Message, Reply, Request, Timing } from './protocol';

/** A failure the worker explained in both languages. */
export class ImportError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string,
		readonly kind = ''
	) {
		super(`${zh} / ${en}`);
	}
}

type Pending = { resolve: (r: Reply) => void; reject: (e: unknown) => void };

export class ImportClient {
	private worker: Worker | undefined;
	private pending = new Map<number, Pending>();
	private next = 1;

	constructor(
		private readonly gazetteerUrl: string,
		private readonly onProgress: (p: Progress) => void
	) {}

	private start(): Worker {
		if (this.worker) return this.worker;
		const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<Message>) => {
			const m = e.data;
			if (m.id === -1) return this.onProgress((m as { progress: Progress }).progress);
			const p = this.pending.get(m.id);
			this.pending.delete(m.id);
			if (!p) return;
			if ('reply' in m) p.resolve(m.reply);
			else if ('zh' in m) p.reject(new ImportError(m.zh, m.en, m.kind));
		};
		w.onerror = (e) => {
			e.preventDefault();
			this.stop(new ImportError(`导入程序出错：${e.message}`, `The importer failed: ${e.message}`));
		};
		return (this.worker = w);
	}

	private ask(req: Request): Promise<Reply> {
		const id = this.next++;
		const w = this.start();
		return new Promise((resolve, reject) => {
			this.pending.set(id, { resolve, reject });
			w.postMessage({ id, req });
		});
	}

	/** Ends the worker (and whatever it was doing); pending requests reject with `why`. */
	stop(why: unknown = new ImportError('已取消', 'Cancelled', 'cancelled')): void {
		this.worker?.terminate();
		this.worker = undefined;
		for (const p of this.pending.values()) p.reject(why);
		this.pending.clear();
	}

	async scan(entries: ImportEntry[]): Promise<{ preview: Preview; timing?: Timing }> {
		const r = await this.ask({ type: 'scan', entries, gazetteerUrl: this.gazetteerUrl });
		if (r.type !== 'preview') throw new Error(r.type);
		return { preview: r.preview, timing: r.timing };
	}

	async choose(answer: TownAnswer): Promise<Preview> {
		const r = await this.ask({ type: 'choose', answer });
		if (r.type !== 'preview') throw new Error(r.type);
		return r.preview;
	}

	async commit(): Promise<ImportRecord> {
		const r = await this.ask({ type: 'commit' });
		if (r.type !== 'committed') throw new Error(r.type);
		return r.record;
	}

	async issuesCsv(): Promise<string> {
		const r = await this.ask({ type: 'issues' });
		if (r.type !== 'issues') throw new Error(r.type);
		return r.csv;
	}

	async exportZip(): Promise<{ zip: Blob; reports: number }> {
		const r = await this.ask({ type: 'export' });
		if (r.type !== 'exported') throw new Error(r.type);
		return { zip: r.zip, reports: r.reports };
	}

	async discard(): Promise<void> {
		if (this.worker) await this.ask({ type: 'discard' });
	}
}
