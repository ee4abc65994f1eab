import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { recordAuditEvent } from '../audit/record-audit-event.js';

export interface RevokeSessionOptions {
  sessionId: number;
  /** The user signing out (the session's owner). */
  actorId: number;
  now: Date;
  ipAddress: string;
}

/**
 * Ends one session (sign-out): its token stops working at once. Returns false when it had already
 * ended, so signing out twice is harmless. The revocation and its audit event commit together.
 */
export async function revokeSession(prisma: PrismaClient, options: RevokeSessionOptions): Promise<boolean> {
  const { sessionId, actorId, now, ipAddress } = options;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) return false;
    await recordAuditEvent(tx, {
      actorId,
      action: 'SIGN_OUT',
      entityType: 'session',
      entityId: sessionId,
      details: { ip: ipAddress },
      at: now,
    });
    return true;
  });
}

export interface RevokeAllSessionsOptions {
  userId: number;
  /** The admin (or the user) who asked; null for the system. */
  actorId: number | null;
  now: Date;
  reason?: string | null;
}

/**
 * Ends every open session of a user: for admins after a password reset, a lost phone or a
 * deactivation. Returns how many sessions were ended.
 */
export async function revokeAllSessionsOfUser(
  prisma: PrismaClient,
  options: RevokeAllSessionsOptions,
): Promise<number> {
  const { userId, actorId, now, reason } = options;
  return prisma.$transaction(async (tx) => {
    const count = await endOpenSessionsOfUser(tx, userId, now);
    await recordAuditEvent(tx, {
      actorId,
      action: 'REVOKE_SESSIONS',
      entityType: 'user',
      entityId: userId,
      reason: reason ?? null,
      details: { sessions: count },
      at: now,
    });
    return count;
  });
}

/**
 * Ends a user's open sessions inside the caller's transaction, without an audit event of its own:
 * for changes that end sessions as a side effect (a password reset, a deactivation) and record
 * one event for the whole change. Returns how many sessions were ended.
 */
export async function endOpenSessionsOfUser(tx: Prisma.TransactionClient, userId: number, now: Date): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  return count;
}
