import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/lib/ingest/html';

describe('htmlToText', () => {
	it('turns block elements and <br> into line breaks, one per boundary', () => {
		expect(htmlToText('<div><p>第一段</p><p>第二段</p></div>甲<br>乙<br/><br />丙')).toBe('第一段\n第二段\n甲\n乙\n\n丙');
	});

	it('puts table cells on one line separated by tabs, one row per line', () => {
		const html = '<table><tr><th>项目</th><th>数量</th></tr><tr><td>收到申请数</td><td> 110 </td></tr></table>';
		expect(htmlToText(html)).toBe('项目\t数量\n收到申请数\t110');
	});

	it('drops scripts, styles and comments, including markup-like text inside them', () => {
		const html = '<head><style>p{}</style><script>var s = "<p>120条</p>";</script></head><!-- <p>99条</p> --><p>正文</p>';
		expect(htmlToText(html)).toBe('正文');
	});

	it('keeps the page title as a line (reports often name the town only there)', () => {
		expect(htmlToText('<html><head><title>某镇2018年年报</title></head><body><p>正文</p></body></html>')).toBe('某镇2018年年报\n正文');
	});

	it('collapses source whitespace outside <pre>; inside, line breaks survive', () => {
		expect(htmlToText('<p>主动公开\n   信息  120条</p><pre>a  b\nc</pre>')).toBe('主动公开 信息 120条\na  b\nc');
	});

	it('is not fooled by > inside quoted attributes', () => {
		expect(htmlToText('<a title="x > y" href=\'a>b\'>链接</a>文字')).toBe('链接文字');
	});

	it('decodes entities in text', () => {
		expect(htmlToText('<p>A&amp;B&nbsp;C &#20013;&#x6587; &ldquo;引&rdquo; &unknown;</p>')).toBe('A&B\u00a0C 中文 “引” &unknown;');
	});
});

describe('decodeEntities', () => {
	it('replaces invalid code points rather than throwing', () => {
		expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
	});
});
