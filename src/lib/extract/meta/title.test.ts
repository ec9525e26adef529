import { describe, expect, it } from 'vitest';
import { findHeadings, findTitle, firstLines } from './title';

describe('findTitle', () => {
	it('skips login links, breadcrumbs and header tables before the title', () => {
		const page = ['登录 注册', '首页 > 政务公开 > 年度报告', '索引号: | 0001/2020-01 |', '青石镇2020年政府信息公开工作年度报告', '发布日期:2021-01-20 点击数:', '一、总体情况'].join('\n');
		expect(findTitle(page)).toBe('青石镇2020年政府信息公开工作年度报告');
	});

	it('skips a list of links to other reports before the title', () => {
		const page = ['相关文章', '· 青石镇2019年政府信息公开工作年度报告', '• 青石镇2018年政务公开工作总结', '青石镇2020年政府信息公开工作年度报告', '一、总体情况'].join('\n');
		expect(findTitle(page)).toBe('青石镇2020年政府信息公开工作年度报告');
		const numbered = ['相关阅读', '1. 青石镇2019年政府信息公开工作年度报告', '2、青石镇2018年政务公开工作总结', '青石镇2020年政务公开工作总结', '正文'].join('\n');
		expect(findTitle(numbered)).toBe('青石镇2020年政务公开工作总结');
		// plain items right under the list's heading: the page's own title ends the run
		const plain = ['相关阅读', '青石镇2019年政府信息公开工作年度报告', '青石镇2020年政府信息公开工作年度报告', '一、总体情况'].join('\n');
		expect(findTitle(plain)).toBe('青石镇2020年政府信息公开工作年度报告');
	});

	it('joins a title that the layout split over two lines', () => {
		expect(findTitle('白沙乡人民政府2024年\n政府信息公开工作年度报告\n正文……')).toBe('白沙乡人民政府2024年政府信息公开工作年度报告');
		expect(findTitle('白沙乡2016年度政务公开工作\n落实情况报告\n正文')).toBe('白沙乡2016年度政务公开工作落实情况报告');
	});

	it('cuts a title glued to the first sentence', () => {
		expect(findTitle('河口街道2023年政府信息公开工作年度报告根据《条例》要求编制。')).toBe('河口街道2023年政府信息公开工作年度报告');
	});

	it('strips chrome labels and tags around the title', () => {
		expect(findTitle('名称: 【工作总结】2022年政务公开工作总结')).toBe('2022年政务公开工作总结');
	});

	it('keeps a subtitle and a parenthesis but not a headline that merely mentions a report', () => {
		expect(findTitle('2020年青石镇政务公开工作年度总结 —— 以公开促规范')).toBe('2020年青石镇政务公开工作年度总结 —— 以公开促规范');
		expect(findTitle('青石镇2020年政府信息公开工作年度报告（全文）')).toBe('青石镇2020年政府信息公开工作年度报告（全文）');
		expect(findTitle('青石镇召开2019年政府信息公开工作年度报告编制推进会')).toBe('');
	});

	it('takes a title glued to the first sentence by a space, on a page flattened into one line', () => {
		expect(findTitle('白沙乡2020年政府信息公开工作年度报告 根据《条例》规定，现将本乡工作情况报告如下。 一、总体情况')).toBe('白沙乡2020年政府信息公开工作年度报告');
	});

	it('does not take a navigation bar for the title, though one of its items names the annual report', () => {
		const page = '政府信息公开指南 | 政府信息公开制度 | 政府信息公开目录 | 政府信息公开年报\n白沙乡人民政府2023年政府信息公开工作年度报告\n正文';
		expect(findTitle(page)).toBe('白沙乡人民政府2023年政府信息公开工作年度报告');
	});

	it('does not take a breadcrumb or a sentence for the title', () => {
		expect(findTitle('首页/ 政府信息公开 / 政府信息公开年报 / 2021年 / 正文\n根据规定，现将本乡政府信息公开工作年度报告如下：')).toBe('');
	});
});

describe('findHeadings', () => {
	it('returns the short lines of a page before its first section', () => {
		expect(findHeadings('(三)石桥镇财政信息基层政务公开标准目录\n序号 |\n公开事项 |')[0]).toBe('(三)石桥镇财政信息基层政务公开标准目录');
		expect(findHeadings('东山县人民政府网\n登录 注册\n青石镇政府信息公开指南\n一、建立健全工作制度\n正文')).toEqual(['东山县人民政府网', '青石镇政府信息公开指南']);
	});
});

describe('firstLines', () => {
	it('gives the same lines as split and slice, without reading past them', () => {
		for (const text of ['', 'a', 'a\n', '\n\n', 'a\nb\nc', 'a\r\nb\n\nc\n']) {
			for (const count of [0, 1, 2, 5]) expect(firstLines(text, count)).toEqual(text.split('\n').slice(0, count));
		}
	});

	it('finds a title past many empty lines and stops at the sixtieth line', () => {
		expect(findTitle('\n\n\n青石镇2020年政府信息公开工作年度报告')).toBe('青石镇2020年政府信息公开工作年度报告');
		expect(findTitle('\n'.repeat(60) + '青石镇2020年政府信息公开工作年度报告')).toBe('');
	});
});
