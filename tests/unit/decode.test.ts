import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from '../../src/lib/ingest/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const SAMPLE = '某镇2018年政府信息公开工作年度报告：主动公开信息120条。';

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
	const start = bom ? 2 : 0;
	const bytes = new Uint8Array(start + s.length * 2);
	if (bom) bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const [hi, lo] = [c >> 8, c & 0xff];
		bytes.set(bigEndian ? [hi, lo] : [lo, hi], start + i * 2);
	}
	return bytes;
}

// GB18030 bytes of 中文镇 (D6D0 CEC4 D5F2) followed by ASCII digits
const GB_BYTES = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xd5, 0xf2, 0x31, 0x32]);

describe('decodeBytes', () => {
	it('reads UTF-8 without a BOM as not guessed', () => {
		expect(decodeBytes(utf8(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', guessed: false });
	});

	it('strips a UTF-8 BOM so offsets start at the first character', () => {
		const result = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]));
		expect(result).toMatchObject({ ok: true, text: SAMPLE, encoding: 'utf-8' });
	});

	it('reads UTF-16 little and big endian with a BOM', () => {
		expect(decodeBytes(utf16(SAMPLE, false))).toMatchObject({ ok: true, text: SAMPLE, encoding: 'utf-16le' });
		expect(decodeBytes(utf16(SAMPLE, true))).toMatchObject({ ok: true, text: SAMPLE, encoding: 'utf-16be' });
	});

	// issue 16: "UTF-16 without a BOM" was unreadable while the help said UTF-16 is read
	it('detects UTF-16 without a BOM from its NUL bytes, and says it guessed', () => {
		const report = readFileSync('data/reports/seeds/000_32b32ec86887132c.txt', 'utf8').replace(/^\uFEFF/, '');
		expect(decodeBytes(utf16(report, false, false))).toEqual({ ok: true, text: report, encoding: 'utf-16le', guessed: true });
		expect(decodeBytes(utf16(report, true, false))).toEqual({ ok: true, text: report, encoding: 'utf-16be', guessed: true });
		expect(decodeBytes(utf16(SAMPLE, false, false))).toMatchObject({ ok: true, text: SAMPLE, encoding: 'utf-16le' });
		// 一 is U+4E00: a NUL on the other side of its pair must not flip the reading
		expect(decodeBytes(utf16(`一、${SAMPLE}一一`, false, false))).toMatchObject({ ok: true, encoding: 'utf-16le' });
	});

	it('does not take binary with NULs on both sides for UTF-16', () => {
		const binary = new Uint8Array(512).map((_, i) => (i % 7 === 0 || i % 5 === 0 ? 0 : 0x30 + (i % 40)));
		expect(decodeBytes(binary)).toEqual({ ok: false, reason: 'binary' });
		const odd = new Uint8Array([...utf16(SAMPLE, false, false), 0x41]);
		expect(decodeBytes(odd)).toEqual({ ok: false, reason: 'binary' });
	});

	it('falls back to GB18030 when UTF-8 is invalid, and says it guessed', () => {
		expect(decodeBytes(GB_BYTES)).toEqual({ ok: true, text: '中文镇12', encoding: 'gb18030', guessed: true });
	});

	it('does not call GB18030 a guess when the page declares a GB charset', () => {
		expect(decodeBytes(GB_BYTES, 'gb2312')).toMatchObject({ ok: true, text: '中文镇12', guessed: false });
		expect(decodeBytes(GB_BYTES, 'utf-8')).toMatchObject({ ok: true, guessed: true });
	});

	it('calls empty and whitespace-only files empty', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
		expect(decodeBytes(utf8(' \n\t\r\n'))).toEqual({ ok: false, reason: 'empty' });
	});

	it('calls bytes with NUL binary', () => {
		expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x14, 0x41]))).toEqual({ ok: false, reason: 'binary' });
	});

	it('calls control-character soup binary even without NUL', () => {
		const soup = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 20) : 0x41));
		expect(decodeBytes(soup)).toEqual({ ok: false, reason: 'binary' });
	});
});

describe('declaredCharset', () => {
	it('reads <meta charset> and the http-equiv form', () => {
		expect(declaredCharset(utf8('<html><head><meta charset="GBK"></head>'))).toBe('gbk');
		expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
		expect(declaredCharset(utf8('<p>no declaration</p>'))).toBe('');
	});
});
