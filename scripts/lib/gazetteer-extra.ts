// `--gazetteer-extra <file.csv>`: towns the national gazetteer does not know (new, renamed or fictional),
// added to it for one run. Columns code,name,county,city,province; other columns are ignored.
import { readFile } from 'node:fs/promises';
import type { GazetteerTown } from '../../src/lib/extract/types';
import { parseCsv } from './csv';

export const EXTRA_COLUMNS = ['code', 'name', 'county', 'city', 'province'] as const;

export type ExtraResult = { ok: true; towns: GazetteerTown[] } | { ok: false; error: string };

const fail = (error: string): ExtraResult => ({ ok: false, error });

/** Checks the header and each row; the first problem is reported with its line number. */
export function parseGazetteerExtra(text: string, path: string): ExtraResult {
	const { fields, rows } = parseCsv(text);
	const missing = EXTRA_COLUMNS.filter((c) => !fields.includes(c));
	if (missing.length > 0) {
		return fail(`区划补充表 ${path} 缺少列 ${missing.join(',')}（需要 ${EXTRA_COLUMNS.join(',')}）/ gazetteer extra ${path} lacks column(s) ${missing.join(',')} (needs ${EXTRA_COLUMNS.join(',')})`);
	}
	const towns: GazetteerTown[] = [];
	for (const [i, row] of rows.entries()) {
		const town = { code: row.code.trim(), name: row.name.trim(), county: row.county.trim(), city: row.city.trim(), province: row.province.trim() };
		// line numbers count the header as line 1
		if (!town.name || !town.county) {
			return fail(`区划补充表 ${path} 第 ${i + 2} 行缺少乡镇名或县名 / gazetteer extra ${path} line ${i + 2}: name and county are required`);
		}
		if (town.code && !/^\d{9}$/.test(town.code)) {
			return fail(`区划补充表 ${path} 第 ${i + 2} 行代码 “${town.code}” 不是 9 位数字 / gazetteer extra ${path} line ${i + 2}: code “${town.code}” is not 9 digits`);
		}
		towns.push(town);
	}
	return { ok: true, towns };
}

export async function readGazetteerExtra(path: string): Promise<ExtraResult> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		return fail(`无法读取区划补充表 ${path} / cannot read the gazetteer extra file ${path}`);
	}
	return parseGazetteerExtra(text, path);
}
