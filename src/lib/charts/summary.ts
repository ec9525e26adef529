// A plain-data digest of a chart option (categories and series values), written on the chart
// element as a data- attribute: tests and assistive tooling can read what is drawn.
import type { EChartsOption } from 'echarts';

export interface OptionSummary {
	categories: string[];
	series: { name: string; values: (number | null)[] }[];
}

const one = <T>(x: T | T[] | undefined): T | undefined => (Array.isArray(x) ? x[0] : x);

function valueOf(d: unknown): number | null {
	if (d === null || d === undefined) return null;
	if (typeof d === 'number') return d;
	if (typeof d === 'object' && 'value' in d) return valueOf((d as { value: unknown }).value);
	return null;
}

export function optionSummary(option: EChartsOption): OptionSummary {
	const axis = (one(option.yAxis as never) ?? {}) as { type?: string; data?: unknown[] };
	const xAxis = (one(option.xAxis as never) ?? {}) as { type?: string; data?: unknown[] };
	const cat = axis.type === 'category' ? axis : xAxis;
	const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as {
		name?: string;
		data?: unknown[];
	}[];
	return {
		categories: (cat.data ?? []).map(String),
		series: series.map((s) => ({ name: String(s.name ?? ''), values: (s.data ?? []).map(valueOf) }))
	};
}
