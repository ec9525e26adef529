import { describe, expect, it } from 'vitest';
import { smallGazetteer } from './fixtures';
import { resolvePlace } from './place';

const g = smallGazetteer();

describe('resolvePlace', () => {
	it('picks the unit whose county the text names', () => {
		const r = resolvePlace('青石镇', '青石镇位于西河市北部，全镇主动公开信息。', g);
		expect(r.place).toEqual({ county: '西河市', city: '乙市', province: '乙省', town_code: '200202102' });
		expect(r.warning).toBeNull();
	});

	it('resolves a unique name alone', () => {
		expect(resolvePlace('白沙乡', '白沙乡主动公开信息。', g).place.town_code).toBe('300303103');
	});

	it('leaves an ambiguous name unresolved and says so', () => {
		const r = resolvePlace('青石镇', '青石镇主动公开信息。', g);
		expect(r.place.county).toBe('');
		expect(r.warning?.code).toBe('town_ambiguous');
	});

	it('trusts the county written before an unknown town and derives city and province', () => {
		const r = resolvePlace('柳林镇', '石门县柳林镇人民政府编制。', g);
		expect(r.place).toEqual({ county: '石门县', city: '辛市', province: '辛省', town_code: '' });
		expect(r.warning?.code).toBe('town_unknown');
	});

	it('prefers the written county over a unique gazetteer unit elsewhere', () => {
		expect(resolvePlace('白沙乡', '地址:石门县白沙乡人民政府', g).place.county).toBe('石门县');
	});

	it('keeps the county as the text writes it when it has been renamed', () => {
		const r = resolvePlace('云台镇', '编制海宁县云台镇2014年政府信息公开工作年度报告', g);
		expect(r.place).toMatchObject({ county: '海宁县', city: '庚市', town_code: '600606107' });
	});

	it('uses the city the text names when a county name exists in two cities', () => {
		const r = resolvePlace('河口街道', '戊市北湖区人民政府河口街道办事处', g);
		expect(r.place).toMatchObject({ county: '北湖区', city: '戊市', province: '戊省' });
	});
});
