import { readFileSync } from 'node:fs';

/**
 * Reads a simple CSV with a header row into objects. The shipped code tables contain no quoted
 * fields; a quote is rejected rather than mis-parsed.
 */
export function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  if (!header) return [];
  if (header.includes('"') || lines.some((line) => line.includes('"'))) {
    throw new Error(`${path} has quoted fields, which this reader does not support`);
  }
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}
