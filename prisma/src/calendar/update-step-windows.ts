import { Prisma, type PrismaClient } from '../generated/prisma/client.js';

/** A recomputed window for one running step, with the stored values it was computed from. */
export interface StepWindowUpdate {
  caseId: number;
  /** As read: the write applies only while the step is still the one that was read. */
  stepStartedAt: Date;
  oldWarnAt: Date | null;
  oldDeadlineAt: Date;
  warnAt: Date;
  deadlineAt: Date;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Writes recomputed step windows in one statement (column arrays through unnest), each only where the
 * case still has the step start, yellow point and deadline that were read: a transition or another
 * recomputation in between wins, and that row is left alone. `version` is not bumped, so a person
 * acting on the case at the same moment never gets STALE_VERSION because of it. Returns the ids
 * written.
 */
export async function updateStepWindows(prisma: PrismaClient, updates: readonly StepWindowUpdate[]): Promise<number[]> {
  if (updates.length === 0) return [];
  const rows = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`
    UPDATE case_record c SET step_warn_at = v.warn_at, step_deadline_at = v.deadline_at
    FROM unnest(${updates.map((u) => u.caseId)}::int[], ${updates.map((u) => iso(u.stepStartedAt))}::timestamptz[],
      ${updates.map((u) => iso(u.oldWarnAt))}::timestamptz[], ${updates.map((u) => iso(u.oldDeadlineAt))}::timestamptz[],
      ${updates.map((u) => iso(u.warnAt))}::timestamptz[], ${updates.map((u) => iso(u.deadlineAt))}::timestamptz[])
      AS v(id, started_at, old_warn_at, old_deadline_at, warn_at, deadline_at)
    WHERE c.id = v.id AND c.step_started_at = v.started_at AND c.step_warn_at IS NOT DISTINCT FROM v.old_warn_at
      AND c.step_deadline_at = v.old_deadline_at
    RETURNING c.id`);
  return rows.map((row) => row.id);
}
