// Each URL key parses to valid / invalid / missing. An invalid value carries the reason, which the
// page shows as a notice; only parsed, typed values ever reach queries (and then only as bound
// parameters).

export type Parsed<T> =
	/** `warn`: the value is used, but part of it was dropped (bad town ids, more than 50 towns) */
	| { ok: true; v: T; warn?: { kind: NoticeKind; why: string } }
	| { ok: false; raw: string; why: string }
	| undefined;

export type NoticeKind =
	/** a key no view reads */
	| 'unknown'
	/** malformed value: `expected` says what would have been read */
	| 'bad'
	/** well-formed, but the catalog or the dataset has no such indicator / town / region / year */
	| 'not_in_data'
	/** the key appears more than once; the first value is used */
	| 'repeated'
	/** more towns than a link may carry; the first ones are kept */
	| 'too_many';

/** Why a parameter was ignored or changed, in words a person can act on. */
export interface Notice {
	param: string;
	/** the value as given, shortened (a 10,000-character value must not fill the screen) */
	raw: string;
	kind: NoticeKind;
	expected?: string;
}

const SHOWN_CHARS = 80;

/** A raw URL value as a notice shows it: at most 80 characters, the rest counted. */
export function shorten(raw: string): string {
	const chars = [...raw];
	return chars.length <= SHOWN_CHARS ? raw : `${chars.slice(0, SHOWN_CHARS).join('')}… (+${chars.length - SHOWN_CHARS})`;
}

export const ok = <T>(v: T): Parsed<T> => ({ ok: true, v });
export const bad = (raw: string, why: string): Parsed<never> => ({ ok: false, raw, why });

export const oneOf =
	<T extends string>(allowed: readonly T[]) =>
	(raw: string): Parsed<T> =>
		(allowed as readonly string[]).includes(raw) ? ok(raw as T) : bad(raw, allowed.join(' | '));

/** Indicator ids look like `group.name` (lowercase ascii, digits, underscores). */
export const indicatorId = (raw: string): Parsed<string> =>
	/^[a-z][a-z0-9_]{0,30}\.[a-z0-9_]{1,60}$/.test(raw) ? ok(raw) : bad(raw, 'group.name, e.g. active.total');

export const MIN_YEAR = 2008;
export const MAX_YEAR = 2030;

export const year = (raw: string): Parsed<number> =>
	/^\d{4}$/.test(raw) && +raw >= MIN_YEAR && +raw <= MAX_YEAR ? ok(+raw) : bad(raw, `${MIN_YEAR}–${MAX_YEAR}`);

/** One segment of a name path: letters (any script), digits, and the few marks place names use. */
const NAME_SEGMENT = /^[\p{L}\p{N}·()（）-]{0,40}$/u;

/**
 * A town key: a gazetteer code (9 or 12 digits) or the `province/county/town` name path the CLI
 * writes for towns the gazetteer lacks.
 */
export function isTownKey(s: string): boolean {
	if (/^\d{9}(\d{3})?$/.test(s)) return true;
	const parts = s.split('/');
	return parts.length === 3 && parts[2] !== '' && parts.every((p) => NAME_SEGMENT.test(p));
}

/**
 * A region: a gazetteer code prefix (2 digits province, 4 city, 6 county) or, for towns without a
 * code, the `province` or `province/county` name path.
 */
export function isRegionKey(s: string): boolean {
	if (/^\d{2}(\d{2}){0,2}$/.test(s)) return true;
	const parts = s.split('/');
	// a name path names places: all-digit segments are malformed codes, not names
	return parts.length <= 2 && parts[0] !== '' && parts.every((p) => NAME_SEGMENT.test(p) && !/^\d+$/.test(p));
}

export const regionKey = (raw: string): Parsed<string> =>
	isRegionKey(raw) ? ok(raw) : bad(raw, 'a code prefix (e.g. 360923) or province/county');

export const MAX_TOWNS = 50;

const TOWN_LIST_FORM = 'town ids separated by commas (gazetteer codes or province/county/town)';

/**
 * Comma-separated town keys; repeats dropped; malformed ids and those past `max` dropped with a
 * notice. Views that compare a handful of towns pass their own, smaller `max`.
 */
export function townListOf(max: number): (raw: string) => Parsed<string[]> {
	return (raw) => {
		if (raw === '') return ok([]);
		const all = raw.split(',');
		const keys = [...new Set(all.filter(isTownKey))];
		if (keys.length === 0) return bad(raw, TOWN_LIST_FORM);
		if (keys.length > max) return { ok: true, v: keys.slice(0, max), warn: { kind: 'too_many', why: `≤ ${max}` } };
		const dropped = all.filter((k) => !isTownKey(k));
		return dropped.length > 0 ? { ok: true, v: keys, warn: { kind: 'bad', why: TOWN_LIST_FORM } } : ok(keys);
	};
}

/** The town list every view reads unless it compares fewer: at most MAX_TOWNS keys. */
export const townList = townListOf(MAX_TOWNS);
