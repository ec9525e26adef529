// The publication date a page states in its header ("发布日期:2019-02-27"), as YYYY-MM-DD.
import { eachMatch } from '../count';
import { DATE_BEFORE_SOURCE, PUBLISHED_LABELS } from './patterns';

const DATE_AFTER_LABEL = /^[\s:：|]*((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)(?!\s*日?\s*(至|起|到|—|-|－|~))/;

function isoDate(y: string, m: string, d: string): string {
	const month = Number(m);
	const day = Number(d);
	if (month < 1 || month > 12 || day < 1 || day > 31) return '';
	return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** the first date right after a match of the global `label` */
function afterLabel(text: string, label: RegExp): string {
	let iso = '';
	eachMatch(label, text, (m) => {
		const after = m.index + m[0].length;
		const d = DATE_AFTER_LABEL.exec(text.slice(after, after + 40));
		iso = d ? isoDate(d[1], d[2], d[3]) : '';
		return iso !== '';
	});
	return iso;
}

/** weak labels ("时间", "日期") and unlabelled dates count only in the page header, not in the report's body */
const HEAD = 1200;

export function findPublished(text: string): string {
	const [strong, ...weak] = PUBLISHED_LABELS;
	const labelled = afterLabel(text, strong);
	if (labelled) return labelled;
	const head = text.slice(0, HEAD);
	for (const label of weak) {
		const iso = afterLabel(head, label);
		if (iso) return iso;
	}
	for (const m of text.slice(0, HEAD).matchAll(DATE_BEFORE_SOURCE)) {
		const iso = isoDate(m[1], m[2], m[3]);
		if (iso) return iso;
	}
	return '';
}
