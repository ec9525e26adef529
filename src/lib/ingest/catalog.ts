// The indicator catalog as the CSV import reads column names and checks values: by id, or by the
// Chinese name a person may write as a column header instead.
import type { IndicatorMeta } from '$lib/catalog';
import type { Catalog } from './csv/wide';

export function catalogOf(list: readonly IndicatorMeta[]): Catalog {
	const ids = new Map(list.map((i) => [i.id, i]));
	const byName = new Map(list.map((i) => [i.name_zh, i.id]));
	return {
		idOf: (name) => (ids.has(name) ? name : byName.get(name)),
		unitOf: (id) => ids.get(id)?.unit
	};
}
