// The CLI hashes with Node's crypto, the browser with WebCrypto: a report's id must not depend on which.
import { describe, expect, it } from 'vitest';
import { idOf, sha256Hex } from '../../src/lib/ingest/hash';
import '../../scripts/lib/node-hash';

const webCrypto = async (bytes: Uint8Array) =>
	Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)), (b) => b.toString(16).padStart(2, '0')).join('');

describe('report ids hashed in Node', () => {
	const inputs = ['', '主动公开信息共756条', 'unreadable:/reports/a.txt', 'x'.repeat(100_000)];
	it.each(inputs.map((s) => [s.slice(0, 20), s]))('%s: the same digest as WebCrypto', async (_, text) => {
		const bytes = new TextEncoder().encode(text);
		expect(await sha256Hex(bytes)).toBe(await webCrypto(bytes));
		expect(await sha256Hex(text)).toBe(await webCrypto(bytes));
	});
	it('a known digest (the empty input)', async () => {
		expect(idOf(await sha256Hex(''))).toBe('e3b0c44298fc1c14');
	});
});
