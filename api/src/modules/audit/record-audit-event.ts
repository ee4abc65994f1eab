import type { Prisma, PrismaClient } from '@gridloop/prisma';

/** Anything that can write audit events: the client, or a transaction so the event commits with its change. */
export type AuditWriter = Pick<PrismaClient, 'auditEvent'>;

export interface AuditEntry {
  /** Who acted; null for the system (jobs, seeds). */
  actorId: number | null;
  /** Verb in SCREAMING_SNAKE_CASE, stable (admins filter on it): SIGN_IN, SIGN_OUT, REVOKE_SESSIONS… */
  action: string;
  /** The kind of thing acted on, lower case: session, user… */
  entityType: string;
  entityId?: string | number | null;
  /** Why, in the actor's words, where the action asks for one. */
  reason?: string | null;
  /** Context worth keeping (client address, counts); never secrets. */
  details?: Prisma.InputJsonObject;
  /** From the request's clock, so the log agrees with the rows it describes. */
  at: Date;
}

/** Appends one event to the audit log (append-only: nothing updates or deletes these rows). */
export async function recordAuditEvent(db: AuditWriter, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      reason: entry.reason ?? null,
      details: entry.details ?? {},
      createdAt: entry.at,
    },
  });
}
