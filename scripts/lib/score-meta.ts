// Metadata and warning scores: is each report's town, year, level … right; are non-reports rejected;
// were the expected warnings raised.
import { samePlace } from './score';

export interface ExpectedReport {
	file: string;
	[field: string]: string;
}

export interface FoundReport {
	source: string;
	status: string;
	n_values: number;
	[field: string]: string | number;
}

export interface FieldCheck {
	file: string;
	field: string;
	expected: string;
	found: string;
	ok: boolean;
}

export interface MetaScore {
	checks: FieldCheck[];
	/** negatives (level county/other): must be `unrecognized` with no values */
	negatives: FieldCheck[];
}

/** town, year, level always; the others only where the expected file gives them. */
export const META_FIELDS = ['town', 'year', 'level', 'county', 'city', 'province', 'format', 'published'] as const;
const ALWAYS_CHECKED = new Set(['year', 'level']);
const PLACE_FIELDS = new Set(['town', 'county', 'city', 'province']);

function checkField(file: string, field: string, expected: string, found: string): FieldCheck {
	const ok = PLACE_FIELDS.has(field) ? samePlace(expected, found) : expected === found;
	return { file, field, expected, found, ok };
}

export function scoreMeta(expected: ExpectedReport[], found: FoundReport[]): MetaScore {
	const bySource = new Map(found.map((r) => [r.source, r]));
	const checks: FieldCheck[] = [];
	const negatives: FieldCheck[] = [];
	for (const e of expected) {
		const f = bySource.get(e.file);
		if (e.level && e.level !== 'township') {
			const got = f ? `${f.status}, ${f.n_values} values` : 'missing';
			negatives.push({ file: e.file, field: 'negative', expected: 'unrecognized, 0 values', found: got, ok: got === 'unrecognized, 0 values' });
			continue;
		}
		for (const field of META_FIELDS) {
			const want = e[field] ?? '';
			if (want === '' && !ALWAYS_CHECKED.has(field)) continue;
			checks.push(checkField(e.file, field, want, f ? String(f[field] ?? '') : '(no row)'));
		}
	}
	return { checks, negatives };
}

export interface WarningExpectation {
	file: string;
	code: string;
	indicator: string;
}

export interface WarningScore {
	expected: (WarningExpectation & { raised: boolean })[];
	/** raised warnings by code, for the report */
	raisedByCode: Map<string, number>;
}

export function scoreWarnings(expected: WarningExpectation[], raised: WarningExpectation[]): WarningScore {
	const raisedByCode = new Map<string, number>();
	for (const r of raised) raisedByCode.set(r.code, (raisedByCode.get(r.code) ?? 0) + 1);
	return {
		expected: expected.map((e) => ({
			...e,
			raised: raised.some((r) => r.file === e.file && r.code === e.code && (e.indicator === '' || r.indicator === e.indicator))
		})),
		raisedByCode
	};
}
