// Finds the report's title line among page chrome (breadcrumbs, header tables, login links).
import { TITLE_END, TITLE_LINE, TITLE_PREFIXES } from './patterns';

const HEAD_LINES = 60;
const MAX_TITLE = 60;
const SENTENCE_PUNCT = /[，,。；;：:！？]/;
/** a title glued to the first sentence: "…年度报告根据《条例》…" */
const GLUED_TITLE = /^(.{4,50}?(?:报告|总结|年报))(?=\s?(?:根据|依据|按照|本|为|现将))/;

function clean(line: string): string {
	return line.replace(TITLE_PREFIXES, '').replace(/[|｜]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** breadcrumbs ("首页 > 政务公开 > …", "首页/ 政府信息公开 / …") are navigation, not titles */
const BREADCRUMB = /^(首页|当前位置|您当前|您现在)|\s[/>]\s|>/;

/** a navigation bar: three or more items side by side ("政府信息公开指南 | …目录 | …年报") */
function isNavigation(line: string): boolean {
	return line.split(/\s+/).filter((item) => /[\u3400-\u9fff]{2}/.test(item)).length >= 3;
}

/**
 * an item of a list of links ("· 某镇2022年…年度报告", "1. …" under 相关文章): another page's
 * title, never this page's (a title is not bulleted or numbered)
 */
const LINK_ITEM = /^(?:[·•▪▸►◆◇○●■□★☆*]|\d{1,2}[.、．]|\[\d{1,2}\]|[(（]\d{1,2}[)）])/;

function asTitle(line: string): string | null {
	if (!TITLE_LINE.test(line) || BREADCRUMB.test(line) || LINK_ITEM.test(line)) return null;
	// (a page flattened into one line starts with its title: the glued form comes first)
	const glued = GLUED_TITLE.exec(line);
	if (glued && TITLE_LINE.test(glued[1])) return glued[1].trim();
	if (isNavigation(line) || !TITLE_END.test(line)) return null;
	if (line.length > MAX_TITLE || SENTENCE_PUNCT.test(line.replace(/[（(][^）)]*[）)]/g, ''))) return null;
	return line;
}

/** The first `count` lines, without splitting the rest of a long text. */
export function firstLines(text: string, count: number): string[] {
	const out: string[] = [];
	let from = 0;
	while (out.length < count) {
		const end = text.indexOf('\n', from);
		if (end < 0) {
			out.push(text.slice(from));
			break;
		}
		out.push(text.slice(from, end));
		from = end + 1;
	}
	return out;
}

/**
 * The head's non-empty cleaned lines, cut out and cleaned only as far as they are read: most
 * titles are on the first lines, and splitting and cleaning all sixty lines of every report cost
 * more than the search.
 */
class HeadLines {
	private readonly cleaned: string[] = [];
	/** where the next raw line starts; -1 once the text is used up */
	private from = 0;
	private rawRead = 0;

	constructor(private readonly text: string) {}

	/** the next of the first HEAD_LINES lines, as firstLines gives them */
	private nextRaw(): string | undefined {
		if (this.from < 0 || this.rawRead >= HEAD_LINES) return undefined;
		this.rawRead++;
		const end = this.text.indexOf('\n', this.from);
		const line = this.text.slice(this.from, end < 0 ? this.text.length : end);
		this.from = end < 0 ? -1 : end + 1;
		return line;
	}

	at(i: number): string | undefined {
		while (this.cleaned.length <= i) {
			const raw = this.nextRaw();
			if (raw === undefined) break;
			const line = clean(raw);
			if (line.length > 0) this.cleaned.push(line);
		}
		return this.cleaned[i];
	}
}

/** lines split by a page layout: "…2025年" + "政府信息公开工作年度报告", "…政务公开工作" + "落实情况报告" */
function joined(lines: HeadLines, i: number): string | null {
	const line = lines.at(i)!;
	const next = lines.at(i + 1);
	if (next === undefined || line.length > 40 || next.length > 20) return null;
	return asTitle(line + next);
}

const MAX_HEADINGS = 8;
/** "一、", "1." …: the body of the page has begun ("(一)…" may still be a catalogue's heading) */
const SECTION_START = /^([一二三四五六七八九十]+、|\d+[.、])/;

/** short lines of a page without a report title, before its first section: what the page says it is */
export function findHeadings(text: string): string[] {
	const lines = firstLines(text, HEAD_LINES).map(clean).filter((l) => l.length > 0);
	const end = lines.findIndex((l) => SECTION_START.test(l));
	const head = end < 0 ? lines : lines.slice(0, end);
	return head.filter((l) => l.length <= MAX_TITLE && !BREADCRUMB.test(l) && !SENTENCE_PUNCT.test(l) && /[\u3400-\u9fff]{4}/.test(l)).slice(0, MAX_HEADINGS);
}

/** the heading of a list of links to other pages, in a sidebar the page text may begin with */
const LINKS_HEADING = /^(?:相关(?:文章|阅读|链接|信息|新闻|推荐)|热点(?:推荐|信息|文章)|推荐(?:阅读|文章)|延伸阅读|猜你喜欢|热门(?:文章|信息)|最新(?:文章|信息|发布))\s*[:：]?$/;

export function findTitle(text: string): string {
	const lines = new HeadLines(text);
	// title lines right under a list heading are links: the page's own title is one found later, or
	// failing that the list's last line (a page may follow its sidebar list with its title)
	let underLinks = false;
	let lastLink = '';
	for (let i = 0, line = lines.at(0); line !== undefined; line = lines.at(++i)) {
		if (LINKS_HEADING.test(line)) {
			underLinks = true;
			continue;
		}
		const title = asTitle(line);
		if (title && underLinks) {
			lastLink = title;
			continue;
		}
		underLinks = false;
		if (title) {
			// a two-line title whose first line already matched: keep the fuller one
			const longer = /年度?$/.test(line) ? joined(lines, i) : null;
			return longer ?? title;
		}
		const split = joined(lines, i);
		if (split && (!TITLE_LINE.test(lines.at(i + 1)!) || /年度?$/.test(line))) return split;
	}
	return lastLink;
}
