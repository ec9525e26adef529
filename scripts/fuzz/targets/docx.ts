// Word files (.docx): real-looking documents, damaged zips, not-zips, decompression bombs (declared
// sizes honest, lying, zip64), XML entity bombs, broken XML, through the pipeline.
import type { Rng } from '../../generator/prng';
import { fileTarget } from '../harness';
import { baseTexts, fuzzName, mutateBytes, mutateText } from '../mutate';
import { buildZip, deflated, deflatedSpaces, docxBomb, docxEntries, type ZipEntry } from '../zip-build';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const LAUGHS =
	'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">' +
	Array.from({ length: 9 }, (_, k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('') +
	`]><w:document ${W}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>`;

const BROKEN_XML = [
	LAUGHS,
	`<w:document ${W}><w:body><w:p><w:r><w:t>主动公开政府信息 12 条`,
	`<w:document ${W}>${'<w:p>'.repeat(20000)}</w:document>`,
	'<?xml version="1.0" encoding="GB2312"?><x/>',
	'\u0000\u0001 not xml',
	''
];

/**
 * Paragraphs per document: 8,000 (≈ 50,000 tags, a 300-page document) is far beyond a report;
 * mammoth reads it in ~0.3 s. Bigger documents measure mammoth's linear speed, which the tag limit
 * bounds (a tag bomb is one of the cases below).
 */
const MAX_PARAGRAPHS = 8000;

/** `<w:p/>` beyond the tag limit: 7 KB zipped, once 3.7 s and 1.2 GB in mammoth. */
const TAG_BOMB = `<w:document ${W}><w:body>${'<w:p/>'.repeat(700_000)}</w:body></w:document>`;

/** One case of a kind chosen by weight; the bombs are rarer but always present at any n ≥ 20. */
async function docxCase(rng: Rng, i: number): Promise<Uint8Array> {
	const lines = () => mutateText(rng, rng.pick(baseTexts())).split('\n').slice(0, MAX_PARAGRAPHS);
	if (i % 20 === 7) return docxBomb(rng.pick([60, 120, 300]), rng.pick(['truth', 'lie', 'zip64'] as const));
	if (i % 20 === 17) return buildZip(docxEntries([], TAG_BOMB));
	const kind = rng.weighted([['good', 4], ['damaged', 4], ['xml', 2], ['parts', 1], ['not-zip', 1]] as const);
	if (kind === 'good') return buildZip(docxEntries(lines()));
	if (kind === 'damaged') return mutateBytes(rng, buildZip(docxEntries(lines())), rng.int(1, 20));
	if (kind === 'xml') return buildZip(docxEntries([], rng.pick(BROKEN_XML)));
	if (kind === 'not-zip') return rng.pick([new TextEncoder().encode(lines().join('\n')), new Uint8Array([0x50, 0x4b, 0x05, 0x06]), new Uint8Array(0)]);
	// odd part lists: missing parts, a stored bomb-sized part that lies, thousands of tiny parts
	const entries: ZipEntry[] = docxEntries(lines());
	const odd = rng.int(0, 2);
	if (odd === 0) entries.splice(rng.int(0, entries.length - 1), 1);
	if (odd === 1) entries.push({ name: 'word/media/x.bin', data: await deflatedSpaces(60), method: 8, size: 7 });
	if (odd === 2) for (let k = 0; k < 11_000; k++) entries.push(deflated(`customXml/item${k}.xml`, '<x/>'));
	return buildZip(entries);
}

export const target = fileTarget('docx', '.docx: documents, damaged zips, bombs (honest, lying, zip64), entity bombs, broken XML', async (rng, i) => ({
	name: fuzzName(rng, i, '.docx'),
	bytes: await docxCase(rng, i)
}));
