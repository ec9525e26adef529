// INTERIM placeholder so the orchestrator compiles while metadata is written (owner: metadata helper).
import type { ExtractOptions, ExtractWarning, Normalised, ReportMeta } from './types';

export function extractMeta(n: Normalised, _opts: ExtractOptions = {}): { meta: ReportMeta; warnings: ExtractWarning[] } {
	const title = n.text.split('\n').find((l) => l.trim())?.trim() ?? '';
	return {
		meta: { title, body: '', level: 'township', town: '', county: '', city: '', province: '', town_code: '', year: null, format: 'prose', published: '', recognized: true },
		warnings: []
	};
}
