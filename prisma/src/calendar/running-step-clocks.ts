import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import type { TimeLimitUnit } from '../generated/prisma/enums.js';

/** An approved extension (延期) of the running step, in the order they were approved. */
export interface StepExtension {
  amount: number;
  unit: TimeLimitUnit;
}

/** What recomputing one running step's window needs, and the stored window it may replace. */
export interface RunningStepClock {
  caseId: number;
  stepStartedAt: Date;
  stepLimitAmount: number;
  stepLimitUnit: TimeLimitUnit;
  stepWarnAt: Date | null;
  stepDeadlineAt: Date;
  extensions: StepExtension[];
}

/**
 * The ids of every case whose step runs against a deadline (open cases with a limit; parked cases
 * have none), in id order. Ids alone, from the partial index on open cases, so a recomputation can
 * walk them in batches while deadlines change underneath.
 */
export async function selectRunningStepCaseIds(prisma: PrismaClient): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM case_record c
    WHERE c.status IN ('PENDING_VERIFY', 'REPORTED', 'ACCEPTED', 'FILED', 'DISPATCHED', 'HANDLED', 'REWORK', 'PARKED')
      AND c.step_deadline_at IS NOT NULL AND c.step_limit_amount IS NOT NULL
    ORDER BY c.id`;
  return rows.map((row) => row.id);
}

/**
 * The running steps of the given cases with the extensions approved since each step started (an
 * approval does not restart the step, so they are exactly the ones that moved its deadline). One
 * statement per batch; cases that stopped running since their id was read are left out.
 */
export async function selectRunningStepClocks(
  prisma: PrismaClient,
  caseIds: readonly number[],
): Promise<RunningStepClock[]> {
  if (caseIds.length === 0) return [];
  return prisma.$queryRaw<RunningStepClock[]>(Prisma.sql`
    SELECT c.id AS "caseId", c.step_started_at AS "stepStartedAt", c.step_limit_amount AS "stepLimitAmount",
      c.step_limit_unit::text AS "stepLimitUnit", c.step_warn_at AS "stepWarnAt", c.step_deadline_at AS "stepDeadlineAt",
      COALESCE((
        SELECT json_agg(json_build_object('amount', r.extra_amount, 'unit', r.extra_unit) ORDER BY r.decided_at, r.id)
        FROM case_request r
        WHERE r.case_id = c.id AND r.kind = 'EXTENSION' AND r.status = 'APPROVED' AND r.decided_at >= c.step_started_at
      ), '[]'::json) AS extensions
    FROM case_record c
    WHERE c.id = ANY(${caseIds as number[]}::int[]) AND c.step_deadline_at IS NOT NULL AND c.step_limit_amount IS NOT NULL
    ORDER BY c.id`);
}
