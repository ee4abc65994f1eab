import { type PrismaClient, upsertAreaBoundaries, upsertAreaCodes } from '@gridloop/prisma';
import { hashPassword } from '../auth/password.js';
import { assignDemoUsers } from './assign-demo-users.js';
import { standardCatalog } from './catalog/standard-catalog.js';
import { type CatalogWriteReport, writeCatalog } from './catalog/write-catalog.js';
import { writeDemoDepartments } from './catalog/write-demo-departments.js';
import { writeDemoRules } from './catalog/write-demo-rules.js';
import { type DemoCityReport, deriveDemoCity } from './demo-city/derive-demo-city.js';
import { labelDistrictLayer } from './demo-city/label-district-layer.js';
import { type DemoUser, demoUsers } from './demo-users.js';
import { readShanghaiBoundaries, readShanghaiCodes } from './shanghai-areas.js';

export interface SeedOptions {
  /**
   * District codes whose derived layers (streets, communities, unit and responsibility grids) to
   * build; every district when omitted, as `npm start` does. Test suites that need only a corner of
   * the city pass e.g. ['310101'] (黄浦区, about a second) instead of the whole city.
   */
  districts?: readonly string[];
}

export interface SeedReport {
  areasWritten: number;
  usersCreated: string[];
  users: readonly DemoUser[];
  /** What the demo derivation wrote in this call (nothing when it was current already). */
  demoCity: DemoCityReport;
  /** Classes and filing conditions of the standard catalog this call inserted. */
  catalog: CatalogWriteReport;
  /** District bodies and street offices this call inserted. */
  departmentsCreated: number;
  rulesCreated: number;
  /** Demo accounts whose department (handler) or beat (officer) this call set. */
  usersAssigned: string[];
}

/**
 * Loads the demo city, the case loop's reference data (the standard category catalog, the
 * seeded districts' departments and street offices, the responsibility matrix) and one account per
 * role. Idempotent: areas are upserted by code (rows that did not change are not rewritten), the
 * derived layers are built once per derivation version, reference rows and users are only
 * inserted when missing, so an admin's edits and a changed demo password survive restarts.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedReport> {
  const areasWritten =
    (await upsertAreaBoundaries(prisma, readShanghaiBoundaries(), { repair: true })) +
    (await upsertAreaCodes(prisma, readShanghaiCodes()));
  await labelDistrictLayer(prisma);
  const districtCodes = options.districts ?? null;
  const demoCity = await deriveDemoCity(prisma, { districtCodes });
  // In dependency order: rules name classes and departments; accounts name departments and beats.
  const catalog = await writeCatalog(prisma, standardCatalog);
  const departmentsCreated = await writeDemoDepartments(prisma, { districtCodes });
  const rulesCreated = await writeDemoRules(prisma);
  const usersCreated = await createMissingUsers(prisma);
  const usersAssigned = await assignDemoUsers(prisma, demoUsers);
  return {
    areasWritten,
    usersCreated,
    users: demoUsers,
    demoCity,
    catalog,
    departmentsCreated,
    rulesCreated,
    usersAssigned,
  };
}

async function createMissingUsers(prisma: PrismaClient): Promise<string[]> {
  const existing = new Set(
    (
      await prisma.user.findMany({
        where: { username: { in: demoUsers.map((user) => user.username) } },
        select: { username: true },
      })
    ).map((user) => user.username),
  );
  const missing = demoUsers.filter((user) => !existing.has(user.username));
  if (!missing.length) return [];
  const scopes = await prisma.area.findMany({
    where: { code: { in: missing.map((user) => user.areaCode) } },
    select: { id: true, code: true },
  });
  const areaIdByCode = new Map(scopes.map((area) => [area.code, area.id]));
  const created = await Promise.all(
    missing.map(async (user) => ({
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      areaId: areaIdOf(areaIdByCode, user),
      passwordHash: await hashPassword(user.password),
    })),
  );
  await prisma.user.createMany({ data: created, skipDuplicates: true });
  return created.map((user) => user.username);
}

function areaIdOf(areaIdByCode: Map<string, number>, user: DemoUser): number {
  const id = areaIdByCode.get(user.areaCode);
  if (id === undefined) throw new Error(`demo user ${user.username}: area ${user.areaCode} is missing from the seed`);
  return id;
}
