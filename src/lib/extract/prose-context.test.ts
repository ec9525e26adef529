import { describe, expect, it } from 'vitest';
import { HEADING_OPENS, segments, skippedSections } from './prose-context';

/** The split as matchAll gives it (the former definition), for comparison. */
function byLookbehind(text: string): Array<[number, string]> {
	const out: Array<[number, string]> = [];
	let from = 0;
	for (const m of text.matchAll(/\n|(?<=[。;!? \t])(?=(?:[一二三四五六七八九十]{1,2}、|\([一二三四五六七八九十]{1,2}\)))/g)) {
		out.push([from, text.slice(from, m.index)]);
		from = m.index + m[0].length;
	}
	out.push([from, text.slice(from)]);
	return out;
}

describe('segments', () => {
	it('splits at line breaks and before inline headings after a stop, a space or a tab', () => {
		const text = '一、总体情况\n发布信息10条。二、存在的主要问题 (一)人员不足\t三、下一步打算';
		expect(segments(text).map(([, s]) => s)).toEqual(['一、总体情况', '发布信息10条。', '二、存在的主要问题 ', '(一)人员不足\t', '三、下一步打算']);
		expect(segments(text)).toEqual(byLookbehind(text));
	});

	it('splits every text as matchAll did', () => {
		const alphabet = ['一', '二', '十', '、', '(', ')', '。', ';', '!', '?', ' ', '\t', '\n', '条', '1'];
		let state = 7;
		for (let i = 0; i < 3000; i++) {
			let text = '';
			for (let k = 0; k < i % 40; k++) {
				state = (state * 1103515245 + 12345) >>> 0;
				text += alphabet[state % alphabet.length];
			}
			expect(segments(text)).toEqual(byLookbehind(text));
		}
	});

	it('passes over only segments whose first character no heading opens with (\\s included)', () => {
		// (the tables of prose-context: 1 numeral or 第, 2 bracket or digit, 3 \s)
		const kinds: Array<[number, RegExp]> = [[1, /[一二三四五六七八九十第]/], [2, /[(\d]/], [3, /\s/]];
		for (let code = 0; code < 0x10000; code++) {
			const c = String.fromCharCode(code);
			for (const [kind, re] of kinds) if (re.test(c)) expect(HEADING_OPENS[code]).toBe(kind);
		}
	});

	it('skips a problems section that starts inline', () => {
		const text = '一、总体情况 发布信息10条。二、存在的主要问题 人员不足。';
		const [[from, to]] = skippedSections(text);
		expect(text.slice(from, to)).toBe('二、存在的主要问题 人员不足。');
	});
});
