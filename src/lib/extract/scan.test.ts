import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSet } from './first-set';
import { compileAll } from './match';
import { normalise } from './normalise';
import { PROSE_RULES } from './rules';
import { scanAll, scanExec, scanReplace } from './scan';

const chars = (s: string) => {
	const set = firstSet(s)?.first ?? null;
	return set === null ? null : set.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCharCode(lo + k))).join('');
};

describe('firstSet', () => {
	it('reads literals, classes, optional items and alternatives', () => {
		expect(chars('(?:共计?|合计)?(?:公开|发布)')).toBe([...'公共发合'].sort().join(''));
		expect(chars('[0-2]x|\\d')).toBe('0123456789');
		expect(chars('(?:^|\\n)[ \\t]*一')).toBe('\t\n 一');
	});

	it('lets a leading lookahead narrow the opening, and lookbehinds pass', () => {
		expect(chars('(?=[ab])(?<!c)(?:a|b|d)')).toBe('ab');
		expect(chars('\\n|(?<=[。])(?=[一二]、)')).toBe('\n一二');
	});

	it('tells openings the regex engine finds by itself: literal characters only', () => {
		expect(firstSet('(?:共计?|合计)?(?:公开|发布)')?.literal).toBe(true);
		expect(firstSet('(?:^|\\n)一')?.literal).toBe(true);
		expect(firstSet('(?=[ab])a')?.literal).toBe(false);
		expect(firstSet('人员|(?<=公开)员')?.literal).toBe(false);
		expect(firstSet('[一二]{4}')?.literal).toBe(false);
	});

	it('reads only up to the first item that must consume a character, then finds the sequence end', () => {
		// what follows the opening does not matter, even syntax the reader does not model (\1, \b)
		expect(chars('ab(?:c|d)\\1\\b')).toBe('a');
		expect(chars('a[)|]b|c')).toBe('ac');
		expect(chars('a\\)\\|b|c')).toBe('ac');
		expect(chars('a(b|(c))[\\]|]d|e')).toBe('ae');
		expect(chars('(?:x?(?:a[^)]+)|y)z|w')).toBe('axyw'.split('').sort().join(''));
	});

	it('gives no set where a match may be empty or open with anything', () => {
		for (const p of ['a?', '[^x]a', '.b', '\\1a', '(?!x)', 'a|', '\\Sb']) expect(chars(p)).toBeNull();
	});
});

// A fixed-seed mix of the characters rules look at, as in scripts/bench.ts.
function garbage(n: number): string {
	const alphabet = '0123456789年月日条件项次个余多约近超过以上未无没有收到申请公开政府信息发布专职兼职人员镇乡，。、：；（）《》%-— \n\t表一二三四五六七八九十';
	let state = 20260101;
	let text = '';
	for (let i = 0; i < n; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		text += alphabet[state % alphabet.length];
	}
	return normalise(text).text;
}

function plainAll(re: RegExp, text: string): RegExpExecArray[] {
	const out: RegExpExecArray[] = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push(m);
		if (m[0].length === 0) re.lastIndex++;
	}
	return out;
}

const shape = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], { ...m.groups }]);

describe('scanExec', () => {
	const dir = 'data/reports/seeds';
	const texts = [
		...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => normalise(readFileSync(join(dir, f), 'utf8')).text),
		garbage(20000)
	];
	const regexes = compileAll(PROSE_RULES).flatMap((c) => (c.probe ? [c.re, c.probe] : [c.re]));

	it('finds exactly what re.exec finds, for every prose rule and probe', () => {
		for (const re of regexes) {
			const copy = new RegExp(re.source, re.flags);
			for (const text of texts) expect(shape(scanAll(re, text)), re.source).toEqual(shape(plainAll(copy, text)));
		}
	});

	it('leaves lastIndex where re.exec leaves it, also from a set start', () => {
		const re = /[一二三]{2}(?=年)/g;
		const copy = new RegExp(re.source, 'g');
		const text = '一二年,二三年和三一年';
		for (const from of [0, 1, 4, 9, 40]) {
			re.lastIndex = copy.lastIndex = from;
			expect(scanExec(re, text)?.index).toBe(copy.exec(text)?.index);
			expect(re.lastIndex).toBe(copy.lastIndex);
		}
	});

	it('replaces as String.prototype.replace does', () => {
		const re = /[〇一二三四五六七八九]{4}(?=\s*年)/g;
		const text = '二〇一九年 和 二〇二〇 年,一二三年';
		expect(scanReplace(re, text, (m) => `<${m}>`)).toBe(text.replace(re, (m) => `<${m}>`));
		expect(scanReplace(re, '无年份', (m) => m)).toBe('无年份');
	});
});
