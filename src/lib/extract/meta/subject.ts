// Who wrote the report: the body named in the title or the opening lines, and what level it is.
import { countMatches } from '../count';
import type { Gazetteer, Level } from '../types';
import { townOfBody } from './names';
import { SUBJECT_TRAIL, TOWNSHIP_OFFICE, BODY_TAILS, COUNTY_ENDINGS, DEPARTMENT_ENDINGS, SELF_REFERENCES, SUBJECT_LEAD, SUBJECT_PATTERNS, TOWN_SUFFIXES } from './patterns';

export interface Subject {
	/** the body as named, e.g. 松山镇人民政府 */
	body: string;
	level: Level;
	/** town name at the end of the body, '' when the body is not a township or names none */
	town: string;
}

const OPENING = 800;
const CITED_TITLE = /《[^》]*》/g;
const SELF_NAME = /^(我|本)/;
const OTHERS_NAME = /^(全|该|各|每|上级|县|区|市)/;

function stripTails(name: string): string {
	let s = name.replace(/的$/, '');
	for (let changed = true; changed; ) {
		changed = false;
		for (const t of BODY_TAILS) if (s.endsWith(t) && s.length > t.length) { s = s.slice(0, -t.length); changed = true; }
	}
	return s;
}

export function levelOfName(name: string): Level | null {
	const core = stripTails(name);
	if (TOWNSHIP_OFFICE.test(core)) return 'township';
	if (TOWN_SUFFIXES.some((s) => core.endsWith(s))) return 'township';
	if (DEPARTMENT_ENDINGS.some((s) => core.endsWith(s))) return 'other';
	if (core.length >= 2 && COUNTY_ENDINGS.includes(core[core.length - 1])) return 'county';
	return null;
}

/** names in the order the text gives them, whichever pattern found them */
function subjectsIn(text: string): string[] {
	const found: { at: number; name: string }[] = [];
	// titles of cited documents (《…2017年全县政务公开工作安排的通知》) name someone else
	// (a replace with a callback costs more than looking for the bracket first)
	const own = text.includes('《') ? text.replace(CITED_TITLE, (m) => '《' + '\u3000'.repeat(m.length - 2) + '》') : text;
	for (const p of SUBJECT_PATTERNS) for (const m of own.matchAll(p)) found.push({ at: m.index + m[0].indexOf(m[1]), name: m[1].replace(SUBJECT_TRAIL, '').replace(SUBJECT_LEAD, '').replace(/的$/, '') });
	return found.filter((f) => f.name.length > 0).sort((a, b) => a.at - b.at).map((f) => f.name);
}

function selfLevel(text: string): Level | null {
	let best: { level: Level; n: number } | null = null;
	for (const r of SELF_REFERENCES) {
		const n = countMatches(text, r.pattern);
		if (n > 0 && (!best || n > best.n)) best = { level: r.level, n };
	}
	return best?.level ?? null;
}

function classified(names: string[], g?: Gazetteer): Subject | null {
	for (const body of names) {
		const level = levelOfName(body);
		if (!level) continue;
		// "我乡", "本局" are counted by selfLevel over the whole text; "全县", "该镇" speak of others
		if (SELF_NAME.test(body) || OTHERS_NAME.test(body)) continue;
		const core = stripTails(body);
		if (TOWN_SUFFIXES.includes(core)) return { body: '', level, town: '' };
		return { body, level, town: level === 'township' ? townOfBody(core, g) : '' };
	}
	return null;
}

/** title first, then the opening lines, then first-person references ("我镇", "本局") */
export function findSubject(title: string, text: string, g?: Gazetteer): Subject | null {
	const found = classified(subjectsIn(title), g) ?? classified(subjectsIn(text.slice(0, OPENING)), g);
	if (found) return found;
	const level = selfLevel(text);
	return level ? { body: '', level, town: '' } : null;
}
