// How often a global pattern occurs in a text (headers of a table, evidence of a kind of page).

/**
 * The number of matches of a global regex, as text.matchAll(pattern) lists them, counted up to
 * `enough` (a caller that needs only "at least n" stops there). An exec loop on the pattern
 * itself: matchAll copies the regex on every call.
 */
export function countMatches(text: string, pattern: RegExp, enough = Infinity): number {
	if (!pattern.global) throw new TypeError(`countMatches needs a global regex: ${pattern}`);
	let n = 0;
	pattern.lastIndex = 0;
	while (n < enough) {
		const m = pattern.exec(text);
		if (!m) break;
		n++;
		// an empty match: step over one character (a whole code point in unicode mode), as matchAll does
		if (m[0].length === 0) pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
	}
	pattern.lastIndex = 0;
	return n;
}
