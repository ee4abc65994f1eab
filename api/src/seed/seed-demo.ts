import { type PrismaClient, upsertAreaBoundaries } from '@gridloop/prisma';
import { hashPassword } from '../auth/password.js';
import { type DemoUser, demoUsers } from './demo-users.js';
import { readShanghaiAreas } from './shanghai-areas.js';

export interface SeedReport {
  areasWritten: number;
  usersCreated: string[];
  users: readonly DemoUser[];
}

/**
 * Loads the demo city and one account per role. Idempotent: areas are upserted by code (rows that
 * did not change are not rewritten), users by username; an existing user's password is left alone
 * so a changed demo password survives restarts.
 */
export async function seedDemo(prisma: PrismaClient): Promise<SeedReport> {
  const areasWritten = await upsertAreaBoundaries(prisma, readShanghaiAreas(), { repair: true });
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
  return { areasWritten, usersCreated: created.map((user) => user.username), users: demoUsers };
}

function areaIdOf(areaIdByCode: Map<string, number>, user: DemoUser): number {
  const id = areaIdByCode.get(user.areaCode);
  if (id === undefined) throw new Error(`demo user ${user.username}: area ${user.areaCode} is missing from the seed`);
  return id;
}
