import { readFileSync } from 'node:fs';

/**
 * Field `n` (1-based, as proc(5) numbers them) of a process's /proc/<pid>/stat; Linux only. The
 * command name (field 2) is in parentheses and may hold spaces, so fields are counted after it.
 */
export function processStatField(pid: number | undefined, n: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(afterName[n - 3]);
}
