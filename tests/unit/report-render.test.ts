// The Report view rendered on the server, as the build prerenders it: the text is escaped (a report
// containing <script> or markup shows it literally), every placed quote is a <mark> with the
// indicator's name as its title, and the #indicator anchors exist without JavaScript.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ReportView from '../../src/lib/components/report/ReportView.svelte';
import { zh } from '../../src/lib/i18n/zh';
import { withWords } from '../../src/lib/i18n';
import { reportText } from '../../src/lib/i18n/report';
import type { ReportData } from '../../src/lib/report/types';

const TEXT = '共公开信息12条。<script>alert(1)</script><img src=x onerror=alert(2)> & 未收到申请。';
const data: ReportData = {
	ds: 'seeds',
	meta: { report_id: '0123456789abcdef', source: '<b>a</b>.txt', title: '<i>标题</i>', body: null, level: 'township', town: '东镇', county: '甲县', city: null, province: null, year: 2019, format: 'prose', published: null, status: 'ok', n_values: 2 },
	values: [
		{ indicator: 'active.total', value: 12, qualifier: 'exact', origin: 'prose', quote: '共公开信息12条', start: 0, end: 8, group: 'active', name_zh: '主动公开政府信息数', name_en: 'Items', unit: '条' },
		{ indicator: 'apply.received', value: 0, qualifier: 'zero_stated', origin: 'prose', quote: '未收到申请', start: TEXT.indexOf('未收到'), end: TEXT.indexOf('未收到') + 5, group: 'apply', name_zh: '收到申请数', name_en: 'Requests', unit: '件' }
	],
	warnings: [{ code: 'conflict', indicator: 'apply.received', message: '<script>x</script>' }],
	text: TEXT
};

describe('ReportView on the server', () => {
	const html = render(ReportView, { props: { data, t: withWords(zh, 'report', reportText.zh), lang: 'zh' } }).body;

	it('escapes the text, the metadata and the warnings', () => {
		expect(html).not.toMatch(/<script>|<img |<b>|<i>/);
		expect(html).toContain('&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=alert(2)> &amp; ');
		expect(html).toContain('&lt;i>标题&lt;/i>');
	});

	it('marks every quote with its indicator name and anchors #indicator', () => {
		expect(html).toMatch(/<mark[^>]*title="主动公开政府信息数"[^>]*>共公开信息12条<\/mark>/);
		expect(html).toMatch(/<mark[^>]*title="收到申请数"[^>]*>未收到申请<\/mark>/);
		expect(html).toContain('id="active.total"');
		expect(html).toContain('href="#apply.received"');
	});
});
