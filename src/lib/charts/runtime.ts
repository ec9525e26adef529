// The ECharts runtime: only the chart types and components the views draw (tree-shaken
// `echarts/core` imports), both renderers (canvas on screen, SVG for downloads and prerendering).
// Loaded lazily by Chart.svelte so the first paint does not wait for it.
import { init, use } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// LabelLayout: the trend lines' end labels move apart instead of overlapping (labelLayout.moveOverlap).
// No AriaComponent: it would replace our aria-label; the HTML table is the accessible alternative.
use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, LabelLayout, CanvasRenderer, SVGRenderer]);

export { init };

/** An option drawn off screen as an SVG document (downloads, build-time prerender). */
export function renderSvg(option: EChartsOption, width: number, height: number): string {
	const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption(option);
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}

/** An option drawn off screen on a canvas, as a PNG data URL (2× for print). */
export function renderPng(option: EChartsOption, width: number, height: number): string {
	const el = document.createElement('div');
	el.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
	document.body.append(el);
	const chart = init(el, undefined, { renderer: 'canvas', width, height });
	try {
		chart.setOption(option);
		return chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
	} finally {
		chart.dispose();
		el.remove();
	}
}
