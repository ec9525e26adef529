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

  读取 .txt .html .htm .docx（UTF-8、UTF-16（有无 BOM 均可）、GB18030），写出 reports.csv values.csv warnings.csv
  （UTF-8 带 BOM；以 = + - @ 开头的单元格前加 ' 以免被表格软件当作公式）
  reads .txt .html .htm .docx (UTF-8, UTF-16 with or without a BOM, GB18030) and writes reports.csv values.csv
  warnings.csv (UTF-8 with a BOM; cells starting with = + - @ get a leading ' so spreadsheets do not run them)

  --out <dir>         输出目录（上次运行的输出会被替换，目录里其他文件不动）
                      output directory (required; the last run's outputs there are replaced, other files kept)
  --format parquet    同时写出 Parquet / also write Parquet files
  --gazetteer-extra <towns.csv>
                      补充区划库没有的乡镇（列 code,name,county,city,province）
                      towns the national gazetteer lacks (columns code,name,county,city,province)
  --help              显示本说明 / show this help

  退出码 / exit codes: 0 全部读取并识别 all read and recognised · 1 有文件或目录无法读取或未识别（仍写出全部行）
  some unreadable or unrecognised (every row still written) · 2 用法错误（含 --out 不可写）usage error (--out not writable included)`;

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
