// For the generalisation tests only: one of our sentences, read inside a minimal 2018 report.
import { extract } from './index';
import type { ValueRecord } from './types';

const TITLE = '云杉镇2018年政府信息公开工作年度报告\n';
const INTRO = '根据《中华人民共和国政府信息公开条例》要求,现将本镇年度报告公布如下。\n';

/** the report around a sentence */
export const inReport = (body: string): string => TITLE + INTRO + body;

/** the numbers a sentence states (use flags aside), by indicator */
export function numericValues(body: string): Map<string, ValueRecord> {
	const ex = extract(inReport(body));
	return new Map(ex.values.filter((v) => !v.indicator.startsWith('uses.')).map((v) => [v.indicator, v]));
}
