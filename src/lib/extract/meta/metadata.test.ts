import { describe, expect, it } from 'vitest';
import { extractMeta } from '../metadata';
import type { Normalised } from '../types';
import { smallGazetteer } from './fixtures';

/** an identity-mapped text: metadata reads `text` only */
function plain(text: string): Normalised {
	return { original: text, text, toOriginal: Int32Array.from({ length: text.length + 1 }, (_, i) => i) };
}

const gazetteer = smallGazetteer();
const meta = (text: string, source?: string) => extractMeta(plain(text), { gazetteer, source });

describe('extractMeta', () => {
	it('reads a township report inside page chrome', () => {
		const page = ['登录 注册', '首页 > 政务公开', '青石镇2018年政府信息公开工作年度报告', '发布日期:2019-02-27    点击数:', '本报告根据《条例》及青石镇人民政府工作情况编制，统计期限从201811日起至20181231日为止。', '电子版可在西河市政府网站下载。'].join('\n');
		const { meta: m, warnings } = meta(page);
		expect(m).toMatchObject({ title: '青石镇2018年政府信息公开工作年度报告', body: '青石镇人民政府', level: 'township', town: '青石镇', county: '西河市', city: '乙市', province: '乙省', town_code: '200202102', year: 2018, published: '2019-02-27', recognized: true, format: 'prose' });
		expect(warnings).toEqual([]);
	});

	it('names the 街道 without 办事处 and the 苏木 as a township', () => {
		expect(meta('北湖区河口街道办事处2022年政府信息公开工作年度报告\n正文').meta).toMatchObject({ town: '河口街道', level: 'township', county: '北湖区' });
		expect(meta('图门苏木2025年政府信息公开工作年度报告\n正文').meta).toMatchObject({ town: '图门苏木', county: '草原旗', city: '己盟' });
	});

	it('warns when the title year and the statistics period disagree', () => {
		const { meta: m, warnings } = meta('白沙乡2019年政府信息公开工作年度报告\n本报告统计期限自2018年1月1日起至2018年12月31日止。');
		expect(m.year).toBe(2019);
		expect(warnings.map((w) => w.code)).toContain('year_mismatch');
	});

	it('warns about an ambiguous town only in a report', () => {
		expect(meta('青石镇2017年政务公开工作总结\n正文').warnings.map((w) => w.code)).toEqual(['town_ambiguous']);
		expect(meta('柳溪镇2017年政务公开工作总结\n正文').warnings.map((w) => w.code)).toEqual(['town_unknown']);
	});

	it('marks a county report unrecognised and keeps its county', () => {
		const { meta: m, warnings } = meta('甲市东山县2016年政府信息公开工作年度报告\n来源:县人民政府办公室 时间:2017-01-12 10:01\n本报告由东山县人民政府编制。');
		expect(m).toMatchObject({ level: 'county', recognized: false, town: '', county: '东山县', city: '甲市', year: 2016, published: '2017-01-12' });
		expect(warnings.map((w) => w.code)).toEqual(['not_a_report']);
	});

	it('marks a non-report page unrecognised, with no town, level or year', () => {
		const { meta: m } = meta('东山县青石镇政府\n青石镇信息公开统计制度\n发布时间:2019-05-08\n为做好统计工作，制定本制度。2019年起施行。');
		expect(m).toMatchObject({ recognized: false, level: 'other', town: '', county: '东山县', year: null });
	});

	it('does not take a document number or a garbled date for the year', () => {
		const { meta: m } = meta('根据（国办发[2016]24号）要求，现将我乡2017年度政务公开工作总结如下：201811日。2017年全乡主动公开信息。');
		expect(m.year).toBe(2017);
	});
});
