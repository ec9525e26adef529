// A view's URL state as a record of key specs: each key says how to parse it, how to write it,
// its default, and whether a shared link must carry it. `Specs<S>` requires a spec for every key
// of the state type, so a key without a parser fails the type check.
import { shorten, type Notice, type Parsed } from './parse';

export interface KeySpec<T> {
	parse: (raw: string) => Parsed<T>;
	/** the URL form; undefined = the key is not written (e.g. "latest year") */
	fmt: (v: T) => string | undefined;
	default: T;
	/** a copied link carries it even when it equals the default (DESIGN.md §5: dataset, indicator, towns, years) */
	pinned?: boolean;
	/** the address bar carries it even when it equals the default */
	always?: boolean;
}

export type Specs<S> = { [K in keyof S]-?: KeySpec<S[K]> };

export interface ParsedState<S> {
	state: S;
	notices: Notice[];
	/** keys the URL gave a usable value for (the others hold defaults the page may resolve from data) */
	given: Set<keyof S>;
}

const keysOf = <S>(specs: Specs<S>) => Object.keys(specs) as (keyof S & string)[];

export function parseState<S>(specs: Specs<S>, q: URLSearchParams): ParsedState<S> {
	const notices: Notice[] = [];
	const known = new Set<string>(keysOf(specs));
	for (const k of new Set(q.keys())) {
		if (!known.has(k)) notices.push({ param: shorten(k), raw: shorten(q.get(k) ?? ''), kind: 'unknown' });
		else if (q.getAll(k).length > 1) notices.push({ param: k, raw: shorten(q.getAll(k).join(' | ')), kind: 'repeated' });
	}
	const state = {} as S;
	const given = new Set<keyof S>();
	for (const k of keysOf(specs)) {
		const spec = specs[k];
		const raw = q.get(k);
		const p = raw === null ? undefined : spec.parse(raw);
		if (p === undefined || !p.ok) {
			state[k] = spec.default;
			if (p) notices.push({ param: k, raw: shorten(p.raw), kind: 'bad', expected: p.why });
			continue;
		}
		state[k] = p.v;
		given.add(k);
		if (p.warn) notices.push({ param: k, raw: shorten(raw ?? ''), kind: p.warn.kind, expected: p.warn.why });
	}
	return { state, notices, given };
}

export type QueryMode =
	/** the address bar: keys marked `always`, and keys that differ from their default */
	| 'address'
	/** a copied link: also every pinned key, so it shows the same chart after defaults change */
	| 'link';

/** A query string as a person reads it: commas, slashes and Chinese not percent-encoded. */
export const readable = (q: URLSearchParams): string =>
	q
		.toString()
		.replaceAll('%2C', ',')
		.replaceAll('%2F', '/')
		.replace(/(%[89A-F][0-9A-F])+/g, (run) => decodeURIComponent(run));

/** Canonical query string: keys in spec order. */
export function queryOf<S>(specs: Specs<S>, s: S, mode: QueryMode = 'address'): string {
	const q = new URLSearchParams();
	for (const k of keysOf(specs)) {
		const spec = specs[k];
		const v = spec.fmt(s[k]);
		if (v === undefined) continue;
		const keep = spec.always || (mode === 'link' && spec.pinned) || v !== spec.fmt(spec.default);
		if (keep) q.set(k, v);
	}
	return readable(q);
}

/** Every key at its default: the start of a link into another view (`{ ...defaultsOf(SPECS), ind, towns }`). */
export const defaultsOf = <S>(specs: Specs<S>): S => Object.fromEntries(keysOf(specs).map((k) => [k, specs[k].default])) as S;

/** Two states that write the same link show the same view. */
export const sameView = <S>(specs: Specs<S>, a: S, b: S): boolean => queryOf(specs, a, 'link') === queryOf(specs, b, 'link');
