import type { PrismaClient } from '@gridloop/prisma';

/**
 * Deletes sign-in attempts older than `before`. Only the last window matters for lockout; keep
 * longer (days) if security reviews read the table. The job queue will call this on a schedule.
 */
export async function pruneLoginAttempts(prisma: PrismaClient, { before }: { before: Date }): Promise<number> {
  const { count } = await prisma.loginAttempt.deleteMany({ where: { attemptedAt: { lt: before } } });
  return count;
}
