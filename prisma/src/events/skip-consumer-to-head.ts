import { directTransaction } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/**
 * Moves consumer `name` past every event already committed, without handing them to anyone: for
 * bulk loads (a synthetic or imported history) whose events concern no consumer (e.g. no case of
 * an Open311 client) and would only keep its worker busy for hours. Events of transactions still
 * running stay ahead of it. Takes the position row's lock first, as consumeCaseEvents does.
 */
export async function skipConsumerToHead(prisma: PrismaClient, name: string): Promise<void> {
  await directTransaction(prisma, async (query) => {
    await query(Prisma.sql`INSERT INTO event_consumer (name) VALUES (${name}) ON CONFLICT (name) DO NOTHING`);
    await query(Prisma.sql`SELECT name FROM event_consumer WHERE name = ${name} FOR UPDATE`);
    await query(Prisma.sql`
      UPDATE event_consumer SET watermark = pg_snapshot_xmin(pg_current_snapshot()), last_event_id = 0, updated_at = now()
      WHERE name = ${name}`);
  });
}
