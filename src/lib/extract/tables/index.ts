// Finds the disclosure statistics tables in a report and reads them into candidates
// (origin 'table', qualifier 'exact'). The layout is told by the table's headers, not the year:
// a 2021 report still using the 2019 headers is read as std2019.
import { countMatches } from '../count';
import type { ExtractWarning, Normalised, TableResult } from '../types';
import { parsePre2019 } from './pre2019';
import { parseStd } from './std';
import { HEADERS_2019, HEADERS_2021, type StdFormat } from './std-rules';
import { tokenize, wordsAcrossGaps } from './tokens';

/** Rows of tables 三 and 四 shared by both standard formats: a table, but not saying which year. */
const STD_ROWS = wordsAcrossGaps(['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '未经复议直接起诉']);

interface StdLayout {
	format: StdFormat;
	/** told by header cells; otherwise only by row labels, which prose may also quote */
	byHeaders: boolean;
}

/** Header cells and rows are looked for across the gaps between cells (see wordsAcrossGaps). */
function stdLayout(text: string): StdLayout | null {
	const n2021 = countMatches(text, HEADERS_2021);
	const n2019 = countMatches(text, HEADERS_2019);
	if (n2021 > 0 && n2021 >= n2019) return { format: 'std2021', byHeaders: true };
	if (n2019 > 0) return { format: 'std2019', byHeaders: true };
	return countMatches(text, STD_ROWS, 1) > 0 ? { format: 'std2019', byHeaders: false } : null;
}

/** std2021 / std2019 by the header cells present; null when no standard table is there. */
export function detectStdFormat(text: string): StdFormat | null {
	return stdLayout(text)?.format ?? null;
}

/** Unmapped rows are worth a look, not a flood: each label once, a handful per report. */
const MAX_WARNINGS = 5;

function sparingly(warnings: ExtractWarning[]): ExtractWarning[] {
	const seen = new Set<string>();
	return warnings.filter((w) => !seen.has(w.message) && (seen.add(w.message), true)).slice(0, MAX_WARNINGS);
}

export function parseTables(n: Normalised): TableResult {
	const tokens = tokenize(n.text);
	const std = stdLayout(n.text);
	if (std) {
		const { candidates, warnings } = parseStd(tokens, std.format);
		const format = std.byHeaders || candidates.length > 0 ? std.format : null;
		return { format, candidates, warnings: sparingly(warnings) };
	}
	const { candidates, warnings } = parsePre2019(tokens);
	return { format: candidates.length ? 'pre2019_table' : null, candidates, warnings: sparingly(warnings) };
}

