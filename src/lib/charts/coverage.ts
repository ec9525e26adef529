// How many towns filed in each year: per-year counts (rows from coverageQuery) → a stacked bar strip
// (filed, filed with warnings, no report; they add up to the towns known), its table and CSV. Which
// towns filed in which years is the Data view's coverage matrix. Pure: no DOM, no I/O.
import type { EChartsOption } from 'echarts';
import type { CoverageYearRow } from '$lib/db/queries/overview';
import { BASE, escapeHtml, type CsvModel, type TableModel } from './frame';
import { PALETTE } from './theme';

export interface CoverageLabels {
	/** the year the overview shows: its bars at full strength, its label bold */
	year: number;
	series: { clean: string; warned: string; none: string };
	known: string;
	/** "2024 年：60 个乡镇中 57 个提交年报" */
	tip: (year: number, filed: number, known: number) => string;
}

const COLORS = [PALETTE[0], PALETTE[1], '#c8c8c8'];

/**
 * The stacked series: filed without warnings, with warnings, no report — or, where warnings are not
 * counted (a national summary), filed and no report: an unknown is not drawn as zero warnings.
 */
function stacks(rows: CoverageYearRow[], t: CoverageLabels) {
	const counted = rows.some((r) => r.warned !== null);
	return counted
		? {
				names: [t.series.clean, t.series.warned, t.series.none],
				colors: COLORS,
				parts: (r: CoverageYearRow) => [r.filed - (r.warned ?? 0), r.warned ?? 0, r.known - r.filed]
			}
		: { names: [t.series.clean, t.series.none], colors: [COLORS[0], COLORS[2]], parts: (r: CoverageYearRow) => [r.filed, r.known - r.filed] };
}

export const COVERAGE_HEIGHT = 200;

export function coverageOption(rows: CoverageYearRow[], t: CoverageLabels): EChartsOption {
	const { names, colors, parts } = stacks(rows, t);
	return {
		...BASE,
		color: colors,
		// room for the legend on two lines (a 375 px screen)
		grid: { left: 8, right: 16, top: 52, bottom: 8, containLabel: true },
		legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
		tooltip: {
			trigger: 'axis',
			confine: true,
			axisPointer: { type: 'shadow' },
			formatter: (ps: unknown) => {
				const list = ps as { dataIndex: number; marker: string; seriesName: string; value: number }[];
				const r = rows[list[0]?.dataIndex ?? 0];
				const lines = list.map((p) => `${p.marker}${escapeHtml(p.seriesName)} <b>${p.value}</b>`);
				return [`<b>${escapeHtml(t.tip(r.year, r.filed, r.known))}</b>`, ...lines].join('<br/>');
			}
		},
		xAxis: {
			type: 'category',
			data: rows.map((r) => String(r.year)),
			axisLabel: { interval: 0, hideOverlap: true, formatter: (v: string) => (v === String(t.year) ? `{now|${v}}` : v), rich: { now: { fontWeight: 'bold' } } }
		},
		// no axis name: the legend sits where it would go, and the title carries the unit
		yAxis: { type: 'value', minInterval: 1 },
		series: names.map((name, i) => ({
			type: 'bar' as const,
			name,
			stack: 'towns',
			barMaxWidth: 36,
			data: rows.map((r) => ({
				value: parts(r)[i],
				year: r.year,
				// the other years fade rather than this one being outlined: an outline hides a one-town segment
				itemStyle: r.year === t.year ? {} : { opacity: 0.45 }
			}))
		}))
	};
}

/** One row per year: exactly the stacked counts, and the towns known they add up to. */
export function coverageTable(rows: CoverageYearRow[], t: CoverageLabels): TableModel {
	const { names, parts } = stacks(rows, t);
	return {
		columns: [...names, t.known].map((label) => ({ label, numeric: true })),
		rows: rows.map((r) => ({
			head: String(r.year),
			key: String(r.year),
			cells: [...parts(r), r.known].map((v) => ({ text: String(v), value: v }))
		}))
	};
}

export function coverageCsv(rows: CoverageYearRow[]): CsvModel {
	return {
		header: ['year', 'towns_known', 'towns_filed', 'towns_filed_with_warnings', 'towns_without_report'],
		rows: rows.map((r) => [r.year, r.known, r.filed, r.warned, r.known - r.filed])
	};
}
