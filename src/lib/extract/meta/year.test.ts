import { describe, expect, it } from 'vitest';
import { metaText } from './clean';
import { findYear, yearOfPeriod, yearOfText } from './year';

describe('findYear', () => {
	it('takes the title year first', () => {
		expect(findYear('青石镇2019年度政府信息公开工作报告', '本报告统计期限为2019年1月1日至2019年12月31日。').year).toBe(2019);
	});

	it('falls back to the statistics period, garbled dates included', () => {
		expect(yearOfPeriod('本报告中所列数据的统计期限自202011日起至20201231日止')).toBe(2020);
		expect(yearOfPeriod('数据统 计期限为 2023 1 1 日至 2023 12 31 日')).toBe(2023);
		expect(findYear('', '本报告数据统计期为2024年1月1日至2024年12月31日。').year).toBe(2024);
	});

	it('never reads a document number or a publication date as the year', () => {
		const text = '发布日期:2019-03-02\n根据（国办发[2018]12号）文件，本乡2017年主动公开信息，2017年全年无申请。';
		expect(findYear('', text).year).toBe(2017);
	});

	it('counts prose years when nothing better is stated', () => {
		expect(yearOfText('2015年我镇公开信息100条。2015年度无申请。2016年继续努力。')).toBe(2015);
	});

	it('reads a title year in Chinese numerals once the text is prepared', () => {
		expect(findYear(metaText('青石镇二〇一八年度政务公开工作总结'), '').year).toBe(2018);
	});

	it('uses the source name only as a last hint', () => {
		expect(findYear('', '无年份的文本', 'report-2013.txt').year).toBe(2013);
		expect(findYear('', '无年份的文本').year).toBeNull();
	});

	it('falls back on the publication date early in a year: the year before', () => {
		expect(findYear('', '无年份的文本', undefined, '2024-01-15').year).toBe(2023);
		// later in a year a page may be that year's summary or a late report: no guess
		expect(findYear('', '无年份的文本', undefined, '2023-12-20').year).toBeNull();
		// the text's own years come first
		expect(findYear('', '2022年，我镇主动公开信息80条。', undefined, '2024-01-15').year).toBe(2022);
	});
});
