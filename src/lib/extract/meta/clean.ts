// Text as metadata rules read it: pinyin glosses from bad converters ("镇(zhèn)") removed.
// Metadata quotes nothing, so this copy needs no offset map.

import { scanReplace } from '../scan';

const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,8}[)）]/g;

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** "二〇一八年" → "2018年": titles and signatures sometimes write the year in Chinese numerals */
const CHINESE_YEAR = /[〇零○Ｏ一二三四五六七八九]{4}(?=\s*年)/g;

function digitsOf(year: string): string {
	return [...year].map((c) => String(Math.max(0, CHINESE_DIGITS.indexOf(c)))).join('');
}

export function metaText(text: string): string {
	// the year class opens no literal: scanReplace skips the text between its characters in JS
	return scanReplace(CHINESE_YEAR, text.replace(PINYIN_GLOSS, ''), digitsOf);
}
