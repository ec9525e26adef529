import { describe, expect, it } from 'vitest';
import { fileStem, toCsv } from '../../../src/lib/charts/export';
import { captioned, captionHeight } from '../../../src/lib/charts/caption';
import { legendRows, wrapLines } from '../../../src/lib/charts/frame';
import { restoreCell } from '../../../src/lib/contract/csv-cell';
import Papa from 'papaparse';

describe('captioned (exports say what they show)', () => {
	const caption = { title: '5 个乡镇主动公开政府信息数（条），2014–2025 年', source: '来源：测试' };
	it('draws title and source into the option and moves the plot below them', () => {
		const o = captioned({ grid: { top: 40 }, legend: { top: 0 } }, caption, 900);
		expect(o.title).toMatchObject({ text: caption.title, subtext: caption.source });
		expect((o.grid as { top: number }[])[0].top).toBe(40 + captionHeight(caption, 900));
		expect(o.backgroundColor).toBe('#fff');
	});
	it('makes room for a title that wraps on a narrow image', () => {
		expect(captionHeight(caption, 200)).toBeGreaterThan(captionHeight(caption, 1200));
	});
});

describe('toCsv (every browser download)', () => {
	it('starts with a BOM, quotes where needed, leaves missing empty', () => {
		const csv = toCsv({ header: ['a', 'b', 'c'], rows: [['某县,东', null, 3]] });
		expect(csv).toBe('\uFEFFa,b,c\r\n"某县,东",,3\r\n');
	});
	it('neutralises cells a spreadsheet would run as formulas, and the neutral form round-trips', () => {
		const evil = ['=HYPERLINK("http://x","y")', '+1+1', '-2 件', '@SUM(A1)', '\tx'];
		const csv = toCsv({ header: ['v'], rows: evil.map((e) => [e]) });
		const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).map((r) => r[0]);
		expect(parsed.every((c) => c.startsWith("'"))).toBe(true);
		expect(parsed.map(restoreCell)).toEqual(evil);
		expect(toCsv({ header: ['n'], rows: [[-2]] })).toContain('\r\n-2\r\n');
	});
});

describe('fileStem', () => {
	it('makes file names that say what they hold and are safe to save', () => {
		expect(fileStem(['active.total', '楸川县', 2014, 2025])).toBe('active.total-楸川县-2014-2025');
		expect(fileStem(['active.total', '样本年报（5 份）', 2018])).toBe('active.total-样本年报（5_份）-2018');
		expect(fileStem(['a/b', 'c:d', undefined, '../x'])).toBe('a_b-c_d-_x');
	});
});

describe('wrapLines / legendRows (figures drawn by hand)', () => {
	it('breaks text at the width, CJK glyphs square, Latin about half', () => {
		expect(wrapLines('一二三四五', 10, 30)).toEqual(['一二三', '四五']);
		expect(wrapLines('abcdef', 10, 30)).toEqual(['abcde', 'f']);
		expect(wrapLines('', 10, 30)).toEqual([]);
	});
	it('counts the rows a wrapping legend takes', () => {
		const names = ['政府网站', '统一平台', '政务微信', '政务微博'];
		expect(legendRows(names, 1000)).toBe(1);
		expect(legendRows(names, 200)).toBe(2); // 88 px an item: two a row
		expect(legendRows(names, 100)).toBe(4);
	});
});
