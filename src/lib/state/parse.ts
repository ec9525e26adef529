// Each URL key parses to valid / invalid / missing. An invalid value carries the reason,
// which the page shows as a notice; only parsed, typed values ever reach queries.

export type Parsed<T> = { ok: true; v: T } | { ok: false; raw: string; why: string } | undefined;

/** Why a parameter was ignored, in words a person can act on. */
export interface Notice {
	param: string;
	raw: string;
	/** 'unknown' key, a malformed value ('bad', with the expected form), or 'not_in_catalog'. */
	kind: 'unknown' | 'bad' | 'not_in_catalog';
	expected?: string;
}

export const oneOf =
	<T extends string>(allowed: readonly T[]) =>
	(raw?: string): Parsed<T> =>
		raw === undefined
			? undefined
			: (allowed as readonly string[]).includes(raw)
				? { ok: true, v: raw as T }
				: { ok: false, raw, why: allowed.join(' | ') };

/** Indicator ids look like `group.name` (lowercase ascii, digits, underscores). */
export const indicatorId = (raw?: string): Parsed<string> =>
	raw === undefined
		? undefined
		: /^[a-z][a-z0-9_]{0,30}\.[a-z0-9_]{1,60}$/.test(raw)
			? { ok: true, v: raw }
			: { ok: false, raw, why: 'group.name, e.g. active.total' };

export const year = (raw?: string): Parsed<number> =>
	raw === undefined
		? undefined
		: /^\d{4}$/.test(raw) && +raw >= 2008 && +raw <= 2030
			? { ok: true, v: +raw }
			: { ok: false, raw, why: '2008–2030' };

/** The value of a parsed key, or the default; an invalid key adds a notice. */
export function valueOr<T>(param: string, parsed: Parsed<T>, fallback: T, notices: Notice[]): T {
	if (parsed === undefined) return fallback;
	if (parsed.ok) return parsed.v;
	notices.push({ param, raw: parsed.raw, kind: 'bad', expected: parsed.why });
	return fallback;
}
