// Seed 001 (the user's own report with a pre-2019 annex table): every table row of
// tests/fixtures/seeds/expected.csv must come out with its value, and nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise';
import { parseTables } from './index';
import { identity, values } from './test-helpers';

const SEEDS = 'data/reports/seeds';
const file = readdirSync(SEEDS).find((f) => f.startsWith('001_'));
if (!file) throw new Error('seed 001 missing from data/reports/seeds');
const text = readFileSync(`${SEEDS}/${file}`, 'utf8');

/** The expected rows of seed 001 that a table states (prose-only uses.* flags and zero_stated excluded). */
const expected: Record<string, number> = Object.fromEntries(
	readFileSync('tests/fixtures/seeds/expected.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.split(','))
		.filter(([f, indicator, , qualifier]) => f === file && qualifier === 'exact' && !indicator.startsWith('uses.'))
		.map(([, indicator, value]) => [indicator, Number(value)])
);

describe('seed 001 annex table', () => {
	it.each([
		['the raw text', identity(text)],
		['the normalised text', normalise(text)]
	])('yields exactly the expected table rows from %s', (_, n) => {
		const r = parseTables(n);
		expect(r.format).toBe('pre2019_table');
		expect(values(r.candidates)).toEqual(expected);
		expect(r.warnings).toEqual([]);
	});

	it('covers the whole table (the expected list is not trivially small)', () => {
		expect(Object.keys(expected).length).toBeGreaterThan(60);
	});

	it('quotes original text through the offset map', () => {
		const n = normalise(text);
		const c = parseTables(n).candidates.find((x) => x.indicator === 'capacity.funds');
		expect(c).toBeDefined();
		const quote = n.original.slice(n.toOriginal[c?.start ?? 0], n.toOriginal[c?.end ?? 0]);
		expect(quote.startsWith('（三）政府信息公开专项经费')).toBe(true);
		expect(quote.endsWith('2')).toBe(true);
	});
});
