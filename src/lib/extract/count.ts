// How often a global pattern occurs in a text (headers of a table, evidence of a kind of page).
export function countMatches(text: string, pattern: RegExp): number {
	let n = 0;
	for (const _ of text.matchAll(pattern)) n++;
	return n;
}
