// The persistence layer on fake-indexeddb: one import is written whole or not at all, survives a
// reopen, deletes with its texts, and a full disk gives the bilingual quota message while every
// earlier import stays as it was.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocalStore, QUOTA_ERROR, StorageError, type ImportRecord } from '$lib/local/store';
import { utf8 } from './helpers';

const record = (id: string, reportIds: string[]): ImportRecord => ({
	id, created: '2026-03-01T08:00:00.000Z', files: ['a.txt'], reports: reportIds.length, values: 1, warnings: 0, texts: reportIds.length, bytes: 10
});
const keys = (id: string, reportIds: string[]) => ({ sha256: [`hash-${id}`], report_ids: reportIds });
const tables = (tag: string) => ({ reports: utf8(`r-${tag}`), values: utf8(`v-${tag}`), warnings: utf8(`w-${tag}`) });
const texts = (ids: string[]) => ids.map((report_id) => ({ report_id, text: `text of ${report_id}` }));

afterEach(() => {
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('LocalStore', () => {
	it('adds, lists, reads back after a reopen, deletes with texts', async () => {
		const factory = new IDBFactory();
		let store = await LocalStore.open(factory);
		await store.add(record('imp-1', ['aaaaaaaaaaaaaaaa']), keys('imp-1', ['aaaaaaaaaaaaaaaa']), tables('1'), texts(['aaaaaaaaaaaaaaaa']));
		await store.add(record('imp-2', ['bbbbbbbbbbbbbbbb', 'cccccccccccccccc']), keys('imp-2', ['bbbbbbbbbbbbbbbb', 'cccccccccccccccc']), tables('2'), texts(['bbbbbbbbbbbbbbbb', 'cccccccccccccccc']));
		store.close();
		store = await LocalStore.open(factory); // a reload
		expect((await store.list()).map((r) => r.id)).toEqual(['imp-1', 'imp-2']);
		expect((await store.tables()).map((t) => new TextDecoder().decode(t.values))).toEqual(['v-1', 'v-2']);
		expect(await store.text('cccccccccccccccc')).toBe('text of cccccccccccccccc');
		expect((await store.keys()).map((k) => [k.id, k.sha256, k.created])).toEqual([['imp-1', ['hash-imp-1'], '2026-03-01T08:00:00.000Z'], ['imp-2', ['hash-imp-2'], '2026-03-01T08:00:00.000Z']]);
		expect(await store.holds('bbbbbbbbbbbbbbbb')).toBe(true);
		await store.remove(['imp-2']);
		expect(await store.holds('bbbbbbbbbbbbbbbb')).toBe(false);
		expect((await store.list()).map((r) => r.id)).toEqual(['imp-1']);
		expect(await store.text('cccccccccccccccc')).toBeNull();
		expect(await store.text('aaaaaaaaaaaaaaaa')).toBe('text of aaaaaaaaaaaaaaaa');
		const seen: string[] = [];
		await store.eachText((t) => seen.push(t.report_id));
		expect(seen).toEqual(['aaaaaaaaaaaaaaaa']);
		await store.putAnswer({ town: '松山镇', code: '420281105', county: '大冶市', city: '黄石市', province: '湖北省' });
		expect((await store.answers()).map((a) => a.code)).toEqual(['420281105']);
		await store.clear();
		expect(await store.list()).toEqual([]);
		expect(await store.answers()).toEqual([]);
	});

	it('an import that fails half-way (the disk full at its 3rd text) leaves nothing of itself and every earlier import', async () => {
		const factory = new IDBFactory();
		const store = await LocalStore.open(factory);
		await store.add(record('imp-1', ['aaaaaaaaaaaaaaaa']), keys('imp-1', ['aaaaaaaaaaaaaaaa']), tables('1'), texts(['aaaaaaaaaaaaaaaa']));
		const real = IDBObjectStore.prototype.put;
		let puts = 0;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (this.name === 'texts' && ++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return real.apply(this, args);
		});
		const ids = ['1000000000000000', '2000000000000000', '3000000000000000', '4000000000000000'];
		const failed = store.add(record('imp-2', ids), keys('imp-2', ids), tables('2'), texts(ids));
		await expect(failed).rejects.toBe(QUOTA_ERROR);
		vi.restoreAllMocks();
		expect(QUOTA_ERROR.zh).toContain('存储空间不足');
		expect(QUOTA_ERROR.en).toContain('no storage space left');
		expect((await store.list()).map((r) => r.id)).toEqual(['imp-1']);
		expect((await store.tables()).map((t) => t.id)).toEqual(['imp-1']);
		expect((await store.keys()).map((k) => k.id)).toEqual(['imp-1']);
		for (const id of ids) expect(await store.text(id)).toBeNull();
	});

	it('a quota error the browser reports when the transaction commits is the same clear message', async () => {
		const store = await LocalStore.open(new IDBFactory());
		const realAdd = IDBObjectStore.prototype.add;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
			const req = realAdd.apply(this, args);
			if (this.name === 'tables') {
				// the write is refused asynchronously, as Chromium does when the origin's quota is full
				const tx = this.transaction;
				queueMicrotask(() => {
					Object.defineProperty(tx, 'error', { value: new DOMException('full', 'QuotaExceededError') });
					tx.abort();
				});
			}
			return req;
		});
		const err = await store.add(record('imp-9', ['9999999999999999']), keys('imp-9', ['9999999999999999']), tables('9'), []).catch((e: unknown) => e);
		expect(err).toBe(QUOTA_ERROR);
		vi.restoreAllMocks();
		expect(await store.list()).toEqual([]);
	});

	it('no IndexedDB (private browsing, disabled storage): a bilingual reason, not a crash', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const err = await LocalStore.open().catch((e: unknown) => e);
		expect(err).toBeInstanceOf(StorageError);
		expect((err as StorageError).kind).toBe('unavailable');
	});
});
