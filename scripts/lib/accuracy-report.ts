// Prints a corpus score for people: overall rates, breakdowns, the false values and misses with their
// quotes and evidence, metadata and warnings.
import type { CorpusScore } from './corpus';
import { breakdown, byYearBand, rates, yearBand, type Rates, type ValueScore } from './score';
import { probeTotals, type FamilyScore } from './score-probe';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatRates(label: string, r: Rates): string {
	return `${label.padEnd(22)} P ${pct(r.precision).padStart(6)} (${r.nCorrect}/${r.nFound})   R ${pct(r.recall).padStart(6)} (${r.nHits}/${r.nRequired})`;
}

function printBreakdown(title: string, parts: Map<string, Rates>): void {
	console.log(`\n  ${title}`);
	for (const [k, r] of parts) console.log(`    ${formatRates(k, r)}`);
}

function printFalseValues(score: ValueScore, limit: number): void {
	const wrong = score.found.filter((f) => !f.correct);
	console.log(`\n  误报 false values: ${wrong.length}`);
	for (const f of wrong.slice(0, limit)) {
		const want = f.expected.length ? `expected ${f.expected.map((e) => e.value).join('|')}` : 'not expected';
		console.log(`    ✗ ${f.found.file} ${f.found.indicator} = ${f.found.value} (${f.found.qualifier}, ${want}) «${oneLine(f.found.quote)}»`);
	}
	if (wrong.length > limit) console.log(`    … ${wrong.length - limit} more`);
}

function printMisses(score: ValueScore, limit: number): void {
	const misses = score.required.filter((r) => !r.hit);
	console.log(`\n  漏报 misses: ${misses.length}`);
	for (const m of misses.slice(0, limit)) {
		const got = m.found ? `got ${m.found.value} ${m.found.qualifier}` : 'not found';
		console.log(`    ○ ${m.expected.file} ${m.expected.indicator} = ${m.expected.value} ${m.expected.qualifier} (${got}) «${oneLine(m.expected.evidence)}»`);
	}
	if (misses.length > limit) console.log(`    … ${misses.length - limit} more`);
}

const oneLine = (text: string): string => {
	const flat = text.replace(/\s+/g, ' ');
	// both ends: a long table quote names its section at the start and the cell at the end
	return flat.length > 80 ? `${flat.slice(0, 38)} … ${flat.slice(-38)}` : flat;
};

function printMeta(score: CorpusScore, limit: number): void {
	const byField = new Map<string, { ok: number; total: number }>();
	for (const c of score.meta.checks) {
		const entry = byField.get(c.field) ?? { ok: 0, total: 0 };
		entry.total++;
		if (c.ok) entry.ok++;
		byField.set(c.field, entry);
	}
	console.log('\n  元数据 metadata:');
	for (const [field, { ok, total }] of byField) console.log(`    ${field.padEnd(10)} ${ok}/${total}`);
	const negOk = score.meta.negatives.filter((n) => n.ok).length;
	console.log(`    ${'negatives'.padEnd(10)} ${negOk}/${score.meta.negatives.length} unrecognized with no values`);
	const wrong = [...score.meta.checks, ...score.meta.negatives].filter((c) => !c.ok);
	for (const c of wrong.slice(0, limit)) console.log(`    ✗ ${c.file} ${c.field}: expected “${c.expected}”, got “${c.found}”`);
	if (wrong.length > limit) console.log(`    … ${wrong.length - limit} more`);
}

function printWarnings(score: CorpusScore): void {
	const { expected, raisedByCode } = score.warnings;
	const raised = [...raisedByCode].map(([code, n]) => `${code} ${n}`).join(', ') || 'none';
	console.log(`\n  警告 warnings: expected raised ${expected.filter((e) => e.raised).length}/${expected.length}; all raised: ${raised}`);
	for (const e of expected.filter((w) => !w.raised)) console.log(`    ○ ${e.file} ${e.code} ${e.indicator}`);
}

export interface PrintOptions {
	groupOf: Map<string, string>;
	listLimit: number;
}

export function printCorpusScore(name: string, score: CorpusScore, options: PrintOptions): void {
	const info = (file: string) => score.fileInfo.get(file);
	console.log(`\n━━ ${name} ━━ ${score.run.reports.length} files`);
	console.log(`  ${formatRates('overall 总体', rates(score.values))}`);
	printBreakdown('per format 按格式', breakdown(score.values, (file) => info(file)?.format ?? 'none'));
	printBreakdown('per year band 按年份', breakdown(score.values, (file) => yearBand(info(file)?.year ?? null), byYearBand));
	printBreakdown('per qualifier 按限定', breakdown(score.values, (_f, _i, qualifier) => qualifier));
	printBreakdown('per group 按指标组', breakdown(score.values, (_f, indicator) => options.groupOf.get(indicator) ?? '(unknown id)'));
	printFalseValues(score.values, options.listLimit);
	printMisses(score.values, options.listLimit);
	printMeta(score, options.listLimit);
	printWarnings(score);
}

/** The indicators with the most errors (misses + false values), each with one example. */
export function printWorstIndicators(score: ValueScore, n: number): void {
	const perIndicator = breakdown(score, (_f, indicator) => indicator);
	const errors = [...perIndicator].map(([id, r]) => ({ id, r, errors: r.nRequired - r.nHits + (r.nFound - r.nCorrect) }));
	const worst = errors.filter((e) => e.errors > 0).sort((a, b) => b.errors - a.errors || a.id.localeCompare(b.id)).slice(0, n);
	console.log(`\n  最差 ${n} 个指标 worst ${n} indicators:`);
	for (const w of worst) {
		const miss = score.required.find((m) => !m.hit && m.expected.indicator === w.id);
		const wrong = score.found.find((f) => !f.correct && f.found.indicator === w.id);
		const example = miss
			? `miss ${miss.expected.file}: ${miss.expected.value} «${oneLine(miss.expected.evidence)}»`
			: wrong ? `false ${wrong.found.file}: ${wrong.found.value} «${oneLine(wrong.found.quote)}»` : '';
		console.log(`    ${formatRates(w.id, w.r)}  ${example}`);
	}
	if (worst.length === 0) console.log('    (none)');
}

const ratio = (part: number, whole: number): string => (whole === 0 ? '     –' : pct(part / whole).padStart(6));

/**
 * The probe grammar next to a corpus, per indicator group: probe recall and false values (traps
 * must yield nothing), then the corpus's precision and recall for the same group.
 */
export function printProbeTable(scores: FamilyScore[], corpus: ValueScore | null, groupOf: Map<string, string>, corpusName = 'corpus'): void {
	const perGroup = corpus ? breakdown(corpus, (_f, indicator) => groupOf.get(indicator) ?? '(unknown id)') : new Map<string, Rates>();
	const groups = [...new Set([...scores.map((s) => s.group), ...perGroup.keys()])].sort((a, b) => (a.startsWith('trap') ? 1 : 0) - (b.startsWith('trap') ? 1 : 0) || a.localeCompare(b));
	const t = probeTotals(scores);
	console.log(`\n━━ 探针语法 probe grammar ━━ ${t.probes} sentences, ${scores.length} families`);
	console.log(`  ${'group / family'.padEnd(40)} ${'probe R'.padStart(8)} ${'(hits/exp)'.padStart(13)} ${'false'.padStart(6)}   ${`${corpusName} P`.padStart(12)} ${`${corpusName} R`.padStart(12)}`);
	for (const g of groups) {
		const fams = scores.filter((s) => s.group === g);
		const sum = (f: (s: FamilyScore) => number) => fams.reduce((a, s) => a + f(s), 0);
		const c = perGroup.get(g);
		const corpusCols = c ? `${ratio(c.nCorrect, c.nFound).padStart(12)} ${ratio(c.nHits, c.nRequired).padStart(12)}` : '';
		console.log(`  ${g.padEnd(40)} ${ratio(sum((s) => s.hits), sum((s) => s.expected)).padStart(8)} ${`(${sum((s) => s.hits)}/${sum((s) => s.expected)})`.padStart(13)} ${String(sum((s) => s.falseValues)).padStart(6)}   ${corpusCols}`);
		// a trap family states nothing: its size stands where the hits would
		const count = (s: FamilyScore) => (s.expected ? `(${s.hits}/${s.expected})` : `${s.probes} probes`);
		for (const s of fams) console.log(`    ${s.family.padEnd(38)} ${ratio(s.hits, s.expected).padStart(8)} ${count(s).padStart(13)} ${String(s.falseValues).padStart(6)}`);
	}
	console.log(`  probe recall ${pct(t.recall)} (${t.hits}/${t.expected}), false values ${t.falseValues}, trap values ${t.trapValues}`);
	const bad = scores.flatMap((s) => [...s.misses.slice(0, 2).map((m) => `○ ${s.family}: «${m.sentence.replace(/\n/g, '⏎')}» want ${m.want} got ${m.got}`), ...s.falses.slice(0, 2).map((m) => `✗ ${s.family}: «${m.sentence.replace(/\n/g, '⏎')}» got ${m.got}`)]);
	for (const line of bad.slice(0, 20)) console.log(`    ${line}`);
}
