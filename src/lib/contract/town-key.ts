// The town key: one stable id for the same town across years, so its reports line up in trends.
// The CLI writes it as reports.csv `town_id`; the browser derives the same key for files that
// lack the column. Both spellings live here so they cannot drift (a test runs both on DuckDB).

const BODY_SUFFIXES = /(人民政府|街道办事处|办事处|政府)$/;

/** 松山镇人民政府 → 松山镇, 城关街道办事处 → 城关街道; spaces dropped. */
export function normalisePlace(name: string): string {
	const compact = name.replace(/\s+/g, '');
	return compact.replace(BODY_SUFFIXES, (suffix) => (suffix === '街道办事处' ? '街道' : ''));
}

export interface TownKeyParts {
	town: string;
	county: string;
	province: string;
	/** gazetteer code ('' when the town did not resolve) */
	town_code: string;
}

/** The gazetteer code when the town resolved, else `province/county/town` normalised; '' when no town is known. */
export function townId(meta: TownKeyParts): string {
	if (meta.town_code) return meta.town_code;
	const town = normalisePlace(meta.town);
	if (!town) return '';
	return [normalisePlace(meta.province), normalisePlace(meta.county), town].join('/');
}

/** normalisePlace as SQL over a text column (NULL → ''). */
export const sqlPlace = (column: string) =>
	`regexp_replace(regexp_replace(regexp_replace(coalesce(${column}, ''), '\\s+', '', 'g'), '街道办事处$', '街道'), '(人民政府|办事处|政府)$', '')`;

/**
 * The same key as an SQL expression over a `reports` row: `town_id` when present, else the
 * normalised name path. NULL when the report names no town.
 */
export const TOWN_KEY_SQL = `CASE
	WHEN nullif(town_id, '') IS NOT NULL THEN town_id
	WHEN nullif(${sqlPlace('town')}, '') IS NULL THEN NULL
	ELSE concat(${sqlPlace('province')}, '/', ${sqlPlace('county')}, '/', ${sqlPlace('town')})
END`;

/** The province a town key or region key lies in: its gazetteer code's first two digits ('' for a name path). */
export const provinceKeyOf = (key: string): string => (/^[0-9]{2}/.test(key) ? key.slice(0, 2) : '');
