// The data view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './data';
import { plural } from './plural';

export const en: Words = {
	intro: 'Which towns filed which years, every value with filters, and your own SQL; every value opens its source sentence.',
	tabs: { coverage: 'Coverage', values: 'Values', sql: 'SQL' },
	tabsLabel: 'Data views',
	all: 'All',
	group: 'Indicator group',
	qualifierLabel: 'Qualifier',
	originLabel: 'Origin',
	origins: { table: 'table', prose: 'prose' },
	coverageTitle: (region) => `Reports filed${region ? ` in ${region}` : ''} (town × year)`,
	provinceCoverageTitle: 'Reports filed across China (province × year)',
	provinceCoverageHint: 'Each cell is the number of the province’s towns that filed a report that year; darker = a larger share filed (the province summary). Open a province to see its towns.',
	provinceCell: (province, year, filed, known, pct) => `${province} ${year}: ${filed} of ${known} towns filed (${pct}%)`,
	coverageHint: 'Each cell is one town’s report for one year: the number is the values found, ⚠ the warnings, ×2 two reports that year; empty = not filed. Arrow keys move, Enter opens the report.',
	notFiled: 'not filed',
	cellLabel: (town, year, n, w, reports) =>
		`${town} ${year}: ${plural(n, 'value')}${w ? `, ${plural(w, 'warning')}` : ''}${reports > 1 ? `, ${reports} reports` : ''}`,
	notFiledLabel: (town, year) => `${town} ${year}: not filed`,
	legend: 'Darker = more values found',
	townsPage: (from, to, total) => `Towns ${from}–${to} of ${total}`,
	prev: 'Previous',
	next: 'Next',
	valuesTitle: (n) => `Values (${n.toLocaleString('en')})`,
	valuesHint: 'Click a column head to sort; click a value to open its source.',
	cols: { town: 'Town', county: 'County', year: 'Year', indicator: 'Indicator', value: 'Value', qualifier: 'Qualifier', origin: 'Origin', quote: 'Sentence' },
	sortBy: (col) => `Sort by ${col}`,
	rowsPage: (from, to, total) => `Rows ${from}–${to} of ${total.toLocaleString('en')}`,
	noValues: 'No values match the filters.',
	download: 'Download',
	downloadNote: (cap) => `Downloads hold at most ${cap.toLocaleString('en')} rows.`,
	preparing: 'Preparing the file…',
	tablesTitle: 'Raw tables (same structure as the command-line output)',
	sqlTitle: 'SQL (read-only)',
	sqlHint: 'Tables: reports, vals (values), warnings, indicators (catalog), and town_reports, towns, regions. One SELECT, WITH, DESCRIBE or SUMMARIZE statement.',
	editor: 'SQL statement',
	run: 'Run',
	cancel: 'Cancel',
	running: 'Running…',
	cancelled: 'The query was cancelled.',
	fromLink: 'This query came with the link and has not run; check it, then press Run.',
	examples: 'Examples',
	exampleList: [
		{ label: 'Reports and values per year', sql: 'SELECT year, count(DISTINCT report_id) AS reports, count(*) AS "values"\nFROM vals JOIN reports USING (report_id)\nGROUP BY year ORDER BY year' },
		{ label: 'Towns disclosing the most items', sql: "SELECT r.town, r.county, r.year, v.value, v.qualifier\nFROM vals v JOIN reports r USING (report_id)\nWHERE v.indicator = 'active.total'\nORDER BY v.value DESC LIMIT 20" },
		{ label: 'Prose and table disagree', sql: "SELECT r.town, r.year, w.indicator, w.message\nFROM warnings w JOIN reports r USING (report_id)\nWHERE w.code = 'conflict'" },
		{ label: 'Columns and statistics of the values', sql: 'SUMMARIZE vals' }
	],
	resultCount: (shown, total, ms) =>
		shown < total
			? `${total.toLocaleString('en')} rows, the first ${shown.toLocaleString('en')} shown (${Math.round(ms)} ms)`
			: `${total.toLocaleString('en')} rows (${Math.round(ms)} ms)`,
	noRows: 'The query returned no rows.',
	tooLongForLink: (max) => `The query is longer than ${max.toLocaleString('en')} characters and was not put in the link.`,
};
