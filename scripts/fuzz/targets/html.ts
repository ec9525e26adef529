// Web pages (.html): a report laid out as a government site would (chrome, paragraphs, tables,
// scripts, entities, a declared charset), then mutated as text and as markup, through the pipeline.
import type { Rng } from '../../generator/prng';
import { fileTarget } from '../harness';
import { baseTexts, encodeText, fuzzName, mutateBytes, mutateText } from '../mutate';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MARKUP_DAMAGE = [
	'<script>', '<style>', '<!--', '<![CDATA[', '<pre>', '</pre>', '<table>', '<td>', '<tr>', '<br/>', '<p',
	'<div class="', `<a href='`, '<svg><script>x</script>', '&#x', '&amp', '<meta charset="gbk">', '<meta charset="x-unknown">',
	`<img alt="${'"'.repeat(2000)}">`, `<span title="${'x'.repeat(5000)}`, '<'.repeat(3000), '<div>'.repeat(3000)
];

function layout(rng: Rng, text: string): string {
	const charset = rng.pick(['utf-8', 'gb2312', 'GBK', '']);
	const lines = text.split('\n').map((line) =>
		line.includes('\t') ? `<tr>${line.split('\t').map((c) => `<td>${escape(c)}</td>`).join('')}</tr>` : `<p>${escape(line)}</p>`
	);
	const head = `<head>${charset ? `<meta charset="${charset}">` : ''}<title>政府信息公开</title><style>p{margin:0}</style><script>var a = "</p>";</script></head>`;
	return `<!DOCTYPE html><html>${head}<body><div class="nav">首页 &gt; 政务公开</div><!-- 正文 --><table>${lines.join('\n')}</table></body></html>`;
}

export const target = fileTarget('html', '.html pages: report layouts with chrome, mutated as text and as markup', (rng, i) => {
	let html = layout(rng, mutateText(rng, rng.pick(baseTexts())));
	for (let k = rng.int(0, 4); k > 0; k--) {
		const at = rng.int(0, html.length);
		html = html.slice(0, at) + rng.pick(MARKUP_DAMAGE) + html.slice(at);
	}
	const { bytes } = encodeText(rng, html);
	return { name: fuzzName(rng, i, rng.pick(['.html', '.htm'])), bytes: rng.chance(0.1) ? mutateBytes(rng, bytes) : bytes };
});
