import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTables } from './index';
import { ALL_ROWS_FOR_PROPERTY } from './std-fixtures';
import { identity } from './test-helpers';
import { countMatches } from '../count';
import { compact, labelCore, tokenize, wordsAcrossGaps } from './tokens';

const cells = (text: string) => tokenize(text).map((t) => (t.kind === 'empty' ? '∅' : t.text));

describe('tokenize', () => {
	it('splits lines, tabs and space runs into cells with their offsets', () => {
		const text = '规章  0\t1\n　　其中：当面 2';
		const toks = tokenize(text);
		expect(toks.map((t) => t.text)).toEqual(['规章', '0', '1', '其中：当面', '2']);
		expect(toks.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true);
		expect(toks.map((t) => t.kind)).toEqual(['text', 'number', 'number', 'text', 'number']);
	});

	it('makes an empty cell of a tab-only line and of an empty cell between pipes, not of a blank line', () => {
		expect(cells('\t篇\n\t\n\n\t4.微博')).toEqual(['篇', '∅', '4.微博']);
		expect(cells('| 3.解读 | 篇 |  |\n| 4.微博 | 次 | 11 |')).toEqual(['3.解读', '篇', '∅', '4.微博', '次', '11']);
		expect(cells('规章\n\n0')).toEqual(['规章', '0']);
	});

	it('reads dash and slash placeholders as empty cells and decimals as numbers', () => {
		const toks = tokenize('- / — 0.8 １２ +1 -2 1,200 1,20');
		expect(toks.map((t) => t.kind)).toEqual(['empty', 'empty', 'empty', 'number', 'number', 'number', 'number', 'number', 'text']);
		expect(toks.slice(3, 8).map((t) => t.value)).toEqual([0.8, 12, 1, -2, 1200]);
	});

	it('reads plain digits, leading zeros and full-width digits alike', () => {
		expect(tokenize('7 007 0 １２０ 120 ０ -0').map((t) => t.value)).toEqual([7, 7, 0, 120, 120, 0, -0]);
	});
});

describe('wordsAcrossGaps', () => {
	const words = ['本年制发件数', '本年废止件数', '本年增/减', '件数本年'];
	const inCompacted = /本年制发件数|本年废止件数|本年增\/减|件数本年/g;

	it.each([
		['cells on lines, tabs, pipes and spaces', '信息内容 |\n本年制发\n件数 |\t本年废止件数 |　\r\n规章 0'],
		['a gap inside a cell, which no separator splits', '本年\u2003制发件数\f\v本年废止件数'],
		['overlapping words, the first found winning', '本年制发件数本年废止件数 本 年 增 / 减'],
		['pipes only', '||'],
		['nothing', '']
	])('finds the words as compact() of the text shows them: %s', (_, text) => {
		expect(countMatches(text, wordsAcrossGaps(words))).toBe(countMatches(compact(text), inCompacted));
	});

	it('takes as a gap exactly what compact() drops', () => {
		const gap = wordsAcrossGaps(['甲乙']);
		for (let code = 0; code < 0x10000; code++) {
			const c = String.fromCharCode(code);
			if (c === '甲' || c === '乙') continue;
			expect([code, countMatches(`甲${c}乙`, gap)]).toEqual([code, compact(c) === '' ? 1 : 0]);
		}
	});

	it('refuses words that compact() could never show', () => {
		expect(() => wordsAcrossGaps(['本年 制发'])).toThrow();
		expect(() => wordsAcrossGaps([''])).toThrow();
	});
});

describe('labelCore', () => {
	it.each([
		['（一）收到申请数', '收到申请数'],
		['(二)部分公开', '部分公开'],
		['1.属于国家秘密', '属于国家秘密'],
		['四、结转下年度继续办理', '结转下年度继续办理'],
		['其中：涉及国家秘密', '涉及国家秘密'],
		['(三)不予公开1.属于国家秘密', '不予公开1.属于国家秘密'],
		['2017年度统计表', '2017年度统计表'],
		['37条,人事信息4条', '37条,人事信息4条'],
		['1.5万元', '1.5万元']
	])('%s → %s', (label, core) => {
		expect(labelCore(label).core).toBe(core);
	});
});

describe('property: any input gives well-formed candidates', () => {
	const ids = new Set(
		readFileSync('data/indicators.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[0])
	);
	// deterministic pseudo-random garbage built from table vocabulary, so rows half-form
	let seed = 7;
	const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pieces = [...ALL_ROWS_FOR_PROPERTY, '\n', '\t', ' | ', '||', '0', '12', '-', '四、行政复议数量', '（一）维持'];
	const garbage = (): string => Array.from({ length: 400 }, () => pieces[Math.floor(next() * pieces.length)]).join(' ');

	it.each(Array.from({ length: 20 }, (_, i) => i))('garbage sample %i', () => {
		const text = garbage();
		const r = parseTables(identity(text));
		for (const c of r.candidates) {
			expect(ids.has(c.indicator)).toBe(true);
			expect(c.start).toBeLessThan(c.end);
			// the quote runs from a label to the cell of the number (table 四 sums two such cells)
			expect(text.slice(c.start, c.end)).toMatch(/[0-9]$/);
			expect(Number.isFinite(c.value)).toBe(true);
		}
		expect(new Set(r.candidates.map((c) => c.indicator)).size).toBe(r.candidates.length);
		expect(r.warnings.length).toBeLessThanOrEqual(5);
	});
});
