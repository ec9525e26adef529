// From the facts a report's text states to its truth: one value per indicator, the table's value
// where a table states it; prose that disagrees with its own table is a conflict to be warned of.
import { proseAllows } from '../../src/lib/extract/refiners';
import type { Fact } from './frag';

export interface Resolved {
	/** one per indicator, the value a correct extractor returns */
	kept: Fact[];
	/** borderline readings (required=0): acceptable, not required */
	optional: Fact[];
	conflicts: { indicator: string; prose: Fact; table: Fact }[];
}

/**
 * Does a prose statement agree with the table's exact number? One definition for the product and
 * its ground truth: "30余条" allows 39, "逾180条" allows 187 (see the extractor's refiners).
 */
export function agrees(prose: Fact, table: Fact): boolean {
	return proseAllows(prose, table.value);
}

export function resolve(facts: readonly Fact[]): Resolved {
	const byIndicator = new Map<string, Fact[]>();
	for (const f of facts) byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
	const out: Resolved = { kept: [], optional: [], conflicts: [] };
	for (const [indicator, list] of byIndicator) {
		const required = list.filter((f) => f.required);
		if (!required.length) {
			out.optional.push(list[0]);
			continue;
		}
		const table = required.find((f) => f.origin === 'table');
		const keep = table ?? required[0];
		out.kept.push(keep);
		for (const f of required) {
			if (f === keep) continue;
			if (table && f.origin === 'prose' && !agrees(f, table)) out.conflicts.push({ indicator, prose: f, table });
			else if (!table && f.value !== keep.value) throw new Error(`生成器自相矛盾 / generator stated ${indicator} twice: ${f.value} vs ${keep.value}`);
		}
	}
	out.kept.sort((a, b) => a.start - b.start);
	return out;
}
