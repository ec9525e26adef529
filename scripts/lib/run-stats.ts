// The closing line about speed and memory that --shard and --jobs runs are judged by. Besides
// reports per second of wall time it gives reports per CPU-second (all threads of the process):
// the per-core figure that holds on a shared machine, where wall time depends on the neighbours.
import type { RunSummary } from './pipeline';

/** Peak resident memory of the whole process (worker threads included), in bytes. */
export const peakMemory = (): number => process.resourceUsage().maxRSS * 1024;

export interface Clock {
	wall: number;
	cpu: NodeJS.CpuUsage;
}

export const startClock = (): Clock => ({ wall: performance.now(), cpu: process.cpuUsage() });

export function speedLine(summary: RunSummary, since: Clock, jobs: number): string {
	const seconds = (performance.now() - since.wall) / 1000;
	const used = process.cpuUsage(since.cpu);
	const cpu = (used.user + used.system) / 1e6;
	const rate = seconds > 0 ? Math.round(summary.nFiles / seconds) : 0;
	const perCore = cpu > 0 ? Math.round(summary.nFiles / cpu) : 0;
	const gb = (peakMemory() / 1e9).toFixed(2);
	return (
		`速度 ${rate} 份/秒（${jobs} 个线程；每 CPU 秒 ${perCore} 份），内存峰值 ${gb} GB / ` +
		`${rate} reports/s (${jobs} ${jobs === 1 ? 'thread' : 'threads'}; ${perCore} per CPU-second), peak memory ${gb} GB`
	);
}
