// A town named in an imported CSV row resolved against the gazetteer the extractor uses, and the
// county a person chose for a town name shared by several places (applied to every report of the
// batch with that name, and remembered for later imports).
import type { ReportRow, WarningRow } from '$lib/contract/csv-text';
import { normalisePlace, townId } from '$lib/contract/town-key';
import { sameCounty } from '$lib/extract/meta/place';
import type { Gazetteer, GazetteerTown } from '$lib/extract/types';
import type { TownAnswer } from '$lib/local/store';

export interface Placed {
	town: string;
	county: string;
	city: string;
	province: string;
	town_id: string;
	warning?: { code: 'town_ambiguous' | 'town_unknown'; message: string };
}

export interface GivenPlace {
	county: string;
	city: string;
	province: string;
}

const ambiguous = (town: string, n: number) => ({
	code: 'town_ambiguous' as const,
	message: `${town}: ${n} 个同名乡镇，未写明所属县 / ${n} towns share this name and no county says which`
});
const unknown = (town: string, county: string) => ({
	code: 'town_unknown' as const,
	message: county ? `${town}: 区划库中 ${county} 没有这个乡镇 / not found in the gazetteer under ${county}` : `${town}: 区划库中没有这个乡镇 / not found in the gazetteer`
});

const fits = (t: GazetteerTown, g: GivenPlace) =>
	(!g.county || sameCounty(t.county, g.county)) && (!g.city || t.city === g.city) && (!g.province || t.province === g.province);

/**
 * The row's town as a place with its town key: the gazetteer unit that fits the county, city and
 * province the row gives (gazetteer code as key), else the row's own names (name-path key) with a
 * warning; several units and nothing to tell them apart → ambiguous (the import asks).
 */
export function placeTown(rawTown: string, given: GivenPlace, g: Gazetteer | undefined): Placed {
	const town = normalisePlace(rawTown);
	const own = (warning?: Placed['warning']): Placed => ({ town, ...given, town_id: townId({ town, ...given, town_code: '' }), ...(warning ? { warning } : {}) });
	if (!g) return own();
	const candidates = g.byName(town);
	const fitting = candidates.filter((t) => fits(t, given));
	if (fitting.length === 1) {
		const t = fitting[0];
		return { town, county: given.county || t.county, city: t.city, province: t.province, town_id: t.code };
	}
	if (fitting.length === 0) return own(unknown(town, given.county));
	return own(ambiguous(town, fitting.length));
}

/** The gazetteer units a person may choose from for an ambiguous town. */
export const candidatesOf = (town: string, g: Gazetteer | undefined): GazetteerTown[] => (g ? g.byName(town) : []);

/** The reports `ids` (of one ambiguous town) get the chosen unit's place and code; their warning says who chose. */
export function applyAnswer(reports: ReportRow[], warnings: WarningRow[], ids: ReadonlySet<string>, a: TownAnswer): void {
	for (const r of reports) if (ids.has(String(r.report_id))) Object.assign(r, { county: a.county, city: a.city, province: a.province, town_id: a.code });
	const where = [a.province, a.city, a.county].filter(Boolean).join(' ');
	for (const w of warnings) {
		if (w.code !== 'town_ambiguous' || !ids.has(String(w.report_id))) continue;
		w.message = `${String(w.message).split(CHOSEN)[0]}${CHOSEN}导入时选定 ${where} / chosen on import: ${where}`;
	}
}

/** separates the extractor's warning from the choice added to it (a later choice replaces the earlier) */
const CHOSEN = ' — ';
