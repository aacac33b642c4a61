import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * The fields of a `/proc/.../stat` file after the command name (Linux; undefined elsewhere):
 * index 0 is field 3 (state), 1 the parent's id, 11 and 12 utime and stime. The command name
 * comes first, in parentheses, and may itself hold spaces and `)`.
 */
export function procStatFields(file: string): string[] | undefined {
  if (!existsSync(file)) return undefined;
  const stat = readFileSync(file, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** The processes `pid` started and that still run (empty off Linux). */
export function childProcessesOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(procStatFields(`/proc/${entry}/stat`)?.[1]) === pid;
      } catch {
        // Gone between the listing and the read.
        return false;
      }
    })
    .map(Number);
}
