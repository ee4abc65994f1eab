import { describe, expect, it } from 'vitest';
import { dropTestDatabase } from './test-database.js';
import { assertTestDatabaseName, isTestDatabaseName, newTestDatabaseName } from './test-database-name.js';

describe('test databases are marked by name, and nothing else is touched', () => {
  it('makes unique, marked names', () => {
    const name = newTestDatabaseName(new Date('2026-11-25T10:20:30Z'));
    expect(name).toMatch(/^gridloop_test_20261125102030_[0-9a-f]{8}$/);
    expect(isTestDatabaseName(name)).toBe(true);
    expect(newTestDatabaseName()).not.toBe(newTestDatabaseName());
  });

  it('refuses real-looking databases', () => {
    for (const name of [
      'gridloop',
      'postgres',
      'gridloop_test',
      'gridloop_test_x',
      'prod_gridloop_test_20261125102030_abcdef01',
    ]) {
      expect(() => assertTestDatabaseName(name)).toThrow(/refusing to touch database/);
    }
  });

  it('refuses to drop a database without the mark, before connecting anywhere', async () => {
    await expect(dropTestDatabase('postgresql://root@localhost/gridloop?host=/nonexistent')).rejects.toThrow(
      /refusing to touch database "gridloop"/,
    );
  });
});
