// Pure unit tests for the rules that turn `_prisma_migrations` rows into a status.

import { describe, expect, it } from 'vitest';
import type { LocalMigration } from '../src/migrate/migration-files.js';
import { compareHistory, type HistoryRow } from '../src/migrate/migration-history.js';

const local = (name: string, checksum = `sum-${name}`): LocalMigration => ({ name, checksum, script: '' });
const row = (name: string, over: Partial<HistoryRow> = {}): HistoryRow => ({
  migration_name: name,
  checksum: `sum-${name}`,
  started_at: new Date(0),
  finished_at: new Date(1),
  rolled_back_at: null,
  ...over,
});

describe('compareHistory', () => {
  it('reports everything pending on a fresh database', () => {
    expect(compareHistory([local('1_a'), local('2_b')], [])).toEqual({
      applied: [],
      pending: ['1_a', '2_b'],
      edited: [],
      failed: [],
      missingLocally: [],
    });
  });

  it('tells applied, edited, failed and missing migrations apart', () => {
    const status = compareHistory(
      [local('1_a'), local('2_b', 'changed'), local('3_c'), local('5_e')],
      [row('1_a'), row('2_b'), row('3_c', { finished_at: null }), row('4_d')],
    );
    expect(status).toEqual({
      applied: ['1_a', '2_b', '4_d'],
      pending: ['5_e'],
      edited: ['2_b'],
      failed: ['3_c'],
      missingLocally: ['4_d'],
    });
  });

  it('ignores rolled-back rows, so a failed then fixed migration is pending, then applied', () => {
    const rolledBack = row('2_b', { finished_at: null, rolled_back_at: new Date(2), checksum: 'old' });
    expect(compareHistory([local('1_a'), local('2_b')], [row('1_a'), rolledBack])).toMatchObject({
      pending: ['2_b'],
      failed: [],
      edited: [],
    });
    expect(compareHistory([local('1_a'), local('2_b')], [row('1_a'), rolledBack, row('2_b')])).toMatchObject({
      applied: ['1_a', '2_b'],
      pending: [],
      edited: [],
    });
  });
});
