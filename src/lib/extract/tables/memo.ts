// Table cells repeat across reports: the forms follow national templates, so the same few
// hundred label texts ("行政许可", "（一）予以公开", "结果维持" …) recur in every report, while
// each reading of one strips numbering and tries dozens of row patterns. Readings that depend
// on the text alone are remembered per distinct text.

/**
 * How many readings a memo holds. Distinct label texts in a report corpus number in the tens of
 * thousands, the table labels a few hundred of them; past this many the readings are forgotten and
 * read again. 5,000 keeps the labels' hits at a few MB: at 50,000 the CLI's peak memory grew from
 * 0.19 to 0.26 GB between 5,479 and 21,926 reports, at no gain in speed.
 */
export const MAX_READINGS = 5_000;

/**
 * `read` remembered per text. Past `limit` distinct texts everything is forgotten at once: a long
 * run over prose-heavy pages keeps bounded memory, and the recurring labels are back after one
 * reading each.
 */
export function memoByText<T>(read: (text: string) => T, limit = MAX_READINGS): (text: string) => T {
	const known = new Map<string, T>();
	return (text) => {
		const hit = known.get(text);
		if (hit !== undefined) return hit;
		if (known.size >= limit) known.clear();
		const value = read(text);
		known.set(text, value);
		return value;
	};
}
