// Reports before 2019: prose in one of several structures, sometimes with the statistical annex.
import { join, type Frag, type Piece } from './frag';
import { filler, paragraph, section } from './common';
import * as F from './filler';
import * as X from './prose';
import { pre2019Table } from './pre2019';
import type { Layout } from './table';

export interface Planted {
	/** the prose says no request came while the table counts some */
	applyConflict: boolean;
	/** the prose total differs from the table's */
	activeConflict: boolean;
}

function fill(c: X.Ctx, list: readonly string[]): string {
	return filler(c.rng, list, c.v, c.town);
}

/** The absorbing town reports the merger in its year. */
function mergerNote(c: X.Ctx): string {
	return c.town.absorbed?.year === c.f.year ? fill(c, F.MERGER) : '';
}

function overview(c: X.Ctx): Piece[] {
	const { rng } = c;
	return [
		join([rng.chance(0.4) ? fill(c, F.PROFILE) : '', fill(c, F.ORG), mergerNote(c)]),
		join([fill(c, F.SYSTEMS), X.capacitySentence(c)]),
	];
}

function activeSection(c: X.Ctx, planted: Planted): Piece[] {
	const para = planted.activeConflict ? X.activeParagraph({ ...c, f: { ...c.f, active: c.f.active + c.rng.pick(c.f.active > 40 ? [-9, 9, 18, -27, 90] : [9, 18, 90]) }, fuzz: 0 }) : X.activeParagraph(c);
	const keyWork = c.rng.chance(0.6) ? fill(c, F.KEY_WORK) : undefined;
	return [para, keyWork, paragraph(X.channelParagraph(c), X.wechatReach(c)), X.serviceSentence(c)].filter((p): p is Piece => !!p);
}

function applySection(c: X.Ctx, planted: Planted): Frag {
	return X.applySentence(c, planted.applyConflict ? 0 : c.f.req.received);
}

/** Structure A: the classic six sections of the pre-2019 reports. */
function classic(c: X.Ctx, planted: Planted, ind: string): Frag[] {
	const { rng } = c;
	const out: Frag[] = [];
	let n = 0;
	out.push(section(n++, rng.pick(['概述', '基本情况', '总体情况']), overview(c), ind));
	out.push(section(n++, rng.pick(['主动公开政府信息情况', '主动公开政府信息的情况', '政府信息主动公开情况']), activeSection(c, planted), ind));
	const response = X.responseSentence(c);
	if (response) out.push(section(n++, '回应解读情况', [response], ind));
	out.push(section(n++, rng.pick(['依申请公开政府信息办理情况', '依申请公开政府信息情况']), [applySection(c, planted)], ind));
	out.push(section(n++, '政府信息公开的收费及减免情况', [X.feeSentence(c)], ind));
	out.push(section(n++, rng.pick(['因政府信息公开申请行政复议、提起行政诉讼的情况', '行政复议诉讼和举报投诉情况']), [X.appealsSentence(c, true)], ind));
	out.push(section(n++, rng.pick(['存在的主要问题及改进措施', '存在问题及工作打算']), [fill(c, F.PROBLEMS), fill(c, F.PLANS)], ind));
	return out;
}

/** Structure B: a work summary (工作总结) — fewer headings, facts folded into the narrative. */
function summary(c: X.Ctx, planted: Planted, ind: string): Frag[] {
	const { rng } = c;
	const work: Piece[] = [
		join(['（一）加强组织领导。', ...overview(c)]),
		join(['（二）规范公开内容。', ...activeSection(c, planted)]),
		join(['（三）依法办理申请。', applySection(c, planted), rng.chance(0.5) ? X.feeSentence(c) : '', X.appealsSentence(c, false)])
	];
	const response = X.responseSentence(c);
	if (response) work.push(join(['（四）做好回应解读。', response]));
	return [
		section(0, rng.pick(['工作开展情况', '主要工作及成效', `${c.f.year}年工作基本情况`]), work, ind),
		section(1, rng.pick(['存在的问题', '存在问题和不足']), [fill(c, F.PROBLEMS)], ind),
		section(2, rng.pick(['下一步工作打算', '改进措施']), [fill(c, F.PLANS)], ind)
	];
}

/** Structure C: the capacity section moved to the end, as many 2016–2018 reports did. */
function capacityLast(c: X.Ctx, planted: Planted, ind: string): Frag[] {
	const { rng } = c;
	let n = 0;
	const out = [
		section(n++, '基本工作情况', [join([fill(c, F.ORG), mergerNote(c), fill(c, F.SYSTEMS)]), fill(c, F.MANAGEMENT)], ind),
		section(n++, '主动公开政府信息情况', activeSection(c, planted), ind)
	];
	const response = X.responseSentence(c);
	if (response) out.push(section(n++, '回应解读情况', [response], ind));
	out.push(section(n++, '依申请公开政府信息情况', [join([applySection(c, planted), X.feeSentence(c)])], ind));
	out.push(section(n++, '行政复议诉讼和举报投诉情况', [X.appealsSentence(c, true)], ind));
	out.push(section(n++, '机构建设、保障经费和培训会议情况', [X.capacitySentence(c)], ind));
	out.push(section(n++, rng.pick(['存在问题及工作打算', '存在的主要问题和改进情况']), [join([fill(c, F.PROBLEMS), fill(c, F.PLANS)])], ind));
	return out;
}

export function pre2019Body(c: X.Ctx, planted: Planted, layout: Layout | undefined): Frag {
	const { rng } = c;
	const ind = rng.pick(['', '　　', '    ']);
	const intro = join([ind, fill(c, F.BASIS), rng.chance(0.3) ? fill(c, F.PERIOD) : '', rng.chance(0.25) ? fill(c, F.CONTACT) : '', '\n\n']);
	const structure = rng.weighted([[classic, 0.45], [summary, 0.3], [capacityLast, 0.25]] as const);
	const sections = structure(c, planted, ind);
	const parts: Piece[] = [intro, join(sections, '\n\n')];
	if (layout) {
		const caption = `${c.f.year}年度${c.v.town}政府信息公开工作情况统计表`;
		parts.push(`\n\n${rng.pick([`附：1、${caption}\n 附件1\n\n`, '附件\n\n', '附表：\n\n'])}${caption}\n\n`, pre2019Table(c.f, layout, rng));
	}
	return join(parts);
}
