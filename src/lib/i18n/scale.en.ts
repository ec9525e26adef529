// The scale view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './scale';

export const en: Words = {
	national: (year) => `Every town in China · ${year}`,
	page: (from, to, ranked) => `Ranks ${from}–${to} of ${ranked} towns with a value`,
	prev: 'Previous',
	next: 'Next',
	first: 'Back to the top 50',
	own: (n) => `Also showing your ${n} chosen towns (those off this page come last)`,
	pager: 'Ranking pages'
};
