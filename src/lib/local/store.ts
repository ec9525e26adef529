// What this browser imported, kept in IndexedDB so it survives reloads and closed tabs. One
// confirmed import is written in ONE transaction (its record, its three CSV tables, its texts):
// a tab killed half-way, a full disk or a crash leaves every earlier import as it was and none of
// this one. The tables are the contract's CSV text (src/lib/contract/csv-text), loaded into DuckDB
// with the same SQL as the shipped datasets. Used by the page (list, delete, load, report texts)
// and by the import worker (write, export); the factory is injectable for tests (fake-indexeddb).

export const DB_NAME = 'townlens';
const VERSION = 1;

export interface ImportRecord {
	/** `imp-<ms since epoch>-<random>`: sorts in import order */
	id: string;
	/** ISO time of the import */
	created: string;
	/** the sources of its files (report files and CSVs) */
	files: string[];
	reports: number;
	values: number;
	warnings: number;
	texts: number;
	/** bytes of its tables and texts */
	bytes: number;
}

/**
 * What an import holds, by key, kept apart from its record: a CSV import has a report id per row,
 * and the page lists the records without reading hundreds of thousands of ids.
 */
export interface ImportKeys {
	id: string;
	created: string;
	/** content hashes of its files: the same file imported again is recognised */
	sha256: string[];
	report_ids: string[];
}

/** The contract's three CSV files of one import (UTF-8, BOM, formula-safe cells). */
export interface ImportTables {
	id: string;
	reports: Uint8Array;
	values: Uint8Array;
	warnings: Uint8Array;
}

export interface StoredText {
	report_id: string;
	import_id: string;
	text: string;
}

/** A county chosen for a town name the gazetteer holds several times: applied to later files too. */
export interface TownAnswer {
	town: string;
	code: string;
	county: string;
	city: string;
	province: string;
}

/** Storage trouble in words a person can act on, in both languages. */
export class StorageError extends Error {
	constructor(
		readonly zh: string,
		readonly en: string,
		readonly kind: 'quota' | 'unavailable' | 'failed' = 'failed'
	) {
		super(`${zh} / ${en}`);
	}
}

export const QUOTA_ERROR = new StorageError(
	'浏览器的存储空间不足，本次导入没有保存（之前导入的数据不受影响）。请删除部分已导入的数据，或在浏览器设置中为本站释放空间后重试。',
	'The browser has no storage space left: this import was not saved (earlier imports are unchanged). Delete some imports, or free space for this site in the browser settings, and try again.',
	'quota'
);

const UNAVAILABLE = new StorageError(
	'无法打开浏览器存储（IndexedDB）：可能处于无痕模式或已被禁用。导入的数据无法保存。',
	'Cannot open the browser storage (IndexedDB): private browsing, or storage is disabled. Imports cannot be saved.',
	'unavailable'
);

const isQuota = (e: unknown): boolean =>
	e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

function storageError(e: unknown): StorageError {
	if (e instanceof StorageError) return e;
	if (isQuota(e)) return QUOTA_ERROR;
	const why = e instanceof Error ? e.message : String(e);
	return new StorageError(`浏览器存储出错：${why}`, `Browser storage failed: ${why}`);
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
	new Promise((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = () => reject(r.error);
	});

/** Resolves when the transaction commits; rejects (with the quota message when that is why) when it aborts. */
const done = (tx: IDBTransaction): Promise<void> =>
	new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(storageError(tx.error ?? new DOMException('aborted', 'AbortError')));
		tx.onerror = (event) => event.preventDefault(); // the abort handler reports it
	});

const STORES = ['imports', 'keys', 'tables', 'texts', 'answers'] as const;
/** the stores one import writes to */
const IMPORT_STORES = ['imports', 'keys', 'tables', 'texts'];

function upgrade(db: IDBDatabase): void {
	if (!db.objectStoreNames.contains('imports')) db.createObjectStore('imports', { keyPath: 'id' });
	if (!db.objectStoreNames.contains('keys')) db.createObjectStore('keys', { keyPath: 'id' });
	if (!db.objectStoreNames.contains('tables')) db.createObjectStore('tables', { keyPath: 'id' });
	if (!db.objectStoreNames.contains('texts')) db.createObjectStore('texts', { keyPath: 'report_id' }).createIndex('import_id', 'import_id');
	if (!db.objectStoreNames.contains('answers')) db.createObjectStore('answers', { keyPath: 'town' });
}

export const newImportId = (now = Date.now()): string => `imp-${String(now).padStart(15, '0')}-${Math.random().toString(36).slice(2, 8)}`;

export class LocalStore {
	private constructor(private readonly db: IDBDatabase) {}

	static async open(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<LocalStore> {
		if (!factory) throw UNAVAILABLE;
		try {
			const req = factory.open(DB_NAME, VERSION);
			req.onupgradeneeded = () => upgrade(req.result);
			const db = await request(req);
			// another tab upgrading later must not wait on this one
			db.onversionchange = () => db.close();
			return new LocalStore(db);
		} catch (e) {
			throw e instanceof DOMException && !isQuota(e) ? UNAVAILABLE : storageError(e);
		}
	}

	close(): void {
		this.db.close();
	}

	/** Every import, oldest first. */
	async list(): Promise<ImportRecord[]> {
		return request(this.db.transaction('imports').objectStore('imports').getAll() as IDBRequest<ImportRecord[]>);
	}

	/** Stores one import whole, or nothing of it. */
	async add(record: ImportRecord, keys: Omit<ImportKeys, 'id' | 'created'>, tables: Omit<ImportTables, 'id'>, texts: { report_id: string; text: string }[]): Promise<void> {
		let tx: IDBTransaction;
		try {
			tx = this.db.transaction(IMPORT_STORES, 'readwrite');
		} catch (e) {
			throw storageError(e);
		}
		const finished = done(tx);
		try {
			tx.objectStore('imports').add(record);
			tx.objectStore('keys').add({ id: record.id, created: record.created, ...keys } satisfies ImportKeys);
			tx.objectStore('tables').add({ id: record.id, ...tables });
			const store = tx.objectStore('texts');
			for (const t of texts) store.put({ report_id: t.report_id, import_id: record.id, text: t.text } satisfies StoredText);
		} catch (e) {
			// a put can throw at once (a quota the browser already knows is full): nothing is written
			try {
				tx.abort();
			} catch {
				/* already aborted */
			}
			await finished.catch(() => undefined);
			throw storageError(e);
		}
		await finished;
	}

	/** Deletes these imports (their tables and texts too) in one transaction. */
	async remove(ids: readonly string[]): Promise<void> {
		const tx = this.db.transaction(IMPORT_STORES, 'readwrite');
		const finished = done(tx);
		const texts = tx.objectStore('texts');
		for (const id of ids) {
			for (const s of ['imports', 'keys', 'tables']) tx.objectStore(s).delete(id);
			texts.index('import_id').openKeyCursor(IDBKeyRange.only(id)).onsuccess = function () {
				const cursor = this.result;
				if (!cursor) return;
				texts.delete(cursor.primaryKey);
				cursor.continue();
			};
		}
		await finished;
	}

	/** Everything imported, and the remembered answers, gone. */
	async clear(): Promise<void> {
		const tx = this.db.transaction([...STORES], 'readwrite');
		const finished = done(tx);
		for (const s of STORES) tx.objectStore(s).clear();
		await finished;
	}

	/** The CSV tables of every import, in import order. */
	async tables(): Promise<ImportTables[]> {
		return request(this.db.transaction('tables').objectStore('tables').getAll() as IDBRequest<ImportTables[]>);
	}

	/** The keys of every import (the worker's check for files imported before). */
	async keys(): Promise<ImportKeys[]> {
		return request(this.db.transaction('keys').objectStore('keys').getAll() as IDBRequest<ImportKeys[]>);
	}

	/** Whether an import holds this report. */
	async holds(reportId: string): Promise<boolean> {
		return (await this.keys()).some((k) => k.report_ids.includes(reportId));
	}

	/** The text of one imported report (null when none was stored: a CSV row, an unreadable file). */
	async text(reportId: string): Promise<string | null> {
		const row = (await request(this.db.transaction('texts').objectStore('texts').get(reportId))) as StoredText | undefined;
		return row?.text ?? null;
	}

	/** Calls `each` with every stored text, in report id order (for the export). */
	async eachText(each: (t: StoredText) => void): Promise<void> {
		const tx = this.db.transaction('texts');
		const finished = done(tx);
		tx.objectStore('texts').openCursor().onsuccess = function () {
			const cursor = this.result;
			if (!cursor) return;
			each(cursor.value as StoredText);
			cursor.continue();
		};
		await finished;
	}

	async answers(): Promise<TownAnswer[]> {
		return request(this.db.transaction('answers').objectStore('answers').getAll() as IDBRequest<TownAnswer[]>);
	}

	async putAnswer(a: TownAnswer): Promise<void> {
		const tx = this.db.transaction('answers', 'readwrite');
		const finished = done(tx);
		tx.objectStore('answers').put(a);
		await finished;
	}
}
