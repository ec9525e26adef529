// One report: the town's year facts written in the layout its year calls for, then resolved to
// the truth rows the extractor is measured against.
import type { Format } from '../../src/lib/extract/types';
import type { Rng } from './prng';
import type { Town } from './towns';
import type { YearFacts } from './facts';
import { join } from './frag';
import type { Voice } from './say';
import { chrome, publicationDate, signature, title } from './common';
import { pre2019Body } from './report-pre';
import { stdBody } from './report-std';
import { resolve, type Resolved } from './resolve';
import type { Ctx } from './prose';
import type { Layout } from './table';

export interface Report {
	text: string;
	/** the title line as written (the national facts carry it without the text) */
	title: string;
	format: Format;
	published: string;
	resolved: Resolved;
}

export function formatFor(year: number, withTable: boolean): Format {
	if (year >= 2021) return 'std2021';
	if (year >= 2019) return 'std2019';
	return withTable ? 'pre2019_table' : 'prose';
}

function voiceOf(rng: Rng, town: Town, year: number): Voice {
	const kind = town.kind;
	const self = rng.weighted([[`我${kind}`, 0.55], [`本${kind}`, 0.2], [town.name.name, 0.25]] as const);
	return { town: town.name.name, kind, county: town.county.name.name, year, self, rng };
}

export function writeReport(town: Town, f: YearFacts, rng: Rng): Report {
	const v = voiceOf(rng, town, f.year);
	const withTable = f.year < 2019 && rng.chance(town.tableHabit);
	const format = formatFor(f.year, withTable);
	const c: Ctx = { rng, v, town, f, fuzz: 0.15 + 0.35 * (1 - town.diligence), hasTable: withTable };
	const conflict = rng.chance(0.06);
	let body;
	if (format === 'prose' || format === 'pre2019_table') {
		const layout: Layout | undefined = withTable ? rng.weighted([['cells', 0.55], ['tabs', 0.22], ['spaces', 0.15], ['flat', 0.08]] as const) : undefined;
		const planted = { applyConflict: withTable && conflict && f.req.received > 0, activeConflict: withTable && conflict && f.req.received === 0 };
		body = pre2019Body(c, planted, layout);
	} else {
		body = stdBody(c, format === 'std2021' ? 2021 : 2019, conflict && f.req.received > 0);
	}
	const late = town.lateYears.has(f.year);
	const date = publicationDate(rng, f.year, late);
	const head = chrome(rng, v, date, late);
	const sign = signature(rng, v, date);
	const heading = title(rng, v, format === 'prose');
	const doc = join([head.head, heading, '\n\n', body, sign]);
	return {
		text: doc.text,
		title: heading,
		format,
		published: head.statesDate ? date.iso : '',
		resolved: resolve(doc.facts)
	};
}
