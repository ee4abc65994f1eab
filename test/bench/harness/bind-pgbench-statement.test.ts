import { insertCaseSql, intakeContextSql } from '@gridloop/prisma';
import { describe, expect, it } from 'vitest';
import { bindPgbenchStatement } from './bind-pgbench-statement.js';

const now = new Date('2030-03-04T01:00:00Z');

describe('bindPgbenchStatement', () => {
  it('turns planted values into script variables, fixed ones into -D values and NULL into a literal', () => {
    const sql = intakeContextSql({
      point: [-991.25, -992.25],
      filingConditionId: 147,
      source: 'OFFICER',
      reporterId: 9,
      idempotencyKey: 'planted-key',
      componentCode: null,
      now,
    });
    const variables = new Map<unknown, string>([
      [-991.25, 'lng'],
      [-992.25, 'lat'],
      ['planted-key', 'key'],
    ]);
    const { text, defines } = bindPgbenchStatement(sql, { variables, prefix: 'c' });
    expect(text).not.toMatch(/\$\d|\n/);
    expect(text).toContain('ST_MakePoint(:lng::float8, :lat::float8)');
    // the latitude is bound twice (the point and the duplicate box's cosine): both are the variable
    expect(text).toContain('cos(radians(:lat::float8))');
    expect(text.match(/:key::text/g)).toHaveLength(2);
    expect(text).toContain('k.code = NULL::text');
    expect(Object.values(defines)).toEqual(expect.arrayContaining(['147', 'OFFICER', '9', '2030-03-04T01:00:00.000Z']));
    for (const name of Object.keys(defines)) expect(text).toContain(`:${name}`);
  });

  it('writes arrays as array literals, quoting their elements', () => {
    const sql = insertCaseSql({ ...newCase(), photos: [photo('a'.repeat(64)), photo('b'.repeat(64))] });
    const { defines } = bindPgbenchStatement(sql, { variables: new Map(), prefix: 'i' });
    expect(Object.values(defines)).toContain(`{"${'a'.repeat(64)}","${'b'.repeat(64)}"}`);
    expect(Object.values(defines)).toContain('{"true","false"}');
    expect(Object.values(defines)).toContain('{NULL,"2030-03-04T01:00:00.000Z"}');
  });
});

function photo(sha256: string) {
  const takenAt = sha256.startsWith('a') ? null : now;
  return { sha256, mimeType: 'image/jpeg', byteSize: 1, width: 1, height: 1, hasLocation: takenAt === null, takenAt };
}

function newCase(): Parameters<typeof insertCaseSql>[0] {
  return {
    source: 'OFFICER',
    status: 'REPORTED',
    action: 'REPORT',
    localDate: '2030-03-04',
    districtCode: '310101',
    categoryId: 1,
    filingConditionId: 1,
    point: [121.48, 31.23],
    address: null,
    description: '施工噪声',
    unitGridId: 1,
    gridCode: '310101002001001',
    communityId: 1,
    streetId: 1,
    districtId: 1,
    responsibilityGridId: null,
    beatCode: null,
    componentId: null,
    reporterId: 9,
    actorRole: 'OFFICER',
    reporterName: null,
    reporterContact: null,
    externalRef: null,
    idempotencyKey: null,
    suggestedDepartmentId: null,
    step: 'ACCEPT',
    stepLimitAmount: null,
    stepLimitUnit: null,
    stepWarnAt: null,
    stepDeadlineAt: null,
    handleLimitAmount: 2,
    handleLimitUnit: 'NATURAL_HOURS',
    now,
    photos: [],
  };
}
