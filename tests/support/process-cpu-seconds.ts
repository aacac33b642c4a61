import { execFileSync } from 'node:child_process';
import { procStatFields } from './proc-stat';

/**
 * CPU time a process has used so far, all its threads (Linux's /proc; undefined elsewhere).
 * On a shared machine it tells the process's cost apart from the time it waited for a core.
 */
export function processCpuSeconds(pid: number): number | undefined {
  return cpuSecondsOf(`/proc/${pid}/stat`);
}

/**
 * CPU time of the process's main thread alone: the event loop that every in-process function
 * shares, where worker threads (the local DynamoDB, Kinesis) do not count.
 */
export function mainThreadCpuSeconds(pid: number): number | undefined {
  return cpuSecondsOf(`/proc/${pid}/task/${pid}/stat`);
}

function cpuSecondsOf(file: string): number | undefined {
  const fields = procStatFields(file);
  if (!fields) return undefined;
  // Fields 14 and 15 (utime, stime, in clock ticks).
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

let ticks: number | undefined;
function clockTicks(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  return ticks;
}
