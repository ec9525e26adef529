// The report year: from the title, else the statistics period, else the years the text talks about,
// else the publication date, else the file name.
import { eachMatch } from '../count';
import { PERIOD_LABELS } from './patterns';

export interface YearFinding {
	year: number | null;
	titleYear: number | null;
	periodYear: number | null;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2035;
const PERIOD_WINDOW = 30;

function plausible(y: number): number | null {
	return y >= MIN_YEAR && y <= MAX_YEAR ? y : null;
}

/** a year as written in prose: "2017年", "2017 年度"; not a document number (〔2017〕) nor an ISO date */
const PROSE_YEAR = /(?<![\d〔［\[（(﹝-])((?:19|20)\d\d)\s*年/g;

export function yearOfTitle(title: string): number | null {
	const m = /(?<!\d)((?:19|20)\d\d)\s*年/.exec(title);
	return m ? plausible(Number(m[1])) : null;
}

const YEAR_DIGITS = /(?<!\d)((?:19|20)\d\d)/;

/** garbled periods ("自201811日起") still start with the year's four digits */
export function yearOfPeriod(text: string): number | null {
	let year: number | null = null;
	eachMatch(PERIOD_LABELS, text, (m) => {
		const after = m.index + m[0].length;
		const y = YEAR_DIGITS.exec(text.slice(after, after + PERIOD_WINDOW));
		if (y) year = plausible(Number(y[1]));
		return y !== null;
	});
	return year;
}

/** the year most often written in prose; ties go to the earliest mentioned */
export function yearOfText(text: string): number | null {
	const counts = new Map<number, number>();
	for (const m of text.matchAll(PROSE_YEAR)) {
		const y = plausible(Number(m[1]));
		if (y !== null) counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	let best: number | null = null;
	for (const [y, c] of counts) if (best === null || c > (counts.get(best) ?? 0)) best = y;
	return best;
}

export function yearOfSource(source: string | undefined): number | null {
	const m = source ? /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(source) : null;
	return m ? plausible(Number(m[1])) : null;
}

/** annual reports are due by the end of March: a page published by June is most likely the year before's */
const LAST_MONTH_OF_LATE_REPORTS = 6;

/**
 * "2024-01-15" (as findPublished gives it): the year before, for a page published early in a year;
 * null later in the year, when it may be that year's summary or a late report.
 */
export function yearOfEarlyPublication(published: string): number | null {
	const m = /^((?:19|20)\d\d)-(\d\d)/.exec(published);
	return m && Number(m[2]) <= LAST_MONTH_OF_LATE_REPORTS ? plausible(Number(m[1]) - 1) : null;
}

export function findYear(title: string, text: string, source?: string, published = ''): YearFinding {
	const titleYear = yearOfTitle(title);
	const periodYear = yearOfPeriod(text);
	return { titleYear, periodYear, year: titleYear ?? periodYear ?? yearOfText(text) ?? yearOfEarlyPublication(published) ?? yearOfSource(source) };
}
