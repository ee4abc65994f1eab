import type { Prisma } from '@gridloop/prisma';
import { type AuditWriter, recordAuditEvent } from '../audit/record-audit-event.js';
import type { AdminActor } from './admin-actor.js';

/** A flat snapshot of the fields an admin edits: what the audit log shows before and after. */
export type Snapshot = Record<string, string | number | boolean | null | readonly string[]>;

/** The fields whose values differ, as { before, after } holding only those fields. */
export function changesBetween(before: Snapshot, after: Snapshot): { before: Snapshot; after: Snapshot } {
  const changed = Object.keys(after).filter((key) => !sameValue(before[key], after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}

function sameValue(a: Snapshot[string] | undefined, b: Snapshot[string] | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return (a ?? null) === (b ?? null);
}

export interface AdminChange {
  /** SCREAMING_SNAKE_CASE verb: CREATE_CATEGORY, UPDATE_DEPARTMENT… */
  action: string;
  entityType: string;
  entityId: string | number;
  /** { after } for a creation, { before, after } of the changed fields for an update, { before } for a removal. */
  details: { before?: Snapshot | null; after?: Snapshot; [extra: string]: unknown };
}

/**
 * Appends the audit event of one reference-data change. Call it with the transaction client so the
 * event commits (or rolls back) together with the change it describes.
 */
export function recordAdminChange(db: AuditWriter, actor: AdminActor, change: AdminChange): Promise<void> {
  return recordAuditEvent(db, {
    actorId: actor.actorId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    reason: actor.reason,
    details: change.details as Prisma.InputJsonObject,
    at: actor.now,
  });
}
