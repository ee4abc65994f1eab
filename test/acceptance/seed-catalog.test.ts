import { type SeedReport, seedDemo } from '@gridloop/api';
import { createPrismaClient, type PrismaClient, type SqlClient } from '@gridloop/prisma';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { assignDemoUsers } from '../../api/src/seed/assign-demo-users.js';
import type { SeedMajorClass } from '../../api/src/seed/catalog/catalog-types.js';
import { demoDepartments, streetOfficeOf } from '../../api/src/seed/catalog/demo-departments.js';
import { demoResponsibilityRules } from '../../api/src/seed/catalog/demo-responsibility-rules.js';
import { standardCatalog } from '../../api/src/seed/catalog/standard-catalog.js';
import { writeCatalog } from '../../api/src/seed/catalog/write-catalog.js';
import { writeDemoDepartments } from '../../api/src/seed/catalog/write-demo-departments.js';
import { demoUsers } from '../../api/src/seed/demo-users.js';

const huangpu = '310101';
const nanjingDongLu = '310101002';
const statements: string[] = [];
let prisma: PrismaClient;

beforeAll(async () => {
  // Two connections for the derivation's two transactions, one for the rolled-back test below.
  prisma = createPrismaClient({
    databaseUrl: inject('databaseUrl'),
    maxConnections: 4,
    onQuery: (sql) => statements.push(sql),
  });
  await seedDemo(prisma, { districts: [huangpu] });
});
afterAll(() => prisma.$disconnect());

describe('the demo seed writes the case loop reference data', () => {
  it('holds every class and filing condition of the standard catalog, minors under their majors', async () => {
    const minors = standardCatalog.flatMap((major) => major.minors);
    expect([standardCatalog.length, minors.length, minors.flatMap((minor) => minor.conditions).length]).toEqual([
      11, 87, 184,
    ]);
    const classes = await prisma.category.findMany({
      select: { kind: true, code: true, parent: { select: { code: true } } },
    });
    const parentOf = new Map(classes.map((row) => [`${row.kind}:${row.code}`, row.parent?.code ?? null]));
    const conditions = await prisma.filingCondition.findMany({
      select: { code: true, category: { select: { kind: true, code: true } } },
    });
    const conditionKeys = new Set(conditions.map((row) => `${row.category.kind}:${row.category.code}:${row.code}`));
    for (const major of standardCatalog) {
      expect(parentOf.get(`${major.kind}:${major.code}`), major.code).toBeNull();
      for (const minor of major.minors) {
        expect(parentOf.get(`${major.kind}:${minor.code}`), minor.code).toBe(major.code);
        for (const condition of minor.conditions) {
          expect(
            conditionKeys.has(`${major.kind}:${minor.code}:${condition.code}`),
            `${minor.code}-${condition.code}`,
          ).toBe(true);
        }
      }
    }
  });

  it('gives the district its bodies and every 黄浦区 street a street office serving that street', async () => {
    const streets = await prisma.area.findMany({
      where: { level: 'STREET', parent: { code: huangpu } },
      select: { code: true, name: true },
    });
    expect(streets.map((street) => street.code)).toContain(nanjingDongLu);
    const codes = [
      ...demoDepartments.map((department) => department.code),
      ...streets.map((street) => `SO-${street.code}`),
    ];
    const rows = await prisma.department.findMany({
      where: { code: { in: codes } },
      select: {
        code: true,
        name: true,
        type: true,
        area: { select: { code: true } },
        parent: { select: { code: true } },
      },
    });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const street of streets) {
      const office = streetOfficeOf(street);
      expect(byCode.get(office.code)).toEqual({
        code: office.code,
        name: office.name,
        type: 'STREET_OFFICE',
        area: { code: street.code },
        parent: null,
      });
    }
    for (const department of demoDepartments) {
      expect(byCode.get(department.code)?.area.code, department.code).toBe(huangpu);
      expect(byCode.get(department.code)?.parent?.code, department.code).toBe(department.parentCode);
    }
  });

  it('writes every cell of the responsibility matrix, 暴露垃圾 to the department of the demo handler', async () => {
    const rules = await prisma.responsibilityRule.findMany({
      select: {
        areaCode: true,
        category: { select: { kind: true, code: true } },
        department: { select: { code: true } },
      },
    });
    const departmentOf = new Map(
      rules.map((rule) => [`${rule.category.kind}:${rule.category.code}@${rule.areaCode}`, rule.department.code]),
    );
    const missing = demoResponsibilityRules.filter(
      (rule) => !departmentOf.has(`${rule.kind}:${rule.categoryCode}@${rule.areaCode}`),
    );
    expect(missing).toEqual([]);
    const handler = await prisma.user.findUniqueOrThrow({
      where: { username: 'handler' },
      select: { department: { select: { code: true } } },
    });
    expect(handler.department?.code).toBe(demoUsers.find((user) => user.username === 'handler')?.departmentCode);
    expect(departmentOf.get(`EVENT:0102@${huangpu}`)).toBe(handler.department?.code);
  });

  it('puts the demo officer on the first current beat of 南京东路街道', async () => {
    const officer = await prisma.user.findUniqueOrThrow({ where: { username: 'officer' }, select: { beatCode: true } });
    const first = await firstBeatOf(prisma, nanjingDongLu);
    expect(first).toBeDefined();
    expect(officer.beatCode).toBe(first);
  });

  it('seeds again without creating or changing anything', async () => {
    const before = await referenceSnapshot();
    statements.length = 0;
    const again: SeedReport = await seedDemo(prisma, { districts: [huangpu] });
    expect(again).toMatchObject({
      catalog: { categoriesCreated: 0, conditionsCreated: 0 },
      departmentsCreated: 0,
      rulesCreated: 0,
      usersCreated: [],
      usersAssigned: [],
    });
    expect(await referenceSnapshot()).toEqual(before);
    expect(statements.filter((sql) => /INSERT INTO (category|filing_condition)/.test(sql))).toHaveLength(2);
  });
});

describe('writeCatalog', () => {
  it('writes one class or the whole catalog in the same two statements, exactly as given', async () => {
    const whole = recoded(standardCatalog);
    const [major] = whole;
    const [minor] = major?.minors ?? [];
    const tiny: SeedMajorClass[] =
      major && minor ? [{ ...major, minors: [{ ...minor, conditions: minor.conditions.slice(0, 1) }] }] : [];
    await rolledBack(async (tx) => {
      const counted = async (catalog: readonly SeedMajorClass[]) => {
        statements.length = 0;
        const report = await writeCatalog(tx, catalog);
        return { report, statements: statements.length };
      };
      expect(await counted(tiny)).toEqual({ report: { categoriesCreated: 2, conditionsCreated: 1 }, statements: 2 });
      expect(await counted(whole)).toEqual({
        report: { categoriesCreated: 11 + 87 - 2, conditionsCreated: 183 },
        statements: 2,
      });
      expect(await counted(whole)).toEqual({ report: { categoriesCreated: 0, conditionsCreated: 0 }, statements: 2 });
      expect(await readCatalog(tx, whole)).toEqual(whole);
    });
  });
});

describe('writeDemoDepartments', () => {
  it('writes a street office for every street of the city in the same two statements', async () => {
    // The run's database is shared: another suite may have seeded more districts (and their offices).
    const elsewhere = await prisma.area.count({
      where: { level: 'STREET', departments: { none: { type: 'STREET_OFFICE' } } },
    });
    await rolledBack(async (tx) => {
      statements.length = 0;
      expect(await writeDemoDepartments(tx, { districtCodes: null })).toBe(elsewhere);
      expect(statements).toHaveLength(2);
    });
  });

  it('puts a missing sub-team back under its parent already stored', async () => {
    await rolledBack(async (tx) => {
      // Renamed rather than deleted: department rows cannot be deleted (case_event's foreign key).
      await tx.department.update({ where: { code: 'HP-HWZX' }, data: { code: 'HP-HWZX-renamed' } });
      expect(await writeDemoDepartments(tx, { districtCodes: [huangpu] })).toBe(1);
      const restored = await tx.department.findUniqueOrThrow({
        where: { code: 'HP-HWZX' },
        select: { parent: { select: { code: true } } },
      });
      expect(restored.parent?.code).toBe('HP-LHSR');
    });
  });
});

describe('assignDemoUsers', () => {
  it('fills a missing department or beat, moves an officer off a retired beat, keeps any other choice', async () => {
    await rolledBack(async (tx) => {
      const assignments = () =>
        tx.user.findMany({
          where: { username: { in: ['handler', 'officer'] } },
          orderBy: { username: 'asc' },
          select: { beatCode: true, department: { select: { code: true } } },
        });
      const seeded = await assignments();
      await tx.user.updateMany({
        where: { username: { in: ['handler', 'officer'] } },
        data: { departmentId: null, beatCode: null },
      });
      expect(await assignDemoUsers(tx, demoUsers)).toEqual(['handler', 'officer']);
      expect(await assignments()).toEqual(seeded);

      const other = await tx.department.findUniqueOrThrow({ where: { code: 'HP-CGZF' } });
      await tx.user.update({ where: { username: 'handler' }, data: { departmentId: other.id } });
      const retired = seeded[1]?.beatCode ?? '';
      await tx.responsibilityGrid.updateMany({ where: { code: retired }, data: { retiredAt: new Date() } });
      expect(await assignDemoUsers(tx, demoUsers)).toEqual(['officer']);
      const next = await firstBeatOf(tx, nanjingDongLu);
      expect(next).not.toBe(retired);
      expect(await assignments()).toEqual([
        { ...seeded[0], department: { code: 'HP-CGZF' } },
        { ...seeded[1], beatCode: next },
      ]);
    });
  });
});

/** The code of the current beat with the lowest code in an area (its streets and communities). */
async function firstBeatOf(db: SqlClient, areaCode: string): Promise<string | undefined> {
  const [first] = await db.responsibilityGrid.findMany({
    where: { retiredAt: null, area: { code: { startsWith: areaCode } } },
    orderBy: { code: 'asc' },
    take: 1,
    select: { code: true },
  });
  return first?.code;
}

/** The catalog under major codes 81–86 instead of 01–06, so it can be written next to the real one. */
function recoded(catalog: readonly SeedMajorClass[]): SeedMajorClass[] {
  const shift = (code: string) => `8${code.slice(1)}`;
  return catalog.map((major) => ({
    ...major,
    code: shift(major.code),
    minors: major.minors.map((minor) => ({ ...minor, code: shift(minor.code) })),
  }));
}

/** The stored classes of a catalog's majors, in the seed's shape and order. */
async function readCatalog(db: SqlClient, catalog: readonly SeedMajorClass[]) {
  const order = (row: { kind: string; code: string }) =>
    catalog.findIndex((major) => major.kind === row.kind && major.code === row.code);
  const majors = await db.category.findMany({
    where: { level: 'MAJOR', OR: catalog.map(({ kind, code }) => ({ kind, code })) },
    select: {
      kind: true,
      code: true,
      name: true,
      nameEn: true,
      children: {
        orderBy: { code: 'asc' },
        select: {
          code: true,
          name: true,
          nameEn: true,
          conditions: {
            orderBy: { code: 'asc' },
            select: {
              code: true,
              description: true,
              closingCondition: true,
              timeLimitAmount: true,
              timeLimitUnit: true,
              departmentType: true,
              requiresPhoto: true,
              duplicateRadiusM: true,
            },
          },
        },
      },
    },
  });
  return majors
    .sort((a, b) => order(a) - order(b))
    .map(({ children, nameEn, ...major }) => ({
      ...major,
      nameEn: nameEn ?? '',
      minors: children.map(({ conditions, nameEn, ...minor }) => ({
        ...minor,
        nameEn: nameEn ?? '',
        conditions: conditions.map(({ timeLimitAmount, timeLimitUnit, departmentType, ...condition }) => ({
          ...condition,
          limit: { amount: timeLimitAmount, unit: timeLimitUnit },
          departmentType,
        })),
      })),
    }));
}

/** Runs `work` in a transaction that is always rolled back, so the shared database keeps no trace. */
async function rolledBack(work: (tx: SqlClient) => Promise<void>): Promise<void> {
  const rollback = new Error('rollback');
  await prisma
    .$transaction(
      async (tx) => {
        await work(tx);
        throw rollback;
      },
      { timeout: 30_000 },
    )
    .catch((error: unknown) => {
      if (error !== rollback) throw error;
    });
}

/** Row count and a digest of every column of each reference table and the accounts. */
async function referenceSnapshot(): Promise<Record<string, unknown>> {
  const tables = ['category', 'filing_condition', 'department', 'responsibility_rule', 'app_user'] as const;
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row] = await prisma.$queryRawUnsafe<{ rows: number; digest: string | null }[]>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t.id)) AS digest FROM ${table} t`,
      );
      return [table, row] as const;
    }),
  );
  return Object.fromEntries(entries);
}
