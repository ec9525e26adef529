// Adversarial layouts of the standard tables: the same rows as a page copy might mangle them.
import { describe, expect, it } from 'vitest';
import { parseTables } from './index';
import { APPLY_2021, APPLY_VALUES, REVIEW, REVIEW_VALUES, RULES_2021, RULES_2021_VALUES, type Rows } from './std-fixtures';
import { identity, values } from './test-helpers';

const ALL: Rows = [...RULES_2021, ...APPLY_2021, ...REVIEW];
const EXPECTED = { ...RULES_2021_VALUES, ...APPLY_VALUES, ...REVIEW_VALUES };
const flat = (c: string): string => c.replace(/\n/g, '');

describe('standard tables in mangled layouts', () => {
	it('reads rows whose first value cell ran into the label ("行政许可12")', () => {
		const glue = (r: string[]): string[] => (r.length > 1 && /^\d/.test(r[1]) && !/^\d/.test(r[0]) ? [r[0] + r[1], ...r.slice(2)] : r);
		const text = ALL.map((r) => glue(r.map(flat)).join(' ')).join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});

	it('splits no number off a cell whose front is no row label', () => {
		const rows: Rows = [...RULES_2021.slice(0, 3), ['规章', '0', '0', '0'], ['行政规范性文件共计2', '1', '5']];
		const got = values(parseTables(identity(rows.map((r) => r.join(' ')).join('\n'))).candidates);
		expect(Object.keys(got).some((k) => k.startsWith('rule.normative'))).toBe(false);
	});

	it.each([':---:', '---'])('reads markdown with an alignment row |%s| under every row', (align) => {
		const text = ALL.map((r) => `| ${r.map(flat).join(' | ')} |\n|${r.map(() => align).join('|')}|`).join('\n');
		expect(values(parseTables(identity(text)).candidates)).toEqual(EXPECTED);
	});
});
