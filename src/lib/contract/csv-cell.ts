// Spreadsheet-safe CSV cells (OWASP CSV injection). A cell that a spreadsheet would read as a
// formula gets a leading apostrophe; readers of our own CSVs undo exactly that. The rule is a
// bijection: a text that already starts with apostrophes before a trigger gains one more, so
// `restoreCell(safeCell(s)) === s` for every string.

/** What Excel, WPS and LibreOffice start a formula (or a DDE call) with. */
const TRIGGER = /^'*[=+\-@\t\r]/;
/** A plain number (e.g. -2, +3.5) is data, not a formula: left as it is so numeric columns stay numeric. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function safeCell(text: string): string {
	return TRIGGER.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
	return text.startsWith("'") && TRIGGER.test(text.slice(1)) && !PLAIN_NUMBER.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * The same restore as an SQL expression, for tables loaded from our CSVs in DuckDB. Only text
 * columns that can hold free text need it (quote, title, source, message …).
 */
export const restoreCellSql = (column: string): string =>
	`CASE WHEN regexp_matches(${column}, '^''''*[=+\\-@\\t\\r]') AND NOT regexp_matches(substr(${column}, 2), '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$') THEN substr(${column}, 2) ELSE ${column} END`;
