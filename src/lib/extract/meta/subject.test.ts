import { describe, expect, it } from 'vitest';
import { smallGazetteer } from './fixtures';
import { findTownNames } from './names';
import { findSubject, levelOfName } from './subject';

const g = smallGazetteer();

describe('levelOfName', () => {
	it('tells township, county and department bodies apart', () => {
		expect(levelOfName('青石镇人民政府')).toBe('township');
		expect(levelOfName('河口街道办事处')).toBe('township');
		expect(levelOfName('图门苏木')).toBe('township');
		expect(levelOfName('甲市东山县')).toBe('county');
		expect(levelOfName('东山县农业农村局')).toBe('other');
		expect(levelOfName('信息公开')).toBeNull();
	});
});

describe('findSubject', () => {
	it('reads the body from the title, county prefix and 办事处 stripped from the town', () => {
		const s = findSubject('丁市北湖区人民政府河口街道办事处2011年政府信息公开工作年度报告', '', g);
		expect(s).toMatchObject({ level: 'township', town: '河口街道' });
	});

	it('reads a body written before 关于 in the title', () => {
		expect(findSubject('白沙乡人民政府关于2018年政府信息公开工作的报告', '', g)).toMatchObject({ level: 'township', town: '白沙乡', body: '白沙乡人民政府' });
	});

	it('reads a county report and a department report as not township', () => {
		expect(findSubject('甲市东山县2016年政府信息公开工作年度报告', '', g)?.level).toBe('county');
		expect(findSubject('', '特向社会公布2020年东山县农业农村局政府信息公开工作年度报告。', g)?.level).toBe('other');
	});

	it('ignores bodies inside cited document titles and third-person names', () => {
		const text = '根据《东山县人民政府办公室关于印发2017年全县政务公开工作安排的通知》要求，现将我乡2017年度政务公开工作总结如下。';
		expect(findSubject('', text, g)).toEqual({ body: '', level: 'township', town: '' });
	});

	it("counts a township's own office as the township", () => {
		expect(levelOfName('青石镇人民政府党政办公室')).toBe('township');
		expect(findSubject('', '本报告由白沙乡党政办编制。', g)?.level).toBe('township');
	});

	it('falls back to first-person references', () => {
		expect(findSubject('', '今年我乡认真落实条例，我乡主动公开信息。', g)).toEqual({ body: '', level: 'township', town: '' });
	});
});

describe('findTownNames', () => {
	it('finds names by their endings, a one-character stem only before 苏木 or 街道', () => {
		const names = findTownNames('图门苏木人民政府；我镇和各乡镇；青石镇镇村两级', g).map((h) => h.name);
		expect(names).toEqual(['图门苏木', '青石镇']);
	});

	it('keeps 镇 inside a 街道 name and trims county prefixes without a gazetteer', () => {
		expect(findTownNames('现公开北湖区禾镇街道2024年报告').map((h) => h.name)).toEqual(['禾镇街道']);
	});
});
