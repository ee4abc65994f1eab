import { type PrismaClient, upsertAreaBoundaries, upsertAreaCodes } from '@gridloop/prisma';
import { hashPassword } from '../auth/password.js';
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
}

/**
 * Loads the demo city and one account per role. Idempotent: areas are upserted by code (rows that
 * did not change are not rewritten), the derived layers are built once per derivation version,
 * users by username; an existing user's password is left alone so a changed demo password
 * survives restarts.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedReport> {
  const areasWritten =
    (await upsertAreaBoundaries(prisma, readShanghaiBoundaries(), { repair: true })) +
    (await upsertAreaCodes(prisma, readShanghaiCodes()));
  await labelDistrictLayer(prisma);
  const demoCity = await deriveDemoCity(prisma, { districtCodes: options.districts ?? null });
  const usersCreated = await createMissingUsers(prisma);
  return { areasWritten, usersCreated, users: demoUsers, demoCity };
}

async function createMissingUsers(prisma: PrismaClient): Promise<string[]> {
  const scopes = await prisma.area.findMany({
    where: { code: { in: demoUsers.map((user) => user.areaCode) } },
    select: { id: true, code: true },
  });
  const areaIdByCode = new Map(scopes.map((area) => [area.code, area.id]));
  const existing = new Set((await prisma.user.findMany({ select: { username: true } })).map((user) => user.username));
  const missing = demoUsers.filter((user) => !existing.has(user.username));
  const created = await Promise.all(
    missing.map(async (user) => ({
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      areaId: areaIdOf(areaIdByCode, user),
      passwordHash: await hashPassword(user.password),
    })),
  );
  if (created.length) await prisma.user.createMany({ data: created, skipDuplicates: true });
  return created.map((user) => user.username);
}

function areaIdOf(areaIdByCode: Map<string, number>, user: DemoUser): number {
  const id = areaIdByCode.get(user.areaCode);
  if (id === undefined) throw new Error(`demo user ${user.username}: area ${user.areaCode} is missing from the seed`);
  return id;
}
