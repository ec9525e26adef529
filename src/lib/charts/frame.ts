// What every chart shares: the theme, the caption (title, source, notes) drawn into exported
// images, HTML escaping for tooltips, and the table model behind the chart ⇄ table toggle. Pure.
import type { EChartsOption } from 'echarts';
import type { Qualifier } from '$lib/db/types';
import type { OptionSummary } from './summary';
import { FONT_STACK, PALETTE } from './theme';

/** What a chart shows, in words: the frame's heading, the export's title block, the file name. */
export interface Caption {
	title: string;
	/** the source line (and any note), one per line */
	source: string;
}


export const escapeHtml = (s: string): string =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Rough width of one glyph at `size` px: CJK glyphs are square, Latin about half. */
const glyphWidth = (c: string, size: number) => (c.charCodeAt(0) >= 0x2e80 ? size : size * 0.56);

/** Rough line count of `text` at `size` px in `width` px. */
export function lineCount(text: string, size: number, width: number): number {
	const w = [...text].reduce((sum, c) => sum + glyphWidth(c, size), 0);
	return Math.max(1, Math.ceil(w / Math.max(width, 1)));
}

/** Rows a plain (wrapping) ECharts legend of these names takes at `width` px: icon, gap, text, spacing. */
export function legendRows(names: string[], width: number, size = 12): number {
	let rows = 1;
	let x = 0;
	for (const n of names) {
		const w = 25 + 5 + [...n].reduce((sum, c) => sum + glyphWidth(c, size), 0) + 10;
		if (x + w > width && x > 0) {
			rows++;
			x = 0;
		}
		x += w;
	}
	return rows;
}

/** `text` broken into lines of at most `width` px at `size` px (for figures drawn as SVG by hand). */
export function wrapLines(text: string, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	let w = 0;
	for (const c of text) {
		const g = glyphWidth(c, size);
		if (w + g > width && line) {
			lines.push(line);
			line = '';
			w = 0;
		}
		line += c;
		w += g;
	}
	return line ? [...lines, line] : lines;
}

/** The look every option starts from: palette, fonts, no animation (charts must match the table at once). */
export const BASE: EChartsOption = {
	color: PALETTE,
	textStyle: { fontFamily: FONT_STACK },
	animation: false
};

/** One cell of the chart's table: the number as drawn, and how it is shown. */
export interface TableCell {
	text: string;
	value: number | null;
	qualifier?: Qualifier | null;
	/** e.g. the qualifier in words, or why a cell is empty */
	title?: string;
	/** the value's source sentence (the Report view): the cell becomes a link */
	href?: string;
}

/** The table alternative of a chart: exactly the chart's numbers, one row per series or category. */
export interface TableModel {
	columns: { label: string; numeric: boolean }[];
	rows: { head: string; key: string; cells: TableCell[] }[];
}

/**
 * A figure that is not an ECharts chart (a grid of values and sparklines): the numbers its testing
 * hook exposes, and the figure as a standalone SVG document with the caption drawn in (downloads).
 */
export interface Figure {
	summary: OptionSummary;
	svg: (caption: Caption, width: number) => { svg: string; width: number; height: number };
}

/** A CSV of a chart: machine-readable columns (ids, raw values, qualifier). */
export interface CsvModel {
	header: string[];
	rows: (string | number | boolean | null)[][];
}

/**
 * Which report a number comes from: its id, or (a national ranking's rows name no report) its
 * town and year, which the Report view resolves in the town's province.
 */
export interface ReportRef {
	report_id: string | null;
	town_key?: string;
	year?: number | null;
}

/**
 * How a view links its numbers to their source sentences in the Report view. A view opts in by
 * passing one (report/source.ts `sourceLinks`) in its builder labels: table cells then carry
 * `href`, tooltips say how to get there, and ChartFrame's `pointLink` offers 查看原文 on click.
 */
export interface SourceLinks {
	/** the Report page of a report, its value selected; undefined when nothing says which report */
	href: (ref: ReportRef) => string | undefined;
	/** "点击查看原文" in tooltips */
	hint: string;
}

/** What a click on a chart point offers: the point in words and its source link. */
export interface PointLink {
	label: string;
	href: string;
}
