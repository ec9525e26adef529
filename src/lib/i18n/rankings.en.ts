// The rankings view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './rankings';

export const en: Words = {
	title: (name, unit, scope, region, asc) => `${name} (${unit}) ranking${region ? ` · ${region}` : ''} · ${scope}${asc ? ' · least first' : ''}`,
	rank: (r) => `rank ${r}`,
	order: 'Order',
	orders: { desc: 'Most first', asc: 'Least first' },
	showAll: (n) => `Show all ${n} towns`,
	showTop: (n) => `Show the top ${n} only`,
	topOf: (shown, total) => `${shown} of ${total} towns with a value shown; the table follows the chart, the CSV lists every town`,
	fresh: 'new',
	move: (m) => `rank vs. year before ${m}`,
	prev: (year, value, rank) => `${year}: ${value}, ${rank}`,
	colPrev: (year) => `Value ${year}`,
	colMove: 'Rank vs. year before',
	moveNote: '▲ rank up, ▼ rank down, – same rank, new = no value the year before',
	noReport: (n, year, known) => `${n} more towns filed no report for ${year} (${known} towns known in this region); they are not ranked.`
};
