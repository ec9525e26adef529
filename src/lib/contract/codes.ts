// The enumerated values of the data contract (DESIGN.md §3). Every module that writes or reads
// reports.csv / values.csv / warnings.csv takes its types from here.

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'zero_stated'] as const;
export const ORIGINS = ['table', 'prose'] as const;
export const LEVELS = ['township', 'county', 'other'] as const;
export const FORMATS = ['pre2019_table', 'std2019', 'std2021', 'prose'] as const;
export const STATUSES = ['ok', 'partial', 'unrecognized', 'unreadable'] as const;
/** Every code warnings.csv may carry: the extractor's own, plus those the CLI adds at the file edge. */
export const WARNING_CODES = [
	'conflict',
	'unrecognized_table_row',
	'year_mismatch',
	'encoding_guessed',
	'unreadable',
	'not_a_report',
	'extract_error',
	'duplicate',
	'town_ambiguous',
	'town_unknown'
] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Origin = (typeof ORIGINS)[number];
export type Level = (typeof LEVELS)[number];
export type Format = (typeof FORMATS)[number];
export type Status = (typeof STATUSES)[number];
export type ContractWarningCode = (typeof WARNING_CODES)[number];

/** Statuses whose report names a town and a year the views can show. */
export const READABLE_STATUSES: readonly Status[] = ['ok', 'partial'];
