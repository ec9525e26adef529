// What the download buttons do, loaded only when one is pressed (kept out of the first page load):
// images with their caption drawn in, after the fonts are ready; CSVs formula-safe with a BOM.
import type { EChartsOption } from 'echarts';
import { captioned, captionedHeight } from './caption';
import { download, svgToPng, toCsv } from './export';
import type { Caption, CsvModel, Figure } from './frame';

export interface ImageSource {
	caption: Caption;
	/** an ECharts option, or a figure that draws its own SVG */
	option?: EChartsOption;
	figure?: Figure;
	/** on-screen plot height and the export's width, px */
	height: number;
	width: number;
	stem: string;
}

export async function saveImage(kind: 'png' | 'svg', src: ImageSource): Promise<void> {
	await document.fonts.ready; // Chinese glyphs must be loaded before they are drawn
	const { caption, width, stem } = src;
	if (src.figure) {
		const f = src.figure.svg(caption, width);
		if (kind === 'png') download(`${stem}.png`, await svgToPng(f.svg, f.width, f.height));
		else download(`${stem}.svg`, new Blob([f.svg], { type: 'image/svg+xml' }));
		return;
	}
	if (!src.option) return;
	const { renderPng, renderSvg } = await import('./runtime');
	const full = captioned(src.option, caption, width);
	const h = captionedHeight(src.height, caption, width);
	if (kind === 'png') download(`${stem}.png`, renderPng(full, width, h));
	else download(`${stem}.svg`, new Blob([renderSvg(full, width, h)], { type: 'image/svg+xml' }));
}

export function saveCsv(csv: CsvModel, stem: string): void {
	download(`${stem}.csv`, new Blob([toCsv(csv)], { type: 'text/csv;charset=utf-8' }));
}
