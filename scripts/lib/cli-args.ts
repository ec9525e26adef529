// Command-line parsing for `npm run extract`. Usage errors return a message; the caller exits 2.
import { parseJobs, parsePartition, parseShard, WHOLE, type PartitionKey, type Shard } from './cli-flags';

export interface CliOptions {
	inputs: string[];
	out: string;
	parquet: boolean;
	/** Hive-style partition columns of the Parquet outputs ([] = one file per table) */
	partition: PartitionKey[];
	/** the stable share of the inputs this run extracts (1/1 = all) */
	shard: Shard;
	/** worker threads extracting in parallel (1 = in the main thread) */
	jobs: number;
	/** CSV of towns the national gazetteer lacks (code,name,county,city,province), added for this run */
	gazetteerExtra?: string;
}

export const USAGE = `用法 / usage:
  npm run extract -- <文件或目录 file-or-dir>... --out <输出目录 dir> [--format parquet [--partition province,year]]
                     [--shard i/n] [--jobs N] [--gazetteer-extra <towns.csv>]

  读取 .txt .html .htm .docx（UTF-8、UTF-16（有无 BOM 均可）、GB18030），写出 reports.csv values.csv warnings.csv
  （UTF-8 带 BOM；以 = + - @ 开头的单元格前加 ' 以免被表格软件当作公式）
  reads .txt .html .htm .docx (UTF-8, UTF-16 with or without a BOM, GB18030) and writes reports.csv values.csv
  warnings.csv (UTF-8 with a BOM; cells starting with = + - @ get a leading ' so spreadsheets do not run them)

  --out <dir>         输出目录（上次运行的输出会被替换，目录里其他文件不动）
                      output directory (required; the last run's outputs there are replaced, other files kept)
  --format parquet    同时写出 Parquet / also write Parquet files
  --partition province,year
                      Parquet 按列分区（Hive 风格 <表>/province=…/year=…/part-i-of-n.parquet，需 --format parquet）
                      partition the Parquet outputs, Hive style (<table>/province=…/year=…/part-i-of-n.parquet;
                      needs --format parquet)
  --shard i/n         只处理按内容哈希分到第 i 份（共 n 份）的输入；各份输出文件名不同，可放在同一目录
                      extract only share i of n of the inputs (by content hash); the shards' files have
                      distinct names and can share one folder
  --jobs N            用 N 个线程并行抽取：主线程和 N−1 个工作线程（默认 1）
                      extract on N threads: the main thread and N − 1 worker threads (default 1)
  --gazetteer-extra <towns.csv>
                      补充区划库没有的乡镇（列 code,name,county,city,province）
                      towns the national gazetteer lacks (columns code,name,county,city,province)
  --help              显示本说明 / show this help

  退出码 / exit codes: 0 全部读取并识别 all read and recognised · 1 有文件或目录无法读取或未识别（仍写出全部行）
  some unreadable or unrecognised (every row still written) · 2 用法错误（含 --out 不可写）usage error (--out not writable included)`;

export type ParseResult = { ok: true; options: CliOptions } | { ok: false; error: string } | { ok: 'help' };

const VALUE_FLAGS = new Set(['--out', '--format', '--gazetteer-extra', '--partition', '--shard', '--jobs']);

function takeValue(args: string[], index: number, flag: string): string | { error: string } {
	const value = args[index + 1];
	if (value === undefined || value.startsWith('--')) return { error: `${flag} 需要一个值 / ${flag} needs a value` };
	return value;
}

/** Applies one flag's value to the options; returns an error message or undefined. */
function applyFlag(flag: string, value: string, options: Omit<CliOptions, 'inputs' | 'out'> & { out?: string }): string | undefined {
	if (flag === '--out') options.out = value;
	else if (flag === '--gazetteer-extra') options.gazetteerExtra = value;
	else if (flag === '--format') {
		if (value === 'parquet') options.parquet = true;
		else if (value !== 'csv') return `未知格式 “${value}”（可用 parquet）/ unknown format “${value}” (use parquet)`;
	} else {
		const parsed = flag === '--partition' ? parsePartition(value) : flag === '--shard' ? parseShard(value) : parseJobs(value);
		if (!parsed.ok) return parsed.error;
		if (flag === '--partition') options.partition = parsed.value as PartitionKey[];
		else if (flag === '--shard') options.shard = parsed.value as Shard;
		else options.jobs = parsed.value as number;
	}
	return undefined;
}

export function parseArgs(args: string[]): ParseResult {
	const inputs: string[] = [];
	const options: Omit<CliOptions, 'inputs' | 'out'> & { out?: string } = { parquet: false, partition: [], shard: WHOLE, jobs: 1 };
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--help' || arg === '-h') return { ok: 'help' };
		if (arg === '--') continue;
		const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (VALUE_FLAGS.has(flag)) {
			const value = inline ?? takeValue(args, i, flag);
			if (typeof value !== 'string') return { ok: false, error: value.error };
			if (inline === undefined) i++;
			const error = applyFlag(flag, value, options);
			if (error) return { ok: false, error };
			continue;
		}
		if (arg.startsWith('-')) return { ok: false, error: `未知参数 “${arg}” / unknown flag “${arg}”` };
		inputs.push(arg);
	}
	if (inputs.length === 0) return { ok: false, error: '没有输入文件或目录 / no input files or directories' };
	const { out, ...rest } = options;
	if (!out) return { ok: false, error: '缺少 --out 输出目录 / missing --out directory' };
	if (rest.partition.length > 0 && !rest.parquet) {
		return { ok: false, error: '--partition 只用于 Parquet，请加 --format parquet / --partition applies to Parquet: add --format parquet' };
	}
	return { ok: true, options: { inputs, out, ...rest } };
}
