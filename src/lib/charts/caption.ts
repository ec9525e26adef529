// The caption drawn into exported images (PNG/SVG downloads must say what they show without the
// page around them). Only the download path loads this module.
import type { EChartsOption } from 'echarts';
import { lineCount, type Caption } from './frame';

const TITLE_SIZE = 15;
const SUB_SIZE = 12;

/** Height of the wrapped title and source lines at `width` px. */
export function captionHeight(c: Caption, width: number): number {
	const w = width - 16;
	const subLines = c.source.split('\n').reduce((n, line) => n + lineCount(line, SUB_SIZE, w), 0);
	return 8 + lineCount(c.title, TITLE_SIZE, w) * 21 + 6 + subLines * 17 + 16;
}

type Grid = { top?: number | string };

/**
 * The option with the caption drawn in: for PNG/SVG downloads, which must say what they show
 * (title, unit, source) without the page around them. The plot moves down by the caption's height.
 */
export function captioned(option: EChartsOption, c: Caption, width: number): EChartsOption {
	const wrap = { width: width - 16, overflow: 'break' as const };
	const shift = captionHeight(c, width);
	const grids = (Array.isArray(option.grid) ? option.grid : [option.grid ?? {}]) as Grid[];
	const legend = option.legend && !Array.isArray(option.legend) ? { ...option.legend, top: shift - 4 } : option.legend;
	return {
		...option,
		backgroundColor: '#fff',
		title: {
			text: c.title,
			subtext: c.source,
			left: 8,
			top: 4,
			textStyle: { fontSize: TITLE_SIZE, fontWeight: 'bold', lineHeight: 21, ...wrap },
			subtextStyle: { fontSize: SUB_SIZE, color: '#555', lineHeight: 17, ...wrap }
		},
		legend,
		grid: grids.map((g) => ({ ...g, top: (typeof g.top === 'number' ? g.top : 40) + shift }))
	};
}

/** The export's height: the on-screen plot height plus the caption. */
export const captionedHeight = (plotHeight: number, c: Caption, width: number) => plotHeight + captionHeight(c, width);

