// Text as metadata rules read it: pinyin glosses from bad converters ("镇(zhèn)") removed.
// Metadata quotes nothing, so this copy needs no offset map.

const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,8}[)）]/g;

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** the characters of a year written in Chinese numerals (零, ○ and Ｏ are 0 too) */
const YEAR_DIGITS = new Set('〇零○Ｏ一二三四五六七八九');
const SPACE = /\s/;

function digitsOf(year: string): string {
	return [...year].map((c) => String(Math.max(0, CHINESE_DIGITS.indexOf(c)))).join('');
}

function isChineseYear(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (!YEAR_DIGITS.has(text[i])) return false;
	return true;
}

/**
 * "二〇一八年" → "2018年": titles and signatures sometimes write the year in Chinese numerals.
 * The year is the four numerals right before a 年 (spaces between allowed), as the regex
 * /[〇零○Ｏ一二三四五六七八九]{4}(?=\s*年)/g finds them; starting from each 年 finds the same
 * ones without trying every 一 and 二 of the text.
 */
function westernYears(text: string): string {
	let out = '';
	let done = 0;
	for (let at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
		let end = at;
		while (end > done && SPACE.test(text[end - 1])) end--;
		const start = end - 4;
		if (start < done || !isChineseYear(text, start, end)) continue;
		out += text.slice(done, start) + digitsOf(text.slice(start, end));
		done = end;
	}
	return done === 0 ? text : out + text.slice(done);
}

export function metaText(text: string): string {
	return westernYears(text.replace(PINYIN_GLOSS, ''));
}
