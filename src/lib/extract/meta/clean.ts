// Text as metadata rules read it: pinyin glosses from bad converters ("镇(zhèn)") removed.
// Metadata quotes nothing, so this copy needs no offset map.

const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,8}[)）]/g;

export function metaText(text: string): string {
	return text.replace(PINYIN_GLOSS, '');
}
