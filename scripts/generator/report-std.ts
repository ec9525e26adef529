// Reports in the standard formats: 一、总体情况 in prose, 二–四 as tables, 五–六 in prose.
import type { Rng } from './prng';
import { join, type Frag, type Piece } from './frag';
import { filler, section } from './common';
import * as F from './filler';
import * as X from './prose';
import { appealTable, articleTwentyTable, requestTable, type StdEdition } from './std';
import type { Layout } from './table';

function fill(c: X.Ctx, list: readonly string[]): string {
	return filler(c.rng, list, c.v, c.town);
}

/** 一、总体情况: numbered sub-items in most reports, one running text in some. */
function overall(c: X.Ctx, applyConflict: boolean): Piece[] {
	const { rng } = c;
	const merger = c.town.absorbed?.year === c.f.year ? fill(c, F.MERGER) : '';
	const items: [string, Piece][] = [
		[rng.pick(['主动公开情况', '主动公开政府信息情况']), join([X.activeParagraph(c), X.responseSentence(c) ?? ''])],
		[rng.pick(['依申请公开情况', '依申请公开办理情况']), X.applySentence(c, applyConflict ? 0 : c.f.req.received)],
		['政府信息管理情况', join([fill(c, F.MANAGEMENT), rng.chance(0.5) ? fill(c, F.KEY_WORK) : '', X.serviceSentence(c) ?? ''])],
		[rng.pick(['平台建设情况', '公开平台建设情况']), join([X.channelParagraph(c), X.wechatReach(c) ?? ''])],
		[rng.pick(['监督保障情况', '教育培训和监督保障情况']), join([fill(c, F.SYSTEMS), X.capacitySentence(c)])]
	];
	const lead = join([fill(c, F.ORG), merger]);
	if (rng.chance(0.25)) return [join([lead, ...items.map(([, p]) => p)])];
	const subs = items.map(([h, p], i) => join([`（${['一', '二', '三', '四', '五'][i]}）${h}。`, p]));
	if (rng.chance(0.5)) return [lead, ...subs];
	return merger ? [merger, ...subs] : subs;
}

function tableLayout(rng: Rng): Layout {
	return rng.weighted([['cells', 0.45], ['tabs', 0.2], ['spaces', 0.12], ['pipes', 0.15], ['flat', 0.08]] as const);
}

export function stdBody(c: X.Ctx, edition: StdEdition, applyConflict: boolean): Frag {
	const { rng } = c;
	const ind = rng.pick(['', '　　', '    ']);
	const layout = tableLayout(rng);
	const intro = join([ind, fill(c, F.BASIS), rng.chance(0.6) ? fill(c, F.PERIOD) : '', rng.chance(0.4) ? fill(c, F.CONTACT) : '', '\n\n']);
	const sixth: Piece[] = edition === 2021 ? [join([X.feeSentence(c, true), rng.chance(0.5) ? fill(c, F.OTHER_MATTERS) : ''])] : [fill(c, F.OTHER_MATTERS)];
	const sections = [
		section(0, '总体情况', overall(c, applyConflict), ind),
		section(1, '主动公开政府信息情况', [articleTwentyTable(c.f, edition, layout, rng)], ''),
		section(2, '收到和处理政府信息公开申请情况', [requestTable(c.f, edition, layout, rng)], ''),
		section(3, rng.pick(['政府信息公开行政复议、行政诉讼情况', '政府信息公开行政复议、行政诉讼情况']), [appealTable(c.f, layout, rng)], ''),
		section(4, rng.pick(['存在的主要问题及改进情况', '存在的主要问题及改进措施']), [fill(c, F.PROBLEMS), fill(c, F.PLANS)], ind),
		section(5, rng.pick(['其他需要报告的事项', '其他需要报告事项']), sixth, ind)
	];
	return join([intro, join(sections, '\n\n')]);
}
