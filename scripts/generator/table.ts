// Renders a table the way it reaches us after a copy from Word or PDF: one cell per line (tab
// indented, as seed 001), a whole row per line (tabs or runs of spaces), or markdown pipes.
// Each stated cell that maps to an indicator becomes a fact quoted from its row label to the cell.
import { frag, join, type Fact, type Frag } from './frag';
import type { Rng } from './prng';

export type Layout = 'cells' | 'tabs' | 'spaces' | 'pipes' | 'flat';

export interface CellFact {
	/** index into the row's cells */
	col: number;
	indicator: string;
	required?: boolean;
}

export interface Row {
	label: string;
	/** indentation as typed in the source (full-width spaces), kept out of the quote */
	indent?: string;
	/** '' = an empty cell (not reported) */
	cells: (number | string)[];
	facts?: CellFact[];
	/** a header or section caption: no cells of its own */
	caption?: boolean;
}

function cellText(c: number | string): string {
	return typeof c === 'number' ? String(c) : c;
}

/** Lay out one row; returns the text and where each cell sits in it. */
function layoutRow(row: Row, layout: Layout, rng: Rng): { text: string; labelAt: number; cellAt: number[] } {
	const cells = row.cells.map(cellText);
	const indent = row.indent ?? '';
	const cellAt: number[] = [];
	let text: string;
	let labelAt: number;
	if (layout === 'cells') {
		labelAt = 1 + indent.length;
		text = row.label ? `\t${indent}${row.label}` : '';
		for (const c of cells) {
			text += text ? '\n\t' : '\t';
			cellAt.push(text.length);
			text += c;
		}
		if (!row.label) labelAt = cellAt[0] ?? 0;
		text += '\n';
		return { text, labelAt, cellAt };
	}
	const sep = layout === 'tabs' ? '\t' : layout === 'pipes' ? ' | ' : rng.pick(['  ', '   ', ' ']);
	const lead = layout === 'pipes' ? '| ' : '';
	labelAt = lead.length + (layout === 'pipes' ? 0 : indent.length);
	text = lead + (layout === 'pipes' ? '' : indent) + row.label;
	cells.forEach((c, i) => {
		if (row.label || i > 0) text += sep;
		cellAt.push(text.length);
		text += c;
	});
	if (!row.label) labelAt = cellAt[0] ?? labelAt;
	if (layout === 'pipes') text += ' |';
	return { text, labelAt, cellAt };
}

/** A PDF copy breaks long labels over two lines; the evidence then is the label's first line. */
function breakLabel(row: Row, rng: Rng): Row {
	if (row.label.length < 22 || !rng.chance(0.12)) return row;
	const at = Math.floor(row.label.length * (0.55 + 0.2 * rng.next()));
	return { ...row, label: `${row.label.slice(0, at)}\n${row.indent ?? ''}${row.label.slice(at)}` };
}

export function renderRow(original: Row, layout: Layout, rng: Rng): Frag {
	const row = breakLabel(original, rng);
	const { text, labelAt, cellAt } = layoutRow(row, layout === 'flat' ? 'spaces' : layout, rng);
	const facts: Fact[] = [];
	for (const f of row.facts ?? []) {
		const cell = row.cells[f.col];
		if (typeof cell !== 'number') continue; // an empty cell states nothing
		facts.push({
			indicator: f.indicator, value: cell, qualifier: 'exact', origin: 'table', required: f.required ?? true, label: row.label.split('\n')[0] || undefined,
			start: labelAt, end: cellAt[f.col] + cellText(cell).length
		});
	}
	return frag(text, facts);
}

/** Rows of one table; cells layout leaves a blank line between rows, as Word does. */
export function renderTable(rows: readonly Row[], layout: Layout, rng: Rng): Frag {
	if (layout !== 'flat') return join(rows.map((r) => renderRow(r, layout, rng)), '\n');
	// flattened: the rows of a section run together on one line, a new line at each caption
	const pieces = rows.map((r, i) => join([i === 0 ? '' : r.caption || /^[一二三四五六七八九十]+、/.test(r.label) ? '\n' : ' ', renderRow(r, layout, rng)]));
	return join(pieces);
}
