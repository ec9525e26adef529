// The shipped datasets' quotes point into their shipped texts: texts/<report_id>.txt exists for
// every readable report and text.slice(start, end) === quote (UTF-16 offsets) for every value.
// The Report view highlights on exactly this; `npm run data` regenerates both.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { restoreCell } from '../../src/lib/contract/csv-cell';
import { textPath } from '../../src/lib/contract/texts';
import { SHIPPED_DATASETS } from '../../src/lib/db/datasets';

const read = (path: string) =>
	Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe.each(SHIPPED_DATASETS.map((d) => d.id))('static/data/%s', (ds) => {
	const dir = join('static/data', ds);
	const reports = read(join(dir, 'reports.csv'));
	const values = read(join(dir, 'values.csv'));

	it('ships a text for every readable report, named by its report id', () => {
		const missing = reports.filter((r) => (r.status === 'ok' || r.status === 'partial') && !existsSync(join(dir, textPath(r.report_id))));
		expect(missing.map((r) => r.report_id)).toEqual([]);
	});

	it('has every quote at its offsets', () => {
		const texts = new Map<string, string>();
		const off = values.filter((v) => {
			let text = texts.get(v.report_id);
			if (text === undefined) texts.set(v.report_id, (text = readFileSync(join(dir, textPath(v.report_id)), 'utf8')));
			return text.slice(Number(v.start), Number(v.end)) !== restoreCell(v.quote);
		});
		expect(values.length).toBeGreaterThan(100);
		expect(off.slice(0, 3)).toEqual([]);
	});
});
