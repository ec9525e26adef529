import { describe, expect, it } from 'vitest';
import { numberEnds } from './match-windows';

// the regex numberEnds stands for: its global search's match ends are the reference
const COUNTED = /[\d零〇一二两三四五六七八九十百千万][多余来 ]{0,2}(?=[条件宗项篇份个次人名起处期场则位轮元万户班])/g;
const byRegex = (text: string) => [...text.matchAll(COUNTED)].map((m) => m.index + m[0].length);

describe('numberEnds', () => {
	it('ends after the number, its qualifier or space, before the unit', () => {
		expect(numberEnds('公开信息30余条,答复5 件,二十件')).toEqual(byRegex('公开信息30余条,答复5 件,二十件'));
		expect(numberEnds('共12条')).toEqual([3]);
		expect(numberEnds('3余来条')).toEqual([3]);
	});

	it('gives fillers back until a unit follows, and finds nothing without a unit', () => {
		expect(numberEnds('5多 多条')).toEqual([]);
		expect(numberEnds('2021年3月')).toEqual([]);
		expect(numberEnds('5 ')).toEqual([]);
		expect(numberEnds('9')).toEqual([]);
	});

	it('reads on after each match: a unit that is also a numeral (万) starts no new number', () => {
		for (const text of ['一万万件', '3万5件', '十万元', '5万万', '1 2 件', '七八个人', '3多余来件']) expect(numberEnds(text)).toEqual(byRegex(text));
	});

	it('agrees with the regex on random texts of numerals, fillers, units and others', () => {
		const alphabet = '0123456789零一二十百千万多余来 条件人名个年月日,。a\n';
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let n = 0; n < 3000; n++) {
			const text = Array.from({ length: Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
			expect(numberEnds(text), text).toEqual(byRegex(text));
		}
	});
});
