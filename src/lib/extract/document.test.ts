// Document-level checks end to end: recognition needs positive evidence either way, a town name
// must be plausible, and the layout follows the section skeleton and the year when tables are cut.
import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { smallGazetteer } from './meta/fixtures';

const gazetteer = smallGazetteer();
const run = (text: string) => extract(text, { gazetteer });
const codes = (text: string) => run(text).warnings.map((w) => w.code);

/** a 2021-layout report body without tables, of a body that never names itself */
const BODY = [
	'本报告统计期限自2023年1月1日起至2023年12月31日止。',
	'一、总体情况',
	'（一）主动公开情况。本机关全年主动公开政府信息86条，其中通过门户网站发布52条。',
	'（二）依申请公开情况。全年收到政府信息公开申请2件，均按时答复。',
	'二、主动公开政府信息情况',
	'三、收到和处理政府信息公开申请情况',
	'四、政府信息公开行政复议、行政诉讼情况',
	'本年度未发生政府信息公开行政复议、行政诉讼。'
].join('\n');

describe('recognition needs positive evidence', () => {
	it('accepts a report by its skeleton and statements, whatever lines of page chrome stand above it', () => {
		const ex = run(['政府信息公开指南 | 政府信息公开目录', '政府信息公开指南', BODY].join('\n'));
		expect(ex.meta).toMatchObject({ recognized: true, level: 'township', town: '', year: 2023, format: 'std2021' });
		expect(ex.values.find((v) => v.indicator === 'active.total')?.value).toBe(86);
		expect(codes(['政府信息公开指南', BODY].join('\n'))).toContain('town_unknown');
	});

	it('lets a report\'s body overrule a title that looks like a catalogue or a guide', () => {
		expect(run(['白沙乡政府信息公开指南', BODY].join('\n')).meta.recognized).toBe(true);
		expect(run(['白沙乡政府信息公开指南', '一、公开的范围', '本乡主动公开机构职能等信息。'].join('\n')).meta.recognized).toBe(false);
	});

	it('accepts a report published under a notice title that names it', () => {
		expect(run(['白沙乡人民政府关于公布2023年政府信息公开工作年度报告的公告', BODY].join('\n')).meta).toMatchObject({ recognized: true, year: 2023 });
		expect(run(['白沙乡人民政府关于做好政务公开工作的通知', '请各村认真落实。'].join('\n')).meta.recognized).toBe(false);
	});

	it('rejects a writing template with placeholders, though it has the skeleton', () => {
		const template = ['XX镇XXXX年政府信息公开工作年度报告（范文）', '一、总体情况', 'XXXX年，XX镇主动公开政府信息XX条。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'].join('\n');
		expect(run(template).meta).toMatchObject({ recognized: false, town: '' });
		expect(run(template).values).toEqual([]);
	});

	it('rejects a notice to the towns about compiling their reports', () => {
		const notice = [
			'关于做好2023年度政府信息公开工作年度报告编制发布工作的提醒',
			'各乡镇人民政府、各街道办事处：',
			'年度报告应包括以下内容：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况。',
			'请于1月20日前报送县政务公开办。特此通知。'
		].join('\n');
		expect(run(notice).meta.recognized).toBe(false);
	});

	it('rejects a regulation, article by article', () => {
		const rules = ['青石镇政务公开工作制度', '第一条 为做好政务公开工作，制定本制度。', '第二条 本制度适用于镇机关各站所。', '第三条 主动公开政府信息的范围。'].join('\n');
		expect(run(rules).meta.recognized).toBe(false);
	});
});

describe('a town name must be plausible', () => {
	it('takes no town from a verb phrase in front of 街道 and warns', () => {
		const ex = run(['2022年政府信息公开工作年度报告', '本街道结合街道实际，全年主动公开政府信息40条，未收到政府信息公开申请。'].join('\n'));
		expect(ex.meta.town).toBe('');
		expect(ex.meta.recognized).toBe(true);
		expect(ex.warnings.map((w) => w.code)).toContain('town_unknown');
	});

	it('keeps a name after a verb phrase that the name follows', () => {
		expect(run('深入推进柳岸镇2019年政务公开工作总结\n我镇全年公开信息30条。').meta.town).toBe('柳岸镇');
	});
});

describe('layout from the skeleton and the year when the tables are cut off', () => {
	const cut = (year: number, headings: string[]) => `白沙乡${year}年政府信息公开工作年度报告\n${headings.join('\n我乡按要求开展工作。\n')}\n`;

	it('reads the 2019 skeleton as std2019 and the 2021 one as std2021', () => {
		expect(run(cut(2020, ['一、总体情况', '三、收到和处理政府信息公开申请情况'])).meta.format).toBe('std2019');
		expect(run(cut(2022, ['一、2022年政务公开总体情况'])).meta.format).toBe('std2021');
		// flattened into one line, the headings still count
		expect(run(cut(2020, ['一、总体情况 三、收到和处理政府信息公开申请情况'])).meta.format).toBe('std2019');
	});

	it('keeps the older skeleton of a later year in prose', () => {
		expect(run(cut(2020, ['一、总体情况', '（二）主动公开政府信息情况'])).meta.format).toBe('prose');
		expect(run(cut(2018, ['一、总体情况', '三、收到和处理政府信息公开申请情况'])).meta.format).toBe('prose');
	});
});
