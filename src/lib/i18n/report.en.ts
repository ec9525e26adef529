// The report view's words in English: loaded with the English dictionary (english.ts), only when a page is shown in English.
import type { Words } from './report';

export const en: Words = {
	title: (town, year) => `${town} ${year} annual report`,
	pageTitle: 'Report',
	meta: 'About this report',
	fields: {
		town: 'Town', county: 'County', city: 'City', province: 'Province', year: 'Year', format: 'Format', published: 'Published',
		status: 'Status', source: 'Source file', n_values: 'Values found', report_id: 'Report id', dataset: 'Dataset', body: 'Issued by'
	},
	formats: { pre2019_table: 'Pre-2019 statistics table', std2019: '2019 standard tables', std2021: '2021 standard tables', prose: 'Prose only' },
	statuses: { ok: 'OK', partial: 'Partly recognised', unrecognized: 'Not recognised as a report', unreadable: 'Unreadable' },
	warningCodes: {
		conflict: 'Prose and table disagree', unrecognized_table_row: 'Unrecognised table row', year_mismatch: 'Year mismatch',
		encoding_guessed: 'Encoding guessed', unreadable: 'Unreadable', not_a_report: 'Not a report', extract_error: 'Extraction error',
		duplicate: 'Duplicate file', town_ambiguous: 'Town ambiguous', town_unknown: 'Town unknown'
	},
	reportWarnings: 'Notes on the whole report',
	otherWarnings: 'Other notes',
	values: (n) => `Values found (${n})`,
	valuesHint: 'Click a value to jump to its sentence in the text; click a highlight in the text to select its value.',
	noValues: 'No values were found in this report.',
	text: 'Report text (normalised)',
	textHint: 'Highlights are the sentences each value comes from; hover one for its indicator.',
	noText: 'The dataset does not ship the text of this report.',
	origin: { table: 'table', prose: 'prose' },
	unplaced: 'Its sentence could not be found in the text; not highlighted.',
	relocated: 'The offsets do not match the text; highlighted where the sentence occurs.',
	selected: 'Selected value',
	showInList: 'Show in the list',
	loading: 'Reading the report…',
	unknownIndicator: (id) => `The indicator “${id}” the link points to is not in this report.`
};
