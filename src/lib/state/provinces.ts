// Which provinces of the national dataset a view's state reads (its facts load a province at a time).
import { provinceKeyOf } from '$lib/contract/town-key';

/** The provinces a state looks at: its region's, else its towns' (sorted, distinct; [] = the country). */
export function provincesOf(s: { region?: string; towns?: readonly string[] }): string[] {
	const keys = s.region ? [provinceKeyOf(s.region)] : (s.towns ?? []).map(provinceKeyOf);
	return [...new Set(keys.filter(Boolean))].sort();
}
