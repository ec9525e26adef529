// town_id: one stable key per town across years, so the same town's reports line up in trends.
import type { ReportMeta } from '../../src/lib/extract/types';

const BODY_SUFFIXES = /(人民政府|街道办事处|办事处|政府)$/;

/** 松山镇人民政府 → 松山镇, 城关街道办事处 → 城关街道; spaces dropped. */
export function normalisePlace(name: string): string {
	const compact = name.replace(/\s+/g, '');
	const stripped = compact.replace(BODY_SUFFIXES, (suffix) => (suffix === '街道办事处' ? '街道' : ''));
	return stripped;
}

/** The gazetteer code when the town resolved, else `province/county/town` normalised; '' when no town is known. */
export function townId(meta: Pick<ReportMeta, 'town' | 'county' | 'province' | 'town_code'>): string {
	if (meta.town_code) return meta.town_code;
	const town = normalisePlace(meta.town);
	if (!town) return '';
	return [normalisePlace(meta.province), normalisePlace(meta.county), town].join('/');
}
