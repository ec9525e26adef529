// English counts: "1 report", "2 reports", "41,352 towns". Chinese needs no plural; the dictionaries share this one.
export const plural = (count: number, word: string, many = `${word}s`): string =>
	`${count.toLocaleString('en-US')} ${count === 1 ? word : many}`;

/** A count in Chinese text, grouped by thousands like the English one: 41,352 个乡镇 (exact, never 4.14万). */
export const count = (n: number): string => n.toLocaleString('zh-CN');
