import type { PrismaClient } from '@gridloop/prisma';
import { hashOpen311ApiKey } from './open311-api-key.js';

/** The city the demo client may report in (上海市市辖区). */
const demoAreaCode = '310100';

/**
 * Makes the demo API key (OPEN311_DEMO_API_KEY) work: a client holding it, scoped to the demo city,
 * 60 POSTs a minute. Idempotent; an admin's revocation of it sticks. Returns false when the city is
 * not loaded (no demo seed), so there is nothing to scope the client to.
 */
export async function ensureDemoOpen311Client(prisma: PrismaClient, apiKey: string): Promise<boolean> {
  const city = await prisma.area.findUnique({ where: { code: demoAreaCode }, select: { id: true } });
  if (!city) return false;
  const keyHash = hashOpen311ApiKey(apiKey);
  await prisma.open311Client.upsert({
    where: { keyHash },
    create: { name: '演示客户端 Demo client (OPEN311_DEMO_API_KEY)', keyHash, areaId: city.id, rateLimitPerMinute: 60 },
    update: {},
  });
  return true;
}
