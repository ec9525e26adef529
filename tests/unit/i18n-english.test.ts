// English loads on demand (loadLang, run for every unit test file by tests/unit/setup-english.ts):
// once loaded, the shared words, every view's words and the indicators' names are English.
import { describe, expect, it } from 'vitest';
import { CATALOG, indicatorMeta } from '../../src/lib/catalog';
import { dict, loadLang } from '../../src/lib/i18n';
import { ENGLISH } from '../../src/lib/i18n/english';
import { overviewText } from '../../src/lib/i18n/overview';
import { trendsText } from '../../src/lib/i18n/trends';

describe('English on demand', () => {
	it('gives the shared dictionary, the views’ words and the catalog’s names in English', async () => {
		await loadLang('en'); // a second call changes nothing
		expect(dict('en').appTitle).toBe('TownLens — township disclosure reports compared');
		expect(dict('zh').appTitle).toBe('TownLens 乡镇政务公开年报对比');
		expect(overviewText.en.total).toBe('Total');
		expect(overviewText.zh.total).toBe('合计');
		expect(trendsText.en.modes.index).toBe('Index (first year = 100)');
		expect(indicatorMeta('active.total')?.name_en).toBe(ENGLISH.catalog['active.total']);
		expect(indicatorMeta('active.total')?.name_en).not.toBe(indicatorMeta('active.total')?.name_zh);
	});

	it('names every catalog indicator in English, and every view has its English words', () => {
		expect(CATALOG.filter((i) => !ENGLISH.catalog[i.id])).toEqual([]);
		for (const [key, words] of Object.entries(ENGLISH)) expect(Object.keys(words).length, key).toBeGreaterThan(0);
	});
});
