// The words of the "no such report" page, apart from the report view's dictionary: the error page
// that shows them loads with every page, so they must stay small.
import type { Lang } from '$lib/charts/format';

const zh = {
	notFoundTitle: '找不到这份报告',
	notFound: (id: string) => `数据中没有编号为 “${id}” 的报告。链接可能已过期，或数据已更新。`,
	badId: '报告编号应为 16 位十六进制字符（0–9、a–f）。',
	notFiled: (town: string, year: number) => `数据中没有乡镇 ${town} 的 ${year} 年报告。链接可能已过期，或数据已更新。`,
	toRankings: '返回排名'
};

const en: typeof zh = {
	notFoundTitle: 'Report not found',
	notFound: (id) => `The data holds no report with the id “${id}”. The link may be out of date, or the data was updated.`,
	badId: 'A report id is 16 hexadecimal characters (0–9, a–f).',
	notFiled: (town, year) => `The data holds no ${year} report of the town ${town}. The link may be out of date, or the data was updated.`,
	toRankings: 'Back to rankings'
};

export const missingReportText: Record<Lang, typeof zh> = { zh, en };
