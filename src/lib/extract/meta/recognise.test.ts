import { describe, expect, it } from 'vitest';
import { recognise } from './recognise';

describe('recognise', () => {
	it('accepts a township report or summary', () => {
		expect(recognise('青石镇2018年政务公开工作总结', [], '政务公开正文', 'township').recognized).toBe(true);
	});

	it('accepts a report cut before its title by its section headings', () => {
		const text = '二、主动公开政府信息情况\n……\n三、依申请公开情况\n我镇全年未收到申请。';
		expect(recognise('', [], text, 'township').recognized).toBe(true);
	});

	it('rejects regulations, catalogues and pages without report wording', () => {
		expect(recognise('', ['东山县人民政府网', '青石镇信息公开统计制度'], '本制度适用于各站所。', 'township')).toMatchObject({ recognized: false, notReport: true });
		expect(recognise('', ['(一)青石镇财政领域基层政务公开标准目录'], '序号', 'township').notReport).toBe(true);
		expect(recognise('', [], '该平台去年发布信息多条，显示出较高的透明度。', 'township').notReport).toBe(true);
	});

	it('rejects news items about a report and commentaries that speak of the town in the third person', () => {
		expect(recognise('青石镇召开会议部署2019年政府信息公开工作年度报告', [], '', 'township').notReport).toBe(true);
		expect(recognise('', ['青石镇召开2019年政府信息公开工作年度报告编制推进会'], '会上强调做好年度报告。', 'township').notReport).toBe(true);
		const commentary = '该镇去年在政府信息公开工作年度报告中公开信息100条，该平台设置专栏，该镇透明度较高。';
		expect(recognise('', [], commentary, 'township')).toMatchObject({ recognized: false, notReport: true });
	});

	it('accepts a notice that issues a summary over the summary itself, not one that issues a plan', () => {
		const strong = { skeleton: { overview: true, count: 3, standard: 3 }, statements: 4 };
		expect(recognise('关于印发《青石镇2021年度政务公开工作总结》的通知', [], '一、总体情况', 'township', strong).recognized).toBe(true);
		expect(recognise('关于印发《青石镇2021年政务公开工作要点》的通知', [], '一、总体要求', 'township', strong).notReport).toBe(true);
		// without the summary's body a notice stays a notice
		expect(recognise('关于印发《青石镇2021年度政务公开工作总结》的通知', [], '请认真贯彻落实。', 'township').notReport).toBe(true);
	});

	it('rejects reports about something other than disclosure', () => {
		expect(recognise('', [], '现将我镇2018年法治政府建设工作报告如下。', 'township').notReport).toBe(true);
	});

	it('rejects county and department reports but keeps them reports', () => {
		expect(recognise('东山县2016年政府信息公开工作年度报告', [], '', 'county')).toMatchObject({ recognized: false, notReport: false });
		expect(recognise('', [], '本报告由我局编制', 'other').recognized).toBe(false);
	});
});
