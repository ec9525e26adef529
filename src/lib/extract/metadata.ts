// Report metadata from the text: title, body, level, town and its place, year, publication date, recognition.
import type { ExtractOptions, ExtractWarning, Gazetteer, Normalised, ReportMeta } from './types';
import { metaText } from './meta/clean';
import { resolvePlace, type Place } from './meta/place';
import { findPublished } from './meta/published';
import { recognise, type ReportEvidence } from './meta/recognise';
import { findSubject, type Subject } from './meta/subject';
import { findHeadings, findTitle } from './meta/title';
import { bodyOfTown, countyInName, mostMentionedTown } from './meta/town';
import { findYear } from './meta/year';

const NO_PLACE: Place = { county: '', city: '', province: '', town_code: '' };

function chooseTown(subject: Subject | null, text: string, title: string, g?: Gazetteer): string {
	if (subject?.town) return subject.town;
	if (subject && subject.level !== 'township') return '';
	return mostMentionedTown(text, title, g);
}

/** a county, district or department body: its county and city come from its own name */
function placeOfBody(body: string, text: string, g?: Gazetteer): Place {
	const county = g ? countyInName(body, g) : '';
	if (!county || !g) return NO_PLACE;
	const options = g.countiesNamed?.(county) ?? [];
	const one = options.length === 1 ? options[0] : options.find((c) => c.city && text.includes(c.city));
	return { county, city: one?.city ?? '', province: one?.province ?? '', town_code: '' };
}

function onlyNamed(place: Place, text: string): Place {
	const named = (s: string) => (s && text.includes(s) ? s : '');
	return { county: named(place.county), city: named(place.city), province: named(place.province), town_code: '' };
}

function yearWarning(titleYear: number | null, periodYear: number | null): ExtractWarning[] {
	if (titleYear === null || periodYear === null || titleYear === periodYear) return [];
	return [{ code: 'year_mismatch', indicator: '', message: `标题年份 ${titleYear} 与统计期限 ${periodYear} 不一致 / title year ${titleYear} differs from statistics period ${periodYear}` }];
}

const NO_TOWN: ExtractWarning = { code: 'town_unknown', indicator: '', message: '文中看不出是哪个乡镇 / the text names no plausible town' };

/** `evidence` is what the extractor read of the report's body (skeleton, statements), used to recognise it. */
/**
 * `ownYears`: the years the report speaks of as its own — its year and, when the title and the
 * statistics period disagree, the period's too (a 2019 title over the 2018 figures).
 */
export function extractMeta(n: Normalised, opts: ExtractOptions = {}, evidence?: ReportEvidence): { meta: ReportMeta; warnings: ExtractWarning[]; ownYears: number[] } {
	const g = opts.gazetteer;
	const text = metaText(n.text);
	const title = findTitle(text);
	const subject = findSubject(title, text, g);
	const town = chooseTown(subject, text, title, g);
	const published = findPublished(text);
	const years = findYear(title, text, opts.source, published);
	const recognition = recognise(title, title ? [] : findHeadings(text), text, subject?.level ?? (town ? 'township' : null), evidence);
	const level = subject?.level ?? (town ? 'township' : (recognition.level ?? null));
	const warnings: ExtractWarning[] = [...yearWarning(years.titleYear, years.periodYear)];
	if (recognition.recognized && level === 'township' && !town) warnings.push(NO_TOWN);
	let place = NO_PLACE;
	if (town && g) {
		const resolved = resolvePlace(town, text, g);
		place = resolved.place;
		if (resolved.warning && recognition.recognized) warnings.push(resolved.warning);
	} else if (subject?.body) place = placeOfBody(subject.body, text, g);
	if (!recognition.recognized) warnings.push({ code: 'not_a_report', indicator: '', message: recognition.reason });
	const ownTown = recognition.recognized ? town : '';
	// a page that is no report keeps only the places it names itself
	if (recognition.notReport) place = onlyNamed(place, text);
	const meta: ReportMeta = {
		title,
		// a bare town name in the title: the text usually names the body in full elsewhere (…人民政府)
		body: subject?.body && subject.body !== town ? subject.body : town ? bodyOfTown(text, town) : '',
		// a page that is no report has no reporting body, hence no level and no report year
		level: recognition.notReport ? 'other' : (level ?? 'other'),
		town: ownTown,
		...(ownTown ? place : { ...place, town_code: '' }),
		year: recognition.notReport ? null : years.year,
		format: 'prose',
		published,
		recognized: recognition.recognized
	};
	const ownYears = meta.year === null ? [] : [meta.year, ...(years.periodYear !== null && years.periodYear !== meta.year ? [years.periodYear] : [])];
	return { meta, warnings, ownYears };
}
