// Fictional place names. Names are composed from syllables (with pinyin for file slugs) and every
// composed name is checked against the national gazetteer, so no demo town can be mistaken for a
// real one. The gazetteer names are passed in: this file stays free of I/O.
import type { Rng } from './prng';

type Syllable = readonly [han: string, pinyin: string];

const FIRST: readonly Syllable[] = [
	['岚', 'lan'], ['澄', 'cheng'], ['枫', 'feng'], ['栖', 'qi'], ['霁', 'ji'], ['漪', 'yi'],
	['苇', 'wei'], ['芷', 'zhi'], ['蘅', 'heng'], ['琅', 'lang'], ['涟', 'lian'],
	['翠', 'cui'], ['鹭', 'lu'], ['棠', 'tang'], ['楝', 'lian'], ['槐', 'huai'], ['杉', 'shan'],
	['菱', 'ling'], ['荇', 'xing'], ['苕', 'tiao'], ['蓼', 'liao'], ['芦', 'lu'], ['桐', 'tong'],
	['溆', 'xu'], ['泷', 'long'], ['洑', 'fu'], ['沄', 'yun'], ['汭', 'rui'], ['浔', 'xun'],
	['雁', 'yan'], ['鹤', 'he'], ['鹊', 'que'], ['鸾', 'luan'], ['燕', 'yan'], ['鸥', 'ou'],
	['晴', 'qing'], ['曦', 'xi'], ['霞', 'xia'], ['岫', 'xiu'], ['峦', 'luan'], ['嶂', 'zhang'],
	['砚', 'yan'], ['琴', 'qin'], ['笛', 'di'], ['箬', 'ruo'], ['藤', 'teng'], ['莼', 'chun'],
	['蕙', 'hui'], ['茗', 'ming'], ['荻', 'di'], ['萸', 'yu'], ['榆', 'yu'], ['樟', 'zhang'],
	['柘', 'zhe'], ['楸', 'qiu'], ['桤', 'qi'], ['椿', 'chun'], ['璜', 'huang'], ['瑶', 'yao'],
	['珂', 'ke'], ['璞', 'pu'], ['霖', 'lin'], ['霏', 'fei'], ['雯', 'wen'], ['昙', 'tan'],
	['墨', 'mo'], ['黛', 'dai'], ['缃', 'xiang'], ['绯', 'fei'], ['溱', 'zhen'], ['湄', 'mei']
];

const SECOND: readonly Syllable[] = [
	['溪', 'xi'], ['塘', 'tang'], ['湾', 'wan'], ['埠', 'bu'], ['坪', 'ping'], ['垭', 'ya'],
	['陂', 'bei'], ['冈', 'gang'], ['岭', 'ling'], ['坳', 'ao'], ['渚', 'zhu'], ['汀', 'ting'],
	['洲', 'zhou'], ['浦', 'pu'], ['滩', 'tan'], ['峪', 'yu'], ['畈', 'fan'], ['垄', 'long'],
	['桥', 'qiao'], ['渡', 'du'], ['庄', 'zhuang'], ['铺', 'pu'], ['堰', 'yan'], ['源', 'yuan'],
	['泉', 'quan'], ['峰', 'feng'], ['川', 'chuan'], ['原', 'yuan'], ['林', 'lin'], ['谷', 'gu'],
	['湖', 'hu'], ['江', 'jiang'], ['口', 'kou'], ['集', 'ji'], ['寨', 'zhai'], ['台', 'tai'],
	['墩', 'dun'], ['圩', 'wei'], ['垌', 'dong'], ['岗', 'gang'], ['坝', 'ba'], ['沟', 'gou'],
	['港', 'gang'], ['岙', 'ao'], ['矶', 'ji'], ['屿', 'yu'], ['塬', 'yuan'], ['湄', 'mei']
];

/** prefixes for three-character stems once the two-character pool runs out (2,000-town corpora) */
const PREFIX: readonly Syllable[] = [
	['上', 'shang'], ['下', 'xia'], ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'],
	['新', 'xin'], ['大', 'da'], ['小', 'xiao'], ['前', 'qian'], ['后', 'hou'], ['中', 'zhong']
];

export type TownKind = '镇' | '乡' | '街道';
const KIND_PINYIN: Record<TownKind, string> = { 镇: 'zhen', 乡: 'xiang', 街道: 'jiedao' };

export interface PlaceName {
	/** the name as printed, e.g. 岚溪镇 */
	name: string;
	/** the name without its suffix, e.g. 岚溪 */
	stem: string;
	/** slug for file names, e.g. lanxi_zhen */
	slug: string;
}

/** Names known to the gazetteer, full and without suffix, so near-misses are avoided too. */
export interface NameBlocklist {
	has(name: string): boolean;
}

const SUFFIXES = ['街道办事处', '街道', '镇', '乡', '县', '市', '区', '省'];

export function stemOf(name: string): string {
	for (const s of SUFFIXES) if (name.endsWith(s) && name.length > s.length + 1) return name.slice(0, -s.length);
	return name;
}

/** Every stem FIRST×SECOND, shuffled, minus the ones the gazetteer (or an earlier pick) uses. */
export function stemPool(rng: Rng, blocked: NameBlocklist): Syllable[] {
	const pool: Syllable[] = [];
	for (const [h1, p1] of FIRST)
		for (const [h2, p2] of SECOND) if (h1 !== h2 && !blocked.has(h1 + h2)) pool.push([h1 + h2, p1 + p2]);
	const longer: Syllable[] = [];
	for (const [h0, p0] of PREFIX)
		for (const [h, p] of pool) if (!blocked.has(h0 + h)) longer.push([h0 + h, p0 + p]);
	return [...rng.shuffle(pool), ...rng.shuffle(longer)];
}

export function makePlace(stem: Syllable, kind: TownKind | '县' | '市' | '省'): PlaceName {
	const suffixPinyin = kind in KIND_PINYIN ? KIND_PINYIN[kind as TownKind] : '';
	const slug = suffixPinyin ? `${stem[1]}_${suffixPinyin}` : stem[1];
	return { name: stem[0] + kind, stem: stem[0], slug };
}

export const maxStems = FIRST.length * SECOND.length;
