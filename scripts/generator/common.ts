// Parts every report has: the title, web-page chrome, the opening, the signature, filler text.
import type { Rng } from './prng';
import type { Town } from './towns';
import { join, type Frag, type Piece } from './frag';
import type { Voice } from './say';
import * as F from './filler';

export interface Dated {
	/** publication date, YYYY-MM-DD */
	iso: string;
	month: number;
	day: number;
	year: number;
}

/** Filled filler: no facts; slots first, then the {a|b} alternations. */
export function filler(rng: Rng, list: readonly string[], v: Voice, town: Town): string {
	const merged = town.absorbed;
	const focus = rng.shuffle(F.focusAreas(v.year));
	const head = v.kind === '街道' ? '街道办事处主任' : `${v.kind}长`;
	const slotted = rng.pick(list)
		.replaceAll('{FOCUS}', `${focus[0]}、${focus[1]}`).replaceAll('{HEAD}', head)
		.replaceAll('{W}', v.self).replaceAll('{T}', v.town).replaceAll('{K}', v.kind).replaceAll('{C}', v.county)
		.replaceAll('{Y1}', String(v.year + 1)).replaceAll('{Y}', String(v.year))
		.replaceAll('{A}', town.county.abbr).replaceAll('{D}', String(rng.int(3, 96)))
		.replaceAll('{P1}', String(rng.int(700, 799))).replaceAll('{P2}', String(rng.int(5000000, 8999999)))
		.replaceAll('{Z}', `3${rng.int(30, 49)}${rng.int(100, 999)}`).replaceAll('{V}', String(town.villages))
		.replaceAll('{DIR}', rng.pick(F.DIRECTIONS))
		.replaceAll('{MY}', String(merged?.year ?? '')).replaceAll('{M}', merged?.town.name.name ?? '');
	return alternate(rng, slotted);
}

/** Resolve {a|b|c} groups, innermost first, so groups may nest. */
export function alternate(rng: Rng, s: string): string {
	const group = /\{([^{}]*\|[^{}]*)\}/;
	for (let m = group.exec(s); m; m = group.exec(s)) s = s.slice(0, m.index) + rng.pick(m[1].split('|')) + s.slice(m.index + m[0].length);
	return s;
}

export function title(rng: Rng, v: Voice, summary: boolean): string {
	const body = v.kind === '街道' && rng.chance(0.3) ? `${v.town}办事处` : v.town;
	const options = [
		`${body}${v.year}年政府信息公开工作年度报告`,
		`${body}${v.year}年度政府信息公开工作年度报告`,
		`${body}人民政府${v.year}年政府信息公开工作年度报告`,
		`${v.county}${body}${v.year}年政府信息公开工作年度报告`
	];
	if (summary) options.push(`${body}${v.year}年政务公开工作总结`, `${body}${v.year}年度政府信息公开工作报告`);
	return rng.pick(options);
}

export function publicationDate(rng: Rng, year: number, late: boolean): Dated {
	const month = late ? rng.int(5, 11) : rng.weighted([[1, 0.45], [2, 0.3], [3, 0.25]] as const);
	const day = rng.int(1, 28);
	const pad = (n: number) => String(n).padStart(2, '0');
	return { iso: `${year + 1}-${pad(month)}-${pad(day)}`, month, day, year: year + 1 };
}

/** Web-page chrome above the title; returns whether it states the publication date. */
export function chrome(rng: Rng, v: Voice, date: Dated, late: boolean): { head: string; statesDate: boolean } {
	const lines: string[] = [];
	if (rng.chance(0.35)) lines.push(rng.pick([`首页 > 政府信息公开 > 乡镇（街道） > ${v.town} > 年度报告`, `您当前所在位置：首页 > 信息公开 > 政府信息公开年报`, '登录     注册']));
	if (rng.chance(0.3)) lines.push(`${v.county}人民政府`);
	// a late report keeps its date line so the lateness stays visible in the demo
	const statesDate = rng.chance(0.7) || late;
	if (statesDate) {
		const hits = rng.int(12, 3000);
		lines.push(rng.pick([
			`发布日期：${date.iso}    点击数：${hits}`,
			`发布时间：${date.iso} ${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}  来源：${v.town}`,
			`索引号：${rng.int(10000000, 99999999)}/${date.year}-${String(rng.int(1, 999)).padStart(5, '0')}　发布日期：${date.iso}　浏览次数：${hits}`
		]));
	}
	if (rng.chance(0.25)) lines.push('【字体：大 中 小】　【打印】');
	return { head: lines.length ? lines.join('\n') + '\n\n' : '', statesDate };
}

/** Signature and date. The signing date is not taken for the publication date (only page chrome states that). */
export function signature(rng: Rng, v: Voice, date: Dated): string {
	const roll = rng.next();
	const pad = '　'.repeat(rng.int(0, 12));
	const body = v.kind === '街道' ? `${v.town}办事处` : `${v.town}人民政府`;
	if (roll < 0.5) return `\n\n${pad}${body}\n${pad}${date.year}年${date.month}月${date.day}日\n`;
	if (roll < 0.65) return `\n\n${pad}${body}\n${pad}${date.year}${date.month}${date.day}\n`;
	return '\n';
}

export function paragraph(...pieces: (Piece | undefined)[]): Frag {
	return join(pieces.filter((p): p is Piece => p !== undefined));
}

/** Headings: numbered one level (一、) and two levels (（一）). */
export const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function section(n: number, heading: string, body: Piece[], indent: string): Frag {
	return join([`${indent}${CN_NUM[n]}、${heading}\n\n`, join(body.map((b) => join([indent, b])), '\n\n')]);
}

