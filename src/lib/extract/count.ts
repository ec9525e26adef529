// The matches of a global regex, visited or counted without matchAll, which copies the regex on
// every call (a cost that showed on the CLI's hot paths). One loop keeps the regex's lastIndex
// protocol: from 0, past an empty match, and back to 0 after, so the pattern can be shared.

/**
 * Calls `visit` with each match of a global regex in `text`, in the order text.matchAll(re)
 * lists them, until `visit` returns true.
 */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean | void): void {
	if (!re.global) throw new TypeError(`eachMatch needs a global regex: ${re}`);
	re.lastIndex = 0;
	try {
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (visit(m) === true) return;
			// an empty match: step over one character (a whole code point in unicode mode), as matchAll does
			if (m[0].length === 0) re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
		}
	} finally {
		re.lastIndex = 0;
	}
}

/**
 * How often a global pattern occurs in a text (headers of a table, evidence of a kind of page),
 * counted up to `enough`: a caller that needs only "at least n" stops there.
 */
export function countMatches(text: string, pattern: RegExp, enough = Infinity): number {
	let n = 0;
	if (enough > 0) eachMatch(pattern, text, () => ++n >= enough);
	return n;
}
