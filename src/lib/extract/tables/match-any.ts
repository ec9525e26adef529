// Rule lists are tried in order, first match wins. Most cells a reader looks at match none of
// the rules (prose, numbers' neighbours, header cells), and testing twenty patterns one by one to
// learn that was the bulk of table reading. One alternation of all of them answers "does any
// match?" in a single regex run; only a cell that passes it walks the list for the first match,
// so which rule wins is exactly what the ordered walk says.

/** A regex that matches a text exactly when at least one of `patterns` does. */
export function anyOf(patterns: readonly RegExp[]): RegExp {
	// no patterns match nothing, where an empty alternation would match everything
	if (patterns.length === 0) return /(?!)/;
	const flags = new Set(patterns.map((p) => p.flags));
	// a shared lastIndex (g, y) would make test() stateful; differing flags cannot be merged
	if (flags.size > 1 || [...flags].some((f) => /[gy]/.test(f))) {
		throw new Error(`anyOf: patterns must share non-global flags, got ${[...flags].join(', ')}`);
	}
	// numbered backreferences would point at another pattern's groups once joined
	const backref = patterns.find((p) => /\\[1-9]/.test(p.source));
	if (backref) throw new Error(`anyOf: backreference in ${backref}`);
	// each alternative in its own group, so that ^ and $ inside one stay bound to it
	return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), [...flags][0] ?? '');
}

/** `find` over rules with a pattern, skipping the walk when no pattern matches at all. */
export function firstMatch<R extends { readonly pattern: RegExp }>(rules: readonly R[]): (text: string) => R | undefined {
	const any = anyOf(rules.map((r) => r.pattern));
	return (text) => (any.test(text) ? rules.find((r) => r.pattern.test(text)) : undefined);
}
