// The trends view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './trends';
import { plural } from './plural';

export const en: Words = {
	modes: { abs: 'Values', index: 'Index (first year = 100)', yoy: 'Year-on-year %' },
	scales: { linear: 'Linear', log: 'Log' },
	trendTitle: (name, unit, mode, scope, from, to) => `${name}${mode} (${unit}), ${scope}, ${from}–${to}`,
	trendModeWord: { abs: '', index: ', index', yoy: ', year-on-year change' },
	trendUnit: { index: 'first year = 100', yoy: '%' },
	trendScope: (n) => plural(n, 'town'),
	axisIndex: 'Index (first year = 100)',
	axisYoy: 'Year-on-year change (%)',
	logGaps: (n) => `A log scale cannot show zero or negative numbers: ${n} points are left as gaps.`,
	zeroBase: (towns) => `${towns}: the first value is 0, so no index can be computed.`,
	yoyFromZero: (n) => `No percentage change from a zero year: ${n} points are left as gaps.`,
	noData: 'The chosen towns and years have no value of this indicator.',
	hollowNote: 'Hollow points are approximate or at least; breaks in a line are years without a reported value.',
};
