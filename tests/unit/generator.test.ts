import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { generateCorpus, generateReports, gazetteerNames } from '../../scripts/generator/index';

type Row = Record<string, string>;
const FROM = 2014;
const TO = 2025;

function csv(dir: string, name: string): Row[] {
	return Papa.parse<Row>(readFileSync(join(dir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

async function corpus(seed: number, towns = 4): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), `gen-${seed}-`));
	await generateCorpus({ towns, from: FROM, to: TO, seed, outDir: dir });
	return dir;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
	return out;
}

function allBytes(dir: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const f of readdirSync(dir)) if (f.endsWith('.csv')) out.set(f, readFileSync(join(dir, f), 'utf8'));
	for (const f of readdirSync(join(dir, 'reports'))) out.set(f, readFileSync(join(dir, 'reports', f), 'utf8'));
	return out;
}

const catalog = new Map(
	csv(join(__dirname, '../../data'), 'indicators.csv').map((r) => [r.id, r.formats.split(' ')])
);

let dir: string;
let reports: Row[];
let truth: Row[];
let expected: Row[];
const texts = new Map<string, string>();

beforeAll(async () => {
	dir = await corpus(8);
	reports = csv(dir, 'expected-reports.csv');
	truth = csv(dir, 'truth.csv');
	expected = csv(dir, 'expected.csv');
	for (const r of reports) texts.set(r.file, readFileSync(join(dir, 'reports', r.file), 'utf8'));
});

describe('determinism', () => {
	it('gives byte-identical output for the same seed and different output for another', async () => {
		const again = allBytes(await corpus(8));
		expect(again).toEqual(allBytes(dir));
		const other = allBytes(await corpus(9));
		expect(other.get('truth.csv')).not.toEqual(again.get('truth.csv'));
	});
});

describe('truth and evidence', () => {
	it('quotes every truth value exactly at its offsets', () => {
		expect(truth.length).toBeGreaterThan(reports.length * 5);
		for (const t of truth) expect(texts.get(t.report_id)!.slice(+t.start, +t.end)).toBe(t.quote);
	});

	it('has evidence that is a substring of its report', () => {
		for (const e of expected) expect(texts.get(e.file), `${e.file} ${e.indicator}`).toContain(e.evidence);
	});

	it('lists each indicator at most once per report, with catalog ids and valid qualifiers', () => {
		const seen = new Set<string>();
		for (const t of truth) {
			const key = `${t.report_id}|${t.indicator}`;
			expect(seen.has(key), key).toBe(false);
			seen.add(key);
			expect(catalog.has(t.indicator), t.indicator).toBe(true);
			expect(['exact', 'approx', 'at_least', 'zero_stated']).toContain(t.qualifier);
			expect(Number(t.value)).toBeGreaterThanOrEqual(0);
		}
	});

	it('states only indicators the catalog allows for the layout that states them', () => {
		const format = new Map(reports.map((r) => [r.file, r.format]));
		for (const t of truth) {
			const layout = t.origin === 'prose' ? 'prose' : format.get(t.report_id)!.replace('pre2019_table', 'pre2019');
			expect(catalog.get(t.indicator), `${t.indicator} in ${layout}`).toContain(layout);
		}
	});

	it('never lets the parts after 其中 exceed the stated total', () => {
		const byReport = groupBy(truth, (t) => t.report_id);
		for (const [file, rows] of byReport) {
			const total = rows.find((r) => r.indicator === 'active.total');
			if (!total || total.origin !== 'prose') continue;
			for (const prefix of ['channel.', 'topic.']) {
				const parts = rows.filter((r) => r.indicator.startsWith(prefix) && r.origin === 'prose');
				expect(parts.reduce((s, r) => s + +r.value, 0), file).toBeLessThanOrEqual(+total.value);
			}
		}
	});
});

describe('formats and dynamics', () => {
	it('follows the year: prose or annex table before 2019, std2019 for 2019–2020, std2021 after', () => {
		for (const r of reports) {
			const y = +r.year;
			const want = y >= 2021 ? ['std2021'] : y >= 2019 ? ['std2019'] : ['prose', 'pre2019_table'];
			expect(want, r.file).toContain(r.format);
			const text = texts.get(r.file)!;
			if (r.format === 'std2021') expect(text).toContain('本年制发件数');
			if (r.format === 'std2019') expect(text).toContain('本年新制作数量');
			if (r.format === 'pre2019_table') expect(text).toContain('统计数');
			if (r.format === 'prose') expect(text).not.toMatch(/本年新收政府信息公开申请数量|统计数/);
		}
		expect(new Set(reports.map((r) => r.format)).size).toBe(4);
	});

	it('uses fictional names only: no town, county, city or province of the gazetteer', () => {
		const real = gazetteerNames();
		for (const r of reports) for (const name of [r.town, r.county, r.city, r.province]) expect(real.has(name), name).toBe(false);
	});

	it('has a town that merges away, a skipped year and a late filing', () => {
		const years = groupBy(reports, (r) => r.town);
		const spans = [...years.values()].map((rs) => rs.map((r) => +r.year));
		expect(spans.some((ys) => Math.max(...ys) < TO)).toBe(true); // merged: stops reporting
		expect(spans.some((ys) => ys.length < Math.max(...ys) - Math.min(...ys) + 1)).toBe(true); // a gap
		expect(reports.some((r) => r.published && +r.published.slice(5, 7) >= 5)).toBe(true);
		const merged = reports.find((r) => /并入/.test(texts.get(r.file)!));
		expect(merged, 'the absorbing town mentions the merger').toBeDefined();
	});

	it('grows disclosure over the years while requests stay mostly at zero', () => {
		const year = new Map(reports.map((r) => [r.file, +r.year]));
		const active = (lo: number, hi: number) => {
			const xs = truth.filter((t) => t.indicator === 'active.total' && year.get(t.report_id)! >= lo && year.get(t.report_id)! <= hi);
			return xs.reduce((s, t) => s + +t.value, 0) / xs.length;
		};
		expect(active(2023, 2025)).toBeGreaterThan(1.5 * active(2014, 2016));
		const requests = truth.filter((t) => t.indicator === 'apply.received');
		expect(requests.filter((t) => +t.value === 0).length / requests.length).toBeGreaterThan(0.6);
	});

	it('flags every prose/table disagreement it plants, and keeps the table value', () => {
		const warnings = csv(dir, 'expected-warnings.csv');
		for (const w of warnings) {
			const kept = truth.find((t) => t.report_id === w.file && t.indicator === w.indicator);
			expect(kept?.origin).toBe('table');
		}
		// a larger corpus in memory: conflicts happen now and then, always against a table
		let planted = 0;
		for (const { report } of generateReports({ towns: 20, from: FROM, to: TO, seed: 3 })) {
			for (const c of report.resolved.conflicts) {
				planted++;
				expect(c.table.origin).toBe('table');
				expect(report.resolved.kept).toContain(c.table);
			}
		}
		expect(planted).toBeGreaterThan(0);
	});
});

describe('prose names no channel it does not flag', () => {
	const KEYWORDS: [RegExp, string][] = [
		[/网站|信息公开专栏/, 'website'], [/微信/, 'wechat'], [/微博/, 'weibo'], [/公报/, 'gazette'],
		[/公开栏|公示栏|公告栏|宣传栏|显示屏/, 'bulletin'], [/统一平台|阳光村务|政务公开平台/, 'platform'],
		[/查阅点|查阅场所/, 'reading_room'], [/抖音|短视频|客户端/, 'new_media'], [/便民手册|明白纸|宣传资料/, 'print']
	];
	it('flags uses.* for each channel word in reports without a statistical table', () => {
		const flags = new Set(truth.map((t) => `${t.report_id}|${t.indicator}`));
		for (const r of reports.filter((x) => x.format !== 'pre2019_table')) {
			const text = texts.get(r.file)!;
			for (const [re, flag] of KEYWORDS) if (re.test(text)) expect(flags.has(`${r.file}|uses.${flag}`), `${r.file} ${flag}`).toBe(true);
		}
	});
});
