// CSV rows through papaparse, both ways: rows of hostile cells written by the CLI's writer must
// read back exactly and never show a spreadsheet a formula; damaged CSV text must parse without
// throwing or hanging.
import type { Rng } from '../../generator/prng';
import { REPORT_COLUMNS } from '../../../src/lib/contract/tables';
import { parseCsv, toCsv, type ReportRow } from '../../lib/csv';
import { functionTarget } from '../harness';
import { mutateBytes } from '../mutate';
import Papa from 'papaparse';

const NASTY = ['=1+1', '+86', '-2 件', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x", '-2', '+3.5', '"', '""', ',', '\n', '\r\n', '\uFEFF', '\uD800', ' ', '', '，', '主动公开', 'a"b,c\nd', '=HYPERLINK("http://example.invalid")'];

function cell(rng: Rng): string {
	let text = '';
	for (let k = rng.int(0, 4); k > 0; k--) text += rng.chance(0.8) ? rng.pick(NASTY) : String.fromCharCode(rng.int(0, 0xffff));
	return text;
}

type CsvCase = { kind: 'rows'; rows: ReportRow[] } | { kind: 'text'; text: string };

const TRIGGER = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function check(input: CsvCase): string | void {
	if (input.kind === 'text') {
		// papaparse announces renamed duplicate headers on the console; the damage is the point here
		const warn = console.warn;
		console.warn = () => undefined;
		try {
			parseCsv(input.text);
		} finally {
			console.warn = warn;
		}
		return;
	}
	const text = toCsv(REPORT_COLUMNS, input.rows);
	const raw = (Papa.parse(text.slice(1), { skipEmptyLines: false }).data as string[][]).slice(1).flat();
	const unsafe = raw.find((c) => TRIGGER.test(c) && !PLAIN_NUMBER.test(c));
	if (unsafe !== undefined) return `a spreadsheet would run ${JSON.stringify(unsafe)}`;
	const back = parseCsv(text).rows;
	const expected = input.rows.map((r) => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, String(r[c])])));
	if (JSON.stringify(back) !== JSON.stringify(expected)) return 'rows do not read back as written';
}

export const target = functionTarget<CsvCase>(
	'csv',
	'CSV rows through the writer and papaparse: exact round trip, no formula reaches a spreadsheet; damaged CSV text parses',
	(rng) => {
		const rows = Array.from({ length: rng.int(1, 5) }, () => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, cell(rng)])) as ReportRow);
		if (rng.chance(0.6)) return { kind: 'rows', rows };
		const bytes = mutateBytes(rng, new TextEncoder().encode(toCsv(REPORT_COLUMNS, rows)), rng.int(1, 30));
		return { kind: 'text', text: new TextDecoder().decode(bytes) };
	},
	check
);
