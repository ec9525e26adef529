import { describe, expect, it } from 'vitest';
import { findPublished } from './published';

describe('findPublished', () => {
	it('reads labelled page dates', () => {
		expect(findPublished('标题\n发布日期:2019-02-27    点击数:')).toBe('2019-02-27');
		expect(findPublished('发布时间：2022-1-5 16:32 来源：某镇')).toBe('2022-01-05');
		expect(findPublished('文号: | 公开日期: | 2015-07-27 16:32 | |')).toBe('2015-07-27');
		expect(findPublished('日期\n2024-01-31\n')).toBe('2024-01-31');
	});

	it('reads a date that stands right before the source line', () => {
		expect(findPublished('图片\n2018年04月02日    来源:\n正文')).toBe('2018-04-02');
	});

	it('prefers the publication label over a signing date', () => {
		expect(findPublished('成文日期: 2020-01-10 发布日期: 2020-01-15')).toBe('2020-01-15');
	});

	it('reads an unspecific 时间 label only in the page header', () => {
		expect(findPublished('时间:2017-01-12 10:01\n正文')).toBe('2017-01-12');
		expect(findPublished('正文'.repeat(800) + '\n会议时间:2019-03-05')).toBe('');
	});

	it('ignores statistics periods, signatures and garbled dates', () => {
		expect(findPublished('数据统计时间:2019年1月1日至2019年12月31日')).toBe('');
		expect(findPublished('正文……\n青石镇人民政府\n2019年2月21日')).toBe('');
		expect(findPublished('统计期限从201811日起至20181231日为止')).toBe('');
	});
});
