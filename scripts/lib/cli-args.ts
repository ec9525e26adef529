// Command-line parsing for `npm run extract`. Usage errors return a message; the caller exits 2.

export interface CliOptions {
	inputs: string[];
	out: string;
	parquet: boolean;
	/** CSV of towns the national gazetteer lacks (code,name,county,city,province), added for this run */
	gazetteerExtra?: string;
}

export const USAGE = `用法 / usage:
  npm run extract -- <文件或目录 file-or-dir>... --out <输出目录 dir> [--format parquet] [--gazetteer-extra <towns.csv>]

  读取 .txt .html .htm .docx（UTF-8 / UTF-16 / GB18030），写出 reports.csv values.csv warnings.csv
  reads .txt .html .htm .docx (UTF-8 / UTF-16 / GB18030) and writes reports.csv values.csv warnings.csv

  --out <dir>         输出目录 / output directory (required)
  --format parquet    同时写出 Parquet / also write Parquet files
  --gazetteer-extra <towns.csv>
                      补充区划库没有的乡镇（列 code,name,county,city,province）
                      towns the national gazetteer lacks (columns code,name,county,city,province)
  --help              显示本说明 / show this help

  退出码 / exit codes: 0 全部读取并识别 all read and recognised · 1 有文件无法读取或未识别 some unreadable or unrecognised · 2 用法错误 usage error`;

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string } | { ok: 'help' };

function takeValue(args: string[], index: number, flag: string): string | { error: string } {
	const value = args[index + 1];
	if (value === undefined || value.startsWith('--')) return { error: `${flag} 需要一个值 / ${flag} needs a value` };
	return value;
}

export function parseArgs(args: string[]): ParseResult {
	const inputs: string[] = [];
	let out: string | undefined;
	let parquet = false;
	let gazetteerExtra: string | undefined;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return { ok: 'help' };
		if (arg === '--') continue;
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (flag === '--out' || flag === '--format' || flag === '--gazetteer-extra') {
			const value = inline ?? takeValue(args, i, flag);
			if (typeof value !== 'string') return { ok: false, error: value.error };
			if (inline === undefined) i++;
			if (flag === '--out') out = value;
			else if (flag === '--gazetteer-extra') gazetteerExtra = value;
			else if (value === 'parquet') parquet = true;
			else if (value !== 'csv') return { ok: false, error: `未知格式 “${value}”（可用 parquet）/ unknown format “${value}” (use parquet)` };
			continue;
		}
		if (arg.startsWith('-')) return { ok: false, error: `未知参数 “${arg}” / unknown flag “${arg}”` };
		inputs.push(arg);
	}
	if (inputs.length === 0) return { ok: false, error: '没有输入文件或目录 / no input files or directories' };
	if (!out) return { ok: false, error: '缺少 --out 输出目录 / missing --out directory' };
	return { ok: true, options: { inputs, out, parquet, ...(gazetteerExtra ? { gazetteerExtra } : {}) } };
}
