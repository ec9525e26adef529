// A value cell of an imported CSV: the number, its qualifier, or why it cannot be imported. Empty
// is "not stated" (no row: missing is never zero), not an error.
import type { Qualifier } from '$lib/contract/codes';
import { SAY } from './issues';

export type Cell = { ok: true; value: number; qualifier: Qualifier } | { ok: false; say: ReturnType<typeof SAY.notANumber> } | null;

/** ≈ (or 约, ~) marks an approximate number, ≥ (or >=) an at-least one, as the views print them. */
const NUMBER = /^(≈|约|~|≥|>=)?\s*([+-]?\d+(?:\.\d+)?)$/;

export function readCell(raw: string, unit: string | undefined): Cell {
	// most cells are plain digits: no normalising, no patterns
	if (/^\d{1,15}$/.test(raw)) {
		const value = Number(raw);
		if (unit === 'flag' && value > 1) return { ok: false, say: SAY.notAFlag(raw) };
		return { ok: true, value, qualifier: value === 0 ? 'zero_stated' : 'exact' };
	}
	const text = raw.normalize('NFKC').trim();
	if (text === '') return null;
	if (text.includes('\ufffd')) return { ok: false, say: SAY.undecodable() };
	// thousands separators: 1,234 (quoted in the CSV) or 1 234
	const m = NUMBER.exec(text.replace(/(?<=\d)[, ](?=\d{3}(\D|$))/g, ''));
	if (!m) return { ok: false, say: SAY.notANumber(raw) };
	const value = Number(m[2]);
	if (!Number.isFinite(value)) return { ok: false, say: SAY.notANumber(raw) };
	if (value < 0) return { ok: false, say: SAY.negative(raw) };
	if (unit === 'flag' && value !== 0 && value !== 1) return { ok: false, say: SAY.notAFlag(raw) };
	const mark = m[1] ?? '';
	const qualifier: Qualifier = value === 0 ? 'zero_stated' : mark === '≈' || mark === '约' || mark === '~' ? 'approx' : mark ? 'at_least' : 'exact';
	return { ok: true, value, qualifier };
}
