// One report for the client-rendered Report page (data loaded at run time, not prerendered):
// its metadata, its values with their catalog entries in catalog order, its warnings.
import type { ReportMeta, ReportValue, ReportWarning } from '$lib/report/types';
import type { Query } from '../types';

/** The report a town filed for a year (its first by id, should it have filed two). */
export function townReportQuery(town: string, year: number): Query<{ report_id: string }> {
	return { sql: `SELECT report_id FROM town_reports WHERE town_key = $1 AND year = $2 ORDER BY report_id LIMIT 1`, params: [town, year] };
}

export function reportMetaQuery(id: string): Query<ReportMeta> {
	return {
		sql: `SELECT report_id, source, title, body, level, town, county, city, province, year, format, published, status, n_values
FROM reports WHERE report_id = $1 LIMIT 1`,
		params: [id]
	};
}

export function reportValuesQuery(id: string): Query<ReportValue> {
	return {
		sql: `SELECT v.indicator, CAST(v.value AS DOUBLE) AS value, v.qualifier, v.origin, coalesce(v.quote, '') AS quote, v.start, v."end",
	i."group", i.name_zh, i.name_en, i.unit
FROM vals v LEFT JOIN indicators i ON i.id = v.indicator
WHERE v.report_id = $1
ORDER BY i.rowid NULLS LAST, v.indicator`,
		params: [id]
	};
}

export function reportWarningsQuery(id: string): Query<ReportWarning> {
	return {
		sql: `SELECT code, nullif(indicator, '') AS indicator, coalesce(message, '') AS message FROM warnings WHERE report_id = $1 ORDER BY rowid`,
		params: [id]
	};
}
