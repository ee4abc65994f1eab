import { directQuery } from '../direct-query.js';
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { CaseRequestKind, CaseStatus, CaseStep, TimeLimitUnit } from '../generated/prisma/enums.js';

/** Which cases a viewer may see: grid codes under an area prefix and, for handlers, one department. */
export interface CaseVisibility {
  gridCodePrefix: string;
  /** Null: any department (or none). */
  departmentId: number | null;
}

export interface PendingRequest {
  id: number;
  kind: CaseRequestKind;
  requestedById: number;
  extraAmount: number | null;
  extraUnit: TimeLimitUnit | null;
}

/** The running step's clock as stored on the case: its limit, yellow point and deadline. */
export interface StepClock {
  step: CaseStep | null;
  stepLimitAmount: number | null;
  stepLimitUnit: TimeLimitUnit | null;
  stepWarnAt: Date | null;
  stepDeadlineAt: Date | null;
}

/** The columns a transition reads and rewrites. Instants are Dates; limits in their unit. */
export interface CaseState extends StepClock {
  id: number;
  code: string;
  status: CaseStatus;
  version: number;
  categoryId: number;
  gridCode: string;
  beatCode: string | null;
  reporterId: number | null;
  departmentId: number | null;
  suggestedDepartmentId: number | null;
  mergedIntoId: number | null;
  reworkCount: number;
  selfHandled: boolean;
  checkPassed: boolean;
  stepStartedAt: Date;
  handleLimitAmount: number;
  handleLimitUnit: TimeLimitUnit;
  acceptedAt: Date | null;
  filedAt: Date | null;
  dispatchedAt: Date | null;
  handledAt: Date | null;
  closedAt: Date | null;
  pendingRequest: PendingRequest | null;
  stepLimits: Partial<Record<CaseStep, { amount: number; unit: TimeLimitUnit }>>;
}

/** The visibility condition on `case_record c`, as a fixed text with two parameters. */
export function visibleCaseCondition(visibility: CaseVisibility): Prisma.Sql {
  return Prisma.sql`c.grid_code LIKE ${`${visibility.gridCodePrefix}%`}
    AND (${visibility.departmentId}::int IS NULL OR c.department_id = ${visibility.departmentId}::int)`;
}

/**
 * One case as a transition needs it, with its pending request and the step limits, if the viewer
 * may see it (one statement). Null means "no such case" to this viewer, whether it exists or not.
 */
export function caseStateSql(caseId: number, visibility: CaseVisibility): Prisma.Sql {
  return Prisma.sql`
    SELECT c.id, c.code, c.status::text, c.version, c.category_id AS "categoryId", c.grid_code AS "gridCode",
      c.beat_code AS "beatCode", c.reporter_id AS "reporterId", c.department_id AS "departmentId",
      c.suggested_department_id AS "suggestedDepartmentId", c.merged_into_id AS "mergedIntoId",
      c.rework_count AS "reworkCount", c.self_handled AS "selfHandled", c.check_passed AS "checkPassed",
      c.step::text, c.step_started_at AS "stepStartedAt", c.step_limit_amount AS "stepLimitAmount",
      c.step_limit_unit::text AS "stepLimitUnit", c.step_warn_at AS "stepWarnAt", c.step_deadline_at AS "stepDeadlineAt",
      c.handle_limit_amount AS "handleLimitAmount", c.handle_limit_unit::text AS "handleLimitUnit",
      c.accepted_at AS "acceptedAt", c.filed_at AS "filedAt", c.dispatched_at AS "dispatchedAt",
      c.handled_at AS "handledAt", c.closed_at AS "closedAt",
      (SELECT json_build_object('id', r.id, 'kind', r.kind, 'requestedById', r.requested_by_id,
          'extraAmount', r.extra_amount, 'extraUnit', r.extra_unit)
        FROM case_request r WHERE r.case_id = c.id AND r.status = 'PENDING') AS "pendingRequest",
      (SELECT json_object_agg(l.step, json_build_object('amount', l.amount, 'unit', l.unit)) FROM step_time_limit l)
        AS "stepLimits"
    FROM case_record c
    WHERE c.id = ${caseId}::int AND ${visibleCaseCondition(visibility)}`;
}

export async function selectCaseState(
  prisma: PrismaClient,
  caseId: number,
  visibility: CaseVisibility,
): Promise<CaseState | null> {
  const [row] = await directQuery<CaseState>(prisma, caseStateSql(caseId, visibility));
  return row ? { ...row, stepLimits: row.stepLimits ?? {} } : null;
}
