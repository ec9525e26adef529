// Mutations for the fuzz harness: real-looking report texts (the seeds, generated reports in every
// format) changed the ways files get damaged or doctored in the wild — cut, spliced, repeated,
// re-encoded, bytes flipped — plus tokens aimed at the readers (formula triggers, entities,
// control characters, lone surrogates, huge numbers, section markers the table parsers look for).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReports } from '../generator/index';
import type { Rng } from '../generator/prng';
import { encodeGb18030 } from './gb18030';

/** Inputs stay under this (bytes of text): bigger ones test the 20 MB limit, not the parsers. */
export const MAX_TEXT = 600_000;

const TOKENS = [
	'=', '+', '-', '@', '=HYPERLINK("http://example.invalid","x")', '@SUM(1+1)', '-2 件', '+86',
	'\t', '\r', '\r\n', '\u0000', '\uFEFF', '\uFFFD', '\uD800', '\uDFFF', '\u200B', '\u3000', '\u00A0',
	'<', '>', '&', '&#x0;', '&#99999999;', '&nbsp', '<table><tr><td>', '</td><td>', '<br>', '<script>', '<!--',
	'一、', '（一）', '(二)', '第二十条', '第二十一条', '表一', '件', '条', '万', '亿', '余', '多', '约', '超过', '以上', '未收到', '无',
	'９９９', '1e309', '99999999999999999999', '0.000001', '-0', 'NaN', '—', '…', '２０１９年', '2019年度',
	'\n'.repeat(40), ' '.repeat(500), '主动公开政府信息', '收到政府信息公开申请', '行政复议', '政府网站', '微信公众号'
];

let basesCache: string[] | undefined;

/** The seed reports and a small generated county (every format, 2014–2025). */
export function baseTexts(): string[] {
	if (basesCache) return basesCache;
	const dir = 'data/reports/seeds';
	const seeds = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, ''));
	const generated = [...generateReports({ towns: 2, from: 2014, to: 2025, seed: 16 })].map((r) => r.report.text);
	basesCache = [...seeds, ...generated];
	return basesCache;
}

const slicePoint = (rng: Rng, text: string) => rng.int(0, text.length);

/** One change to a text. */
const TEXT_MUTATIONS: ((rng: Rng, text: string, other: string) => string)[] = [
	(rng, t) => {
		const at = slicePoint(rng, t);
		return t.slice(0, at) + rng.pick(TOKENS) + t.slice(at);
	},
	(rng, t) => {
		const at = slicePoint(rng, t);
		return t.slice(0, at) + t.slice(at + rng.int(1, 400));
	},
	(rng, t) => t.slice(0, slicePoint(rng, t)),
	(rng, t) => {
		// one piece repeated: long tables, pasted twice, a row a thousand times
		const at = slicePoint(rng, t);
		const piece = t.slice(at, at + rng.int(1, 300));
		return t.slice(0, at) + piece.repeat(rng.int(2, 400)) + t.slice(at);
	},
	(rng, t, other) => {
		const from = slicePoint(rng, other);
		const at = slicePoint(rng, t);
		return t.slice(0, at) + other.slice(from, from + rng.int(10, 3000)) + t.slice(at);
	},
	(rng, t) => t.replace(/\d+/g, (d) => (rng.chance(0.3) ? rng.pick(['0', '1', '99999999999999999999', d + d, '-' + d, '１２３']) : d)),
	(rng, t) => {
		const at = slicePoint(rng, t);
		const end = at + rng.int(1, 5000);
		return t.slice(0, at) + t.slice(at, end).replace(/\n/g, rng.pick(['', ' ', '\t', '\r'])) + t.slice(end);
	},
	(rng, t) => {
		const lines = t.split('\n');
		for (let k = rng.int(1, 10); k > 0; k--) {
			const [a, b] = [rng.int(0, lines.length - 1), rng.int(0, lines.length - 1)];
			[lines[a], lines[b]] = [lines[b], lines[a]];
		}
		return lines.join('\n');
	},
	(rng, t) => {
		// random code units, including unpaired surrogates and controls
		const at = slicePoint(rng, t);
		let noise = '';
		for (let k = rng.int(1, 50); k > 0; k--) noise += String.fromCharCode(rng.int(0, 0xffff));
		return t.slice(0, at) + noise + t.slice(at);
	}
];

export function mutateText(rng: Rng, text: string, others: readonly string[] = baseTexts()): string {
	let out = text;
	for (let k = rng.int(1, 4); k > 0; k--) out = rng.pick(TEXT_MUTATIONS)(rng, out, rng.pick(others));
	return out.length > MAX_TEXT ? out.slice(0, MAX_TEXT) : out;
}

/** Byte-level damage: flips, overwrites, insertions, cuts. */
export function mutateBytes(rng: Rng, bytes: Uint8Array, edits = rng.int(1, 8)): Uint8Array {
	let out = Uint8Array.from(bytes);
	for (let k = edits; k > 0 && out.length > 0; k--) {
		const at = rng.int(0, out.length - 1);
		const kind = rng.int(0, 4);
		if (kind === 0) out[at] ^= 1 << rng.int(0, 7);
		else if (kind === 1) out[at] = rng.int(0, 255);
		else if (kind === 2) out = Buffer.concat([out.subarray(0, at), Uint8Array.from({ length: rng.int(1, 16) }, () => rng.int(0, 255)), out.subarray(at)]);
		else if (kind === 3) out = Buffer.concat([out.subarray(0, at), out.subarray(Math.min(out.length, at + rng.int(1, 64)))]);
		else out = out.subarray(0, at);
	}
	return out;
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
	if (bigEndian) le.swap16();
	return new Uint8Array(le);
}

/** The text as a file in one of the encodings reports come in (sometimes damaged afterwards). */
export function encodeText(rng: Rng, text: string): { bytes: Uint8Array; encoding: string } {
	const encoding = rng.weighted([['utf-8', 5], ['utf-8-bom', 2], ['gb18030', 2], ['utf-16le-bom', 1], ['utf-16be-bom', 1], ['utf-16le', 1], ['utf-16be', 1]] as const);
	const bytes =
		encoding === 'utf-8' ? new TextEncoder().encode(text)
		: encoding === 'utf-8-bom' ? new TextEncoder().encode('\uFEFF' + text)
		: encoding === 'gb18030' ? encodeGb18030(text, '?')
		: utf16(text, encoding.startsWith('utf-16be'), encoding.endsWith('bom'));
	return rng.chance(0.15) ? { bytes: mutateBytes(rng, bytes), encoding: `${encoding}+damaged` } : { bytes, encoding };
}

const NAME_PREFIXES = ['', '', '', '=', '+', '-', '@', ' ', '\t', '报告 '];
const NAME_SUFFIXES = ['', '', ' 年报', ',"q"', ' =1+1', '\n2', '…', '（副本）'];

/** A unique, legal, sometimes hostile file name: formula triggers, spaces, newlines, quotes. */
export function fuzzName(rng: Rng, i: number, extension: string): string {
	return `${rng.pick(NAME_PREFIXES)}${String(i).padStart(4, '0')}${rng.pick(NAME_SUFFIXES)}${extension}`;
}
