// Test-only access to the real public data shipped in prisma/data (see its README for sources
// and licences), so the tests run from a plain clone.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA_DIR = fileURLToPath(new URL('../../prisma/data/', import.meta.url));

export function sharedDataPath(relative: string): string {
  const path = `${DATA_DIR.replace(/\/$/, '')}/${relative}`;
  if (!existsSync(path)) {
    throw new Error(`test data ${path} not found (the shipped demo data in prisma/data)`);
  }
  return path;
}

/** Reads a simple CSV (header row, no quoting, CRLF or LF) into records keyed by header. */
export function readCsv(relative: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(sharedDataPath(relative), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const keys = (header ?? '').split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    return Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? '']));
  });
}

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(sharedDataPath(relative), 'utf8'));
}
