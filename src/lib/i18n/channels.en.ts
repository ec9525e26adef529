// The channels view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './channels';

export const en: Words = {
	view: 'Show',
	views: { counts: 'Items', shares: 'Shares (100 %)' },
	names: {
		'channel.website': 'Government website', 'channel.platform': 'Unified platform', 'channel.wechat': 'WeChat', 'channel.weibo': 'Weibo',
		'channel.new_media': 'Short video / apps', 'channel.gazette': 'Gazette', 'channel.bulletin': 'Bulletin boards / screens', 'channel.other': 'Other channels',
		unattributed: 'Other / unattributed'
	},
	title: (region, view, year) =>
		`${view === 'counts' ? 'Items proactively disclosed' : 'Share of items disclosed'} per channel by town (${view === 'counts' ? 'items' : '%'})${region ? `, ${region}` : ''}, ${year}`,
	adoptionTitle: (region, from, to) => `Channel adoption: share of reporting towns that use each channel (%)${region ? `, ${region}` : ''}, ${from}–${to}`,
	axisShares: 'Share of the town’s total (%)',
	axisAdoption: 'Towns using it (%)',
	unattributedNote: '“Other / unattributed” = the stated total of items disclosed minus the sum of the channel counts.',
	adoptionNote: 'Uses: the report mentions the channel (e.g. “published via WeChat”) or counts more than 0 items on it. The base is the towns with a report that year; a town that skipped a year is not counted, and a year without any report is left blank.',
	statedTotal: (v) => `stated total: ${v}`,
	noTotal: 'no stated total',
	over: 'The channels add up to more than the stated total (an item published on several channels counts once in the total); no unattributed segment.',
	overNote: (towns) => `${towns}: the channel counts add up to more than the stated total (an item may be published on several channels).`,
	totalCol: 'Stated total',
	colChannel: 'Channel',
	towns: (using, reporting) => `${using}/${reporting} towns`,
	noBreakdownTitle: (n) => `Towns with a report but no items per channel (${n})`,
	noBreakdownNote: 'These reports give no count for any channel; they are not drawn above and not counted as zero.',
	noBreakdownItem: (town, total) => (total ? `${town} (stated total ${total})` : `${town} (no stated total)`),
	empty: (year) => `No town states items per channel for ${year}.`,
	byProvince: {
		title: (view, year) => `${view === 'counts' ? 'Items proactively disclosed' : 'Share of items disclosed'} per channel by province (${view === 'counts' ? 'items' : '%'}), ${year}`,
		note: 'One bar per province: the items of the towns that count each channel, summed (the province summary). Shares are of the province’s channel sum; the sum of stated totals also counts towns without channel counts, so no unattributed segment is drawn. Choose a province to see its towns.',
		axisShares: 'Share of the province’s channel sum (%)',
		statedTotal: (v) => `sum of the towns’ stated totals: ${v}`,
		totalCol: 'Sum of stated totals',
		colProvince: 'Province'
	}
};
