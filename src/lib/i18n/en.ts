// English UI strings; the shape is checked against the Chinese dictionary.
import type { Dict } from './zh';

const UNITS: Record<string, string> = {
	条: 'items', 件: 'items', 次: 'times', 人次: 'visits', 人: 'people', 个: 'units',
	万元: '10k yuan', 元: 'yuan', 篇: 'articles', 期: 'issues', 份: 'copies', flag: '1 = yes'
};

export const en: Dict = {
	appTitle: 'TownLens — township disclosure reports compared',
	appTagline: 'Township government-information-disclosure annual reports as comparable indicators',
	langSwitch: '中文',
	dataset: 'Dataset',
	indicator: 'Indicator',
	year: 'Year',
	latestYear: 'Latest year per town',
	synthetic: 'Synthetic demo data',
	loading: 'Loading data…',
	empty: 'This dataset has no township reports yet.',
	noneReported: 'No town reports this indicator.',
	errorTitle: 'Could not load the data',
	retry: 'Retry',
	downloadPng: 'Download image (PNG)',
	downloadCsv: 'Download data (CSV)',
	rankingTitle: (name, unit, scope) => `${name} (${unit}) ranking · ${scope}`,
	yearScope: (y) => `${y}`,
	source: (dataset) => `Source: township government-information-disclosure annual reports; dataset: ${dataset}`,
	marksNote: '≈ approximate ("more than", "about"), ≥ at least ("over", "above")',
	tableCaption: (name) => `${name}: ranking by town (same data as the chart)`,
	colRank: 'Rank',
	colTown: 'Town',
	colCounty: 'County',
	colYear: 'Year',
	colValue: 'Value',
	colChange: 'Rank vs. year before',
	topOf: (shown, total) => `Top ${shown} of ${total} towns shown; the table below lists all`,
	tableCut: (shown, total) => `The table shows the first ${shown} of ${total} rows; download the CSV for all of them.`,
	prevYear: (change) => `rank vs. year before ${change}`,
	notReported: 'not reported',
	notReportedTitle: (n) => `Towns that did not report this indicator (${n})`,
	notReportedNote: 'These towns have a report that does not state this indicator; they are not counted as zero.',
	qualifier: { exact: 'exact', approx: 'approximate', at_least: 'at least', zero_stated: 'stated as none' },
	tooltipRank: (r) => `rank ${r}`,
	summary: (reports, towns, values) => `${reports} reports · ${towns} towns · ${values} values`,
	noticeTitle: 'Some link parameters were invalid; defaults are used instead:',
	noticeUnknown: 'unknown parameter',
	noticeBadValue: (why) => `invalid value (expected ${why})`,
	noticeNotInCatalog: 'not in the indicator catalog',
	valueAxis: (unit) => `Count (${unit})`,
	unit: (u) => UNITS[u] ?? u,
	notReportedItem: (town, year) => `${town} (${year} report)`
};
