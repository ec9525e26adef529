// The comparison grid as one standalone SVG document (the PNG/SVG downloads): caption, town
// heads, the lines shown on screen with their values and sparklines. Pure string building.
import type { CompareModel } from './compare';
import { escapeHtml, wrapLines, type Caption } from './frame';
import { FONT_STACK } from './theme';

export interface CompareSvgWords {
	indicator: string;
	/** a town without a report in the compared year */
	noReport: string;
	/** "{n} empty lines not shown" under a collapsed group */
	hidden: (n: number) => string;
}

const PAD = 8;
const ROW = 38;
const GROUP_ROW = 26;
const HEAD = 40;

const text = (x: number, y: number, s: string, cls = '') => `<text x="${x}" y="${y}"${cls ? ` class="${cls}"` : ''}>${escapeHtml(s)}</text>`;

/** Cuts `s` to about `px` pixels at `size` px, with an ellipsis. */
function fit(s: string, size: number, px: number): string {
	const lines = wrapLines(s, size, px);
	return lines.length <= 1 ? s : `${wrapLines(s, size, px - size)[0]}…`;
}

/**
 * `expanded`: the std-table groups the reader opened (their empty lines are drawn too), so the
 * export shows what the screen shows.
 */
export function compareSvg(m: CompareModel, caption: Caption, width: number, words: CompareSvgWords, expanded: ReadonlySet<string> = new Set()) {
	const out: string[] = [];
	let y = PAD;
	for (const l of wrapLines(caption.title, 15, width - 2 * PAD)) out.push(text(PAD, (y += 21) - 5, l, 'title'));
	for (const l of caption.source.split('\n').flatMap((s) => wrapLines(s, 12, width - 2 * PAD))) out.push(text(PAD, (y += 17) - 4, l, 'sub'));
	y += 10;
	const labelW = Math.max(150, Math.round(width * 0.32));
	const colW = (width - 2 * PAD - labelW) / Math.max(1, m.towns.length);
	const colX = (i: number) => PAD + labelW + i * colW;
	out.push(text(PAD, y + 24, words.indicator, 'head'));
	m.towns.forEach((tw, i) => {
		out.push(text(colX(i) + 4, y + 17, fit(tw.label, 13, colW - 8), 'head'));
		if (!tw.has_report) out.push(text(colX(i) + 4, y + 33, words.noReport, 'sub'));
	});
	y += HEAD;
	out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" class="rule"/>`);
	for (const g of m.groups) {
		const shown = g.std && !expanded.has(g.group) ? g.lines.filter((l) => !l.empty) : g.lines;
		out.push(`<rect x="${PAD}" y="${y}" width="${width - 2 * PAD}" height="${GROUP_ROW}" class="band"/>`, text(PAD + 4, y + 18, g.label, 'group'));
		y += GROUP_ROW;
		for (const l of shown) {
			out.push(text(PAD + 4, y + 16, fit(l.name, 12, labelW - 12), 'label'), text(PAD + 4, y + 31, l.unit, 'sub'));
			l.cells.forEach((c, i) => {
				const x = colX(i) + 4;
				out.push(text(x, y + 15, c.largest ? `${c.text} ▲` : c.text, c.largest ? 'max' : c.value === null ? 'missing' : 'value'));
				const s = c.spark;
				const lone = s.lone.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="1.3" class="lone"/>`).join('');
				const dot = s.dot ? `<circle cx="${s.dot.x}" cy="${s.dot.y}" r="2.2" class="dot"/>` : '';
				out.push(`<g transform="translate(${x} ${y + 18})"><path d="${s.d}" class="spark"/>${lone}${dot}</g>`);
			});
			y += ROW;
			out.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}" class="rule"/>`);
		}
		const hidden = g.lines.length - shown.length;
		if (hidden) {
			out.push(text(PAD + 4, y + 16, words.hidden(hidden), 'sub'));
			y += GROUP_ROW;
		}
	}
	const height = Math.ceil(y + PAD);
	const style = `text{font-family:${FONT_STACK};font-size:12px;fill:#1d1d1f}.title{font-size:15px;font-weight:bold}.sub{fill:#555}
.head,.group{font-weight:600;font-size:13px}.max{font-weight:bold;fill:#005a8c}.missing{fill:#888}
.spark{fill:none;stroke:#0072B2;stroke-width:1.3;stroke-linecap:round;stroke-linejoin:round}.lone{fill:#0072B2}.dot{fill:#D55E00}.rule{stroke:#e4e4e4}.band{fill:#f3f6f9}`;
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><style>${style}</style><rect width="100%" height="100%" fill="#fff"/>${out.join('')}</svg>`;
	return { svg, width, height };
}
