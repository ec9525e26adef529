// The overview of the national `scale` dataset at the country level: the country summary and the
// mover indicator's two national files (attached here), never the country's facts. Loaded only when
// a page shows it, so the home page's first JavaScript does not carry it.
import { query } from './dataset';
import type { DatasetId } from './datasets';
import { MOVER_INDICATOR, type CoverageYearRow, type OverviewRows } from './queries/overview';
import { scaleCoverageQuery, scaleOverviewRows } from './queries/scale-overview';

export async function scaleOverview(ds: DatasetId, year: number): Promise<OverviewRows> {
	const prev = await (await import('./load-scale')).attachIndicator(MOVER_INDICATOR, year);
	return scaleOverviewRows((q) => query(ds, q), year, prev);
}

export const scaleCoverage = (ds: DatasetId): Promise<CoverageYearRow[]> => query(ds, scaleCoverageQuery());
