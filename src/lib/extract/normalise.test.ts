import { describe, expect, it } from 'vitest';
import { normalise, toOriginalSpan } from './normalise';

function quoteOf(original: string, needle: string): string {
	const n = normalise(original);
	const at = n.text.indexOf(needle);
	expect(at).toBeGreaterThanOrEqual(0);
	const span = toOriginalSpan(n, at, at + needle.length);
	return original.slice(span.start, span.end);
}

describe('normalise', () => {
	it('folds full-width digits, letters and punctuation but keeps 、 and 。', () => {
		const n = normalise('青石镇发布信息４４３条，其中：ＬＥＤ屏（二）、公告。');
		expect(n.text).toBe('青石镇发布信息443条,其中:LED屏(二)、公告。');
	});

	it('keeps a map whose last entry is the original length', () => {
		const original = 'ａ\r\nｂ';
		const n = normalise(original);
		expect(n.text).toBe('a\nb');
		expect(n.toOriginal.length).toBe(n.text.length + 1);
		expect(n.toOriginal[n.text.length]).toBe(original.length);
	});

	it('keeps surrogate pairs and lone surrogates code unit for code unit', () => {
		for (const text of ['共12条😀', '共12条\ud800', '\udc00开头', '\u4e00'.repeat(9000) + '\ud83d']) expect(normalise(text).text).toBe(text);
	});

	it('unifies odd spaces and drops zero-width characters', () => {
		expect(normalise('共\u3000计\u00a012\u200b条\ufeff').text).toBe('共 计 12条');
	});

	it('joins a prose line wrapped inside a word, and quotes the original across the break', () => {
		const original = '2018年，我镇认真落实公开要求，共主动公开政府\n信息133条。';
		expect(normalise(original).text).toBe('2018年,我镇认真落实公开要求,共主动公开政府信息133条。');
		expect(quoteOf(original, '政府信息133条')).toBe('政府\n信息133条');
	});

	it('keeps the breaks of table cells, headings and finished sentences', () => {
		const cells = '(一)主动公开政府信息数\n条\n133\n(二)通过不同渠道和方式公开政府信息的情况';
		expect(normalise(cells).text).toBe(cells);
		const heading = '我镇坚持依法公开,做到了应公开尽公开工作\n二、主动公开政府信息情况';
		expect(normalise(heading).text).toBe(heading);
		const done = '我镇坚持依法公开,做到了应公开尽公开。\n全年主动公开政府信息133条。';
		expect(normalise(done).text).toBe(done);
	});

	it('turns CRLF and lone CR into LF', () => {
		expect(normalise('甲\r\n乙\r丙').text).toBe('甲\n乙\n丙');
	});

	it('joins digits split by PDF spacing only when a count unit follows', () => {
		expect(normalise('全年公开信息 1 2 3 条').text).toBe('全年公开信息 123 条');
		expect(normalise('公开信息7\n1条').text).toBe('公开信息71条');
		expect(normalise('期限为 2023 1 1 日').text).toBe('期限为 2023 1 1 日');
		expect(normalise('规章\n0 0 0\n').text).toBe('规章\n0 0 0\n');
	});

	it('removes thousands separators but not lists', () => {
		expect(normalise('累计公开各类信息1,234条').text).toBe('累计公开各类信息1234条');
		expect(normalise('共12,345,678元').text).toBe('共12345678元');
		expect(normalise('第1,2条').text).toBe('第1,2条');
		expect(normalise('0,100').text).toBe('0,100');
	});

	it('converts traditional to simplified one character at a time', () => {
		const n = normalise('鎮政府資訊公開條例');
		expect(n.text).toBe('镇政府信息公开条例');
		expect(n.text.length).toBe(9);
	});

	it('drops pinyin glosses of bad converters', () => {
		expect(normalise('本鎮(zhèn)政府網(wǎng)站').text).toBe('本镇政府网站');
		expect(normalise('网址(http)').text).toBe('网址(http)');
	});

	it('quotes the original text for full-width, spaced and traditional input', () => {
		expect(quoteOf('共發布資訊２４７條。', '发布信息247条')).toBe('發布資訊２４７條');
		expect(quoteOf('公开信息 1 2 3 条。', '123 条')).toBe('1 2 3 条');
		expect(quoteOf('網(wǎng)站公開86條', '网站公开86条')).toBe('網(wǎng)站公開86條');
		expect(quoteOf('收费１,２００元', '1200元')).toBe('１,２００元');
	});
	it('joins words spaced letter by letter, but not short runs or table cells', () => {
		expect(normalise('主 动 公 开 政 府 信 息 共 计 9 6 条').text).toBe('主动公开政府信息共计 96 条');
		expect(normalise('目 录 一、概 述').text).toBe('目 录 一、概 述');
		expect(normalise('政府网站 120 微博 30').text).toBe('政府网站 120 微博 30');
	});

	it('joins digit groups split by PDF spacing only before a count unit', () => {
		expect(normalise('发布信息1 024条').text).toBe('发布信息1024条');
		expect(normalise('2018 12 31').text).toBe('2018 12 31');
		expect(quoteOf('主 动 公 开 信 息 1 0 条', '主动公开信息 10 条')).toBe('主 动 公 开 信 息 1 0 条');
	});
});
