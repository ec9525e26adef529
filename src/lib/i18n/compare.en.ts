// The compare view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './compare';

export const en: Words = {
	title: (towns, year) => `${towns}: every indicator side by side, ${year}`,
	year: 'Year compared',
	yearHint: 'Default: the latest year all chosen towns reported',
	colIndicator: 'Indicator',
	largest: 'largest in this row',
	noReport: (year) => `no ${year} report`,
	autoHint: 'No towns chosen: the town with the most reports and the town of its county with the next most',
	padded: (town) => `A comparison needs two towns: ${town} was added (a town of the same county first, then one with a report the same year, then the most reports).`,
	showEmpty: (n) => `Show ${n} indicators without values this year`,
	hideEmpty: 'Hide indicators without values this year',
	hidden: (n) => `${n} more indicators have no value this year (not shown)`,
	toTrends: (name) => `“${name}” in the trends view`,
	sparkNote: 'Sparklines: each town’s values over the years (one scale per row, from 0); the orange dot is the year compared; ▲ marks the largest value in a row.',
	empty: 'The chosen towns’ reports state no indicator.'
};
