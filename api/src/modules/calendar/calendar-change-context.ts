import type { GraphQLContext } from '../../graphql/context.js';
import type { AdminActor } from '../admin/admin-actor.js';
import { recomputeAfterCalendarChange } from './recompute-after-calendar-change.js';

/**
 * After an admin's calendar edit has committed: recompute running deadlines on this instance's
 * provider and return how many moved (0 when the edit changed nothing, null when recomputing failed).
 */
export async function deadlinesMovedBy(
  context: Pick<GraphQLContext, 'prisma' | 'logger' | 'cases'>,
  actor: AdminActor,
  isChanged: boolean,
): Promise<number | null> {
  if (!isChanged) return 0;
  const summary = await recomputeAfterCalendarChange(
    { prisma: context.prisma, calendar: context.cases.calendar, logger: context.logger },
    { actorId: actor.actorId, at: actor.now, reason: actor.reason },
  );
  return summary?.changed ?? null;
}
