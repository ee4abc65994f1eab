import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { CaseAction, CaseRequestKind, CaseStatus, Role, TimeLimitUnit } from '../generated/prisma/enums.js';
import type { CaseState } from './case-state.js';
import { type PhotoRow, photoRowsCte } from './photo-rows-sql.js';

/** The case's new columns after a transition: absolute values, written only if `version` still holds. */
export type CaseColumns = Pick<
  CaseState,
  | 'status'
  | 'departmentId'
  | 'mergedIntoId'
  | 'reworkCount'
  | 'selfHandled'
  | 'checkPassed'
  | 'step'
  | 'stepStartedAt'
  | 'stepLimitAmount'
  | 'stepLimitUnit'
  | 'stepWarnAt'
  | 'stepDeadlineAt'
  | 'acceptedAt'
  | 'filedAt'
  | 'dispatchedAt'
  | 'handledAt'
  | 'closedAt'
>;

export interface CaseChange {
  caseId: number;
  /** The version the actor saw; the change applies only if the case still has it. */
  version: number;
  columns: CaseColumns;
  event: {
    action: CaseAction;
    fromStatus: CaseStatus;
    actorId: number | null;
    actorRole: Role | null;
    note: string | null;
    departmentId: number | null;
    deadlineAt: Date | null;
    metDeadline: boolean | null;
    details: Record<string, unknown>;
  };
  /** A request this action opens (REQUEST_*), with the extra time an extension asks for. */
  opensRequest: {
    kind: CaseRequestKind;
    extraAmount: number | null;
    extraUnit: TimeLimitUnit | null;
    decideBy: Date | null;
  } | null;
  /** The pending request this action decides (APPROVE_* / DENY_*). */
  decidesRequest: { kind: CaseRequestKind; approved: boolean } | null;
  photos: readonly PhotoRow[];
  now: Date;
}

/**
 * Applies a transition in one statement: the case row (only at the expected version), its event,
 * the request opened or decided, and the photos. No row back means the version moved on (someone
 * else acted first) and nothing was written. The text is fixed whatever the action: parts that do
 * not apply select no rows.
 */
export function applyCaseChangeSql(change: CaseChange): Prisma.Sql {
  const { columns: c, event: e, opensRequest: opens, decidesRequest: decides, photos } = change;
  return Prisma.sql`
    WITH updated AS (
      UPDATE case_record SET status = ${c.status}::"CaseStatus", version = version + 1,
        department_id = ${c.departmentId}::int, merged_into_id = ${c.mergedIntoId}::int, rework_count = ${c.reworkCount}::int,
        self_handled = ${c.selfHandled}::bool, check_passed = ${c.checkPassed}::bool, step = ${c.step}::"CaseStep",
        step_started_at = ${c.stepStartedAt}::timestamptz, step_limit_amount = ${c.stepLimitAmount}::float8,
        step_limit_unit = ${c.stepLimitUnit}::"TimeLimitUnit", step_warn_at = ${c.stepWarnAt}::timestamptz,
        step_deadline_at = ${c.stepDeadlineAt}::timestamptz, accepted_at = ${c.acceptedAt}::timestamptz,
        filed_at = ${c.filedAt}::timestamptz, dispatched_at = ${c.dispatchedAt}::timestamptz,
        handled_at = ${c.handledAt}::timestamptz, closed_at = ${c.closedAt}::timestamptz, updated_at = ${change.now}::timestamptz
      WHERE id = ${change.caseId}::int AND version = ${change.version}::int
      RETURNING id, version
    ), event AS (
      INSERT INTO case_event (case_id, action, from_status, to_status, actor_id, actor_role, note, department_id,
        deadline_at, met_deadline, details, occurred_at)
      SELECT updated.id, ${e.action}::"CaseAction", ${e.fromStatus}::"CaseStatus", ${c.status}::"CaseStatus",
        ${e.actorId}::int, ${e.actorRole}::"Role", ${e.note}::text, ${e.departmentId}::int, ${e.deadlineAt}::timestamptz,
        ${e.metDeadline}::bool, ${JSON.stringify(e.details)}::jsonb, ${change.now}::timestamptz
      FROM updated
      RETURNING id, case_id
    ), opened AS (
      INSERT INTO case_request (case_id, kind, reason, requested_by_id, requested_at, extra_amount, extra_unit, decide_by)
      SELECT updated.id, ${opens?.kind ?? null}::"CaseRequestKind", ${e.note ?? ''}, ${e.actorId}::int,
        ${change.now}::timestamptz, ${opens?.extraAmount ?? null}::float8, ${opens?.extraUnit ?? null}::"TimeLimitUnit",
        ${opens?.decideBy ?? null}::timestamptz
      FROM updated WHERE ${opens?.kind ?? null}::"CaseRequestKind" IS NOT NULL
      RETURNING id
    ), decided AS (
      UPDATE case_request r SET status = (CASE WHEN ${decides?.approved ?? false}::bool THEN 'APPROVED' ELSE 'DENIED' END)::"CaseRequestStatus",
        decided_by_id = ${e.actorId}::int, decided_at = ${change.now}::timestamptz, decision_note = ${e.note}::text
      FROM updated
      WHERE r.case_id = updated.id AND r.status = 'PENDING' AND r.kind = ${decides?.kind ?? null}::"CaseRequestKind"
      RETURNING r.id
    ), ${photoRowsCte(photos, e.actorId)}
    SELECT updated.version, event.id::text AS event_id,
      (SELECT count(*)::int FROM opened) + (SELECT count(*)::int FROM decided) AS requests_touched,
      (SELECT count(*)::int FROM photo_rows) AS photo_count
    FROM updated, event`;
}

export interface AppliedCaseChange {
  version: number;
  eventId: string;
}

/** Applies the change; null when the case is no longer at `change.version` (nothing was written). */
export async function applyCaseChange(prisma: PrismaClient, change: CaseChange): Promise<AppliedCaseChange | null> {
  const [row] = await directQuery<{ version: number; event_id: string }>(prisma, applyCaseChangeSql(change));
  return row ? { version: row.version, eventId: row.event_id } : null;
}
