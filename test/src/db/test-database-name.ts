import { randomBytes } from 'node:crypto';

/**
 * Every database the tests create is named `gridloop_test_<UTC timestamp>_<random>`. Anything that
 * drops, truncates or migrates on the tests' behalf checks this mark first, so a mistyped URL can
 * never touch a real database.
 */
export const testDatabasePrefix = 'gridloop_test_';

export function newTestDatabaseName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${testDatabasePrefix}${stamp}_${randomBytes(4).toString('hex')}`;
}

export function isTestDatabaseName(name: string): boolean {
  return /^gridloop_test_\d{14}_[0-9a-f]{8}$/.test(name);
}

/** Throws unless the name carries the test mark. */
export function assertTestDatabaseName(name: string): void {
  if (!isTestDatabaseName(name)) {
    throw new Error(
      `refusing to touch database "${name}": test databases are named ${testDatabasePrefix}<timestamp>_<hex>`,
    );
  }
}

/** When a test database was created, from its name (for cleaning up after killed runs). */
export function createdAtOf(name: string): Date | null {
  const match = /^gridloop_test_(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_/.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}
